/**
 * A second process for the store tests, run as
 *   node --import tsx tests/unit/store/store-child.ts <dir> <commands>
 * It opens the store in <dir>, appends commands 1..<commands> (seq after
 * the last stored one), printing one JSON line per acknowledged command,
 * then {"ready":...} and holds the folder until it is killed. A refusal to
 * open is printed as {"refused":"<message>"}.
 */
import { SessionStore } from '../../../electron/host/store/session-store';
import { command } from './store-helpers';

const [dir, count] = process.argv.slice(2);
if (dir === undefined || count === undefined) throw new Error('usage: store-child.ts <dir> <commands>');
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

try {
  const opened = await SessionStore.open(dir, { now: Date.now, appVersion: '0.1.0-child', lockWaitMs: 0 });
  if (opened.snapshot === null) opened.store.saveSnapshot(0, [['doc.event', { title: 'child' }]], [], Date.now());
  const first = opened.store.lastSeq + 1;
  for (let seq = first; seq < first + Number(count); seq++) {
    opened.store.append(command(seq));
    say({ acked: seq });
  }
  say({ ready: { pid: process.pid, lastSeq: opened.store.lastSeq } });
  setInterval(() => undefined, 60_000);
} catch (error) {
  say({ refused: (error as Error).message });
  process.exit(3);
}
