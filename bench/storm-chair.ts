/**
 * The chair during a reconnect storm (payloads.ts), in a process of its
 * own, as the chair's console is never in the same process as twenty other
 * consoles' browsers: a command every `everyMs` ms until the parent says
 * "stop", then each command's latency (sent to answered) back to it.
 *
 *   fork('bench/storm-chair.ts', [url, everyMs]) -> 'ready' ... 'stop' -> { chairMs }
 */
import { BenchClient } from './ws-client';
import { sleep } from './wait';

const [url, everyMs] = process.argv.slice(2);
if (url === undefined || everyMs === undefined || process.send === undefined) throw new Error('usage: fork bench/storm-chair.ts <ws url> <every ms> (with an IPC channel)');
const send = process.send.bind(process);

let running = true;
process.on('message', (message) => {
  if (message === 'stop') running = false;
});
const chair = await BenchClient.open(url, 'storm chair', { mirror: false, countOnly: true });
await chair.opened('storm chair');
send('ready');
const chairMs: number[] = [];
for (let i = 0; running; i++) {
  const start = performance.now();
  await chair.dispatch({ type: 'timer.adjust', deltaMs: i % 2 === 0 ? 1000 : -1000 }, `storm chair: command #${i}`);
  chairMs.push(performance.now() - start);
  await sleep(Number(everyMs));
}
chair.close();
send({ chairMs }, () => process.disconnect());
