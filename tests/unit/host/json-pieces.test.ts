/**
 * A large frame made in pieces (electron/host/net/json-pieces.ts) is the
 * same text JSON.stringify makes, whatever the data and the depth, and its
 * deflated form inflates to exactly that text; the event loop gets turns
 * while it is made.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateRawSync } from 'node:zlib';
import { deflateInSlices, jsonPieces, readUpTo } from '../../../electron/host/net/json-pieces';

/** Plain data as the session has it, with what JSON.stringify leaves out or writes as null. */
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1.5, Number.NaN, Infinity),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', '0', '10')), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 5 }),
  ),
})).value;

describe('jsonPieces', () => {
  it('joins to JSON.stringify’s text at every depth', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 0, max: 8 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a value with toJSON (a Date) as JSON.stringify writes it', () => {
    const value = { at: new Date(Date.UTC(2023, 9, 16, 4)), list: [new Date(0)] };
    expect([...jsonPieces(value, 4)].join('')).toBe(JSON.stringify(value));
  });

  it('reads up to a limit, and leaves the rest for later', () => {
    const pieces = jsonPieces({ a: 'x'.repeat(10), b: 'y'.repeat(10), c: 1 }, 2);
    const head = readUpTo(pieces, 12);
    expect(head.done).toBe(false);
    expect(head.text + [...pieces].join('')).toBe(JSON.stringify({ a: 'x'.repeat(10), b: 'y'.repeat(10), c: 1 }));
    expect(readUpTo(jsonPieces([1, 2], 3), 1_000)).toEqual({ text: '[1,2]', done: true });
  });
});

describe('deflateInSlices', () => {
  it('inflates to exactly the text, and gives the event loop turns while a large one is made', async () => {
    const shards = Object.fromEntries(Array.from({ length: 256 }, (_, i) => [i.toString(16).padStart(2, '0'), Array.from({ length: 40 }, (_, j) => ({ id: `${i}-${j}`, text: `Ensure women’s participation ${i}/${j} `.repeat(20) }))]));
    const frame = { t: 'event', payload: { doc: { recommendations: { byShard: shards } } } };
    const text = JSON.stringify(frame);
    expect(text.length).toBeGreaterThan(5_000_000);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const pieces = jsonPieces(frame, 5);
    const head = readUpTo(pieces, 16 * 1024);
    const deflated = await deflateInSlices(head.text, pieces);
    clearInterval(ticking);
    expect(inflateRawSync(deflated).toString()).toBe(text);
    expect(deflated.length).toBeLessThan(text.length / 4);
    expect(turns).toBeGreaterThan(1);
  });

  it('rejects when the data can not be written as JSON, and says why', async () => {
    const pieces = jsonPieces({ a: 'x'.repeat(100), b: [1n] }, 3);
    await expect(deflateInSlices('', pieces)).rejects.toThrow(/BigInt/);
  });
});
