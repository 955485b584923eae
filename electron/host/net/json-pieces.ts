/**
 * A large frame's JSON made a little at a time, so the host never stops
 * for the whole of it: a console's opening snapshot at 10,000
 * recommendations is 7 MB of JSON, about 50 ms of JSON.stringify and 10 ms
 * of encoding in one piece, which a chair's command would wait behind.
 *
 * - jsonPieces: the text of JSON.stringify(value), for plain data, as a
 *   sequence of strings; below `depth` levels each value is one piece (a
 *   record shard of a few tens of kilobytes).
 * - deflateInSlices: deflates those pieces (raw deflate, as protocol.ts
 *   sends a large frame) on libuv's threads, giving the event loop back
 *   every SLICE_MS of encoding, so commands run in between.
 */
import { createDeflateRaw } from 'node:zlib';

/** Encoding work between two turns of the event loop. */
const SLICE_MS = 4;
/** Pieces are gathered into chunks of about this many characters before they are encoded and deflated. */
const CHUNK_CHARS = 64 * 1024;

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The text of JSON.stringify(value) (plain data, no toJSON below `depth`), in pieces. */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value);
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      const item: unknown = value[i];
      if (isSkipped(item)) yield 'null';
      else yield* jsonPieces(item, depth - 1);
    }
    yield ']';
    return;
  }
  let opened = false;
  for (const [key, item] of Object.entries(value)) {
    if (isSkipped(item)) continue;
    yield `${opened ? ',' : '{'}${JSON.stringify(key)}:`;
    opened = true;
    yield* jsonPieces(item, depth - 1);
  }
  yield opened ? '}' : '{}';
}

/**
 * Reads `pieces` until they come to `limit` characters: the whole text
 * when it is shorter, else what was read so far (`done` false) and the
 * rest is still in `pieces`.
 */
export function readUpTo(pieces: Iterator<string>, limit: number): { text: string; done: boolean } {
  let text = '';
  while (text.length < limit) {
    const next = pieces.next();
    if (next.done) return { text, done: true };
    text += next.value;
  }
  return { text, done: false };
}

/** `head` and then the rest of `pieces`, raw-deflated, encoded a slice at a time (see the header). */
export function deflateInSlices(head: string, pieces: Iterator<string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const zip = createDeflateRaw();
    const out: Buffer[] = [];
    zip.on('data', (chunk: Buffer) => out.push(chunk));
    zip.once('end', () => resolve(Buffer.concat(out)));
    zip.once('error', reject);
    let pending = head;
    const slice = () => {
      try {
        const started = performance.now();
        for (;;) {
          const next = pieces.next();
          if (next.done) {
            zip.end(Buffer.from(pending));
            return;
          }
          pending += next.value;
          if (pending.length < CHUNK_CHARS) continue;
          zip.write(Buffer.from(pending));
          pending = '';
          if (performance.now() - started >= SLICE_MS) {
            setImmediate(slice);
            return;
          }
        }
      } catch (error) {
        zip.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    slice();
  });
}
