/**
 * A second process for the store tests, run as
 *   node --import tsx tests/unit/store/store-child.ts <dir> <commands> [<title bytes> [<max pages>]]
 * It opens the store in <dir>, appends <commands> commands after the last
 * stored one, printing one JSON line per acknowledged command, then
 * {"ready":...}, and holds the folder until it is killed. Lines on stdin
 * ask for more: "append <n>" appends n more, "fill" appends until three
 * are refused; each refusal is printed with its reason, and {"done":...}
 * ends the batch. A refusal to open is printed as {"refused":"<message>"}.
 */
import { createInterface } from 'node:readline';
import { SessionStore } from '../../../electron/host/store/session-store';
import { StoreWriteError } from '../../../electron/host/store/errors';
import { command } from './store-helpers';

const [dir, count, titleBytes = '0', maxPages] = process.argv.slice(2);
if (dir === undefined || count === undefined) throw new Error('usage: store-child.ts <dir> <commands> [<title bytes> [<max pages>]]');
const say = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const entry = (seq: number) => (titleBytes === '0' ? command(seq) : command(seq, `${seq} ${'x'.repeat(Number(titleBytes))}`));

let opened;
try {
  opened = await SessionStore.open(dir, { now: Date.now, appVersion: '0.1.0-child', lockWaitMs: 0, splitLegacyState: (state) => [['state', state]], maxPageCount: maxPages === undefined ? undefined : Number(maxPages) });
} catch (error) {
  say({ refused: (error as Error).message });
  process.exit(3);
}
const { store } = opened;
if (opened.snapshot === null) store.saveSnapshot(0, [['doc.event', { title: 'child' }]], [], Date.now());

/** Appends up to `n` commands, or until three are refused. */
function batch(n: number): void {
  let refused = 0;
  for (let i = 0; i < n && refused < 3; ) {
    const seq = store.lastSeq + 1;
    try {
      store.append(entry(seq));
      say({ acked: seq });
      i++;
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      say({ refusedAppend: { seq, reason: error.reason, message: error.message } });
      refused++;
    }
  }
}

batch(Number(count));
say({ ready: { pid: process.pid, lastSeq: store.lastSeq } });
for await (const line of createInterface({ input: process.stdin })) {
  const [what, n] = line.split(' ');
  batch(what === 'fill' ? Number.MAX_SAFE_INTEGER : Number(n));
  say({ done: { lastSeq: store.lastSeq } });
}
