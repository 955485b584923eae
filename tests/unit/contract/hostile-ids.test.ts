/**
 * Every name a JavaScript object already has ("__proto__", "constructor",
 * "toString", "hasOwnProperty", …) thrown at every command field that
 * holds an id or a name: ids are refused at the boundary as not being ids,
 * names are plain values, and the host keeps working with nothing changed
 * and no object's prototype touched.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { almaty, manualClock, openHost, tempDir } from '../helpers';
import { upgradeDocument } from '../../../shared/session/upgrade';
import type { SessionDoc } from '../../../shared/session/document';

const BUILT_IN_NAMES = [
  ...new Set([
    '__proto__',
    'prototype',
    'constructor',
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
  ]),
];

const ANY_ID = '00000000-0000-4000-8000-000000000001';

/** Commands with one field set to `value`: ids everywhere a command takes one. */
const ID_FIELDS: Array<(value: string) => unknown> = [
  (v) => ({ type: 'part.update', partId: v, title: 'T' }),
  (v) => ({ type: 'part.delete', partId: v }),
  (v) => ({ type: 'part.move', partId: v, toIndex: 0 }),
  (v) => ({ type: 'segment.add', partId: v, segment: { title: 'T' } }),
  (v) => ({ type: 'segment.update', segmentId: v, patch: { title: 'T' } }),
  (v) => ({ type: 'segment.delete', segmentId: v }),
  (v) => ({ type: 'segment.move', segmentId: v, toPartId: ANY_ID, toIndex: 0 }),
  (v) => ({ type: 'segment.move', segmentId: ANY_ID, toPartId: v, toIndex: 0 }),
  (v) => ({ type: 'segment.setStatus', segmentId: v, status: 'live' }),
  (v) => ({ type: 'speaker.add', segmentId: v, speaker: { name: 'N' } }),
  (v) => ({ type: 'speaker.update', speakerId: v, patch: { name: 'N' } }),
  (v) => ({ type: 'speaker.delete', speakerId: v }),
  (v) => ({ type: 'speaker.move', speakerId: v, toSegmentId: ANY_ID, toIndex: 0 }),
  (v) => ({ type: 'speaker.move', speakerId: ANY_ID, toSegmentId: v, toIndex: 0 }),
  (v) => ({ type: 'timer.select', segmentId: v }),
  (v) => ({ type: 'timer.select', segmentId: ANY_ID, speakerId: v }),
  (v) => ({ type: 'rec.add', recommendation: { text: 'x', segmentId: v } }),
  (v) => ({ type: 'rec.add', recommendation: { text: 'x', speakerId: v } }),
  (v) => ({ type: 'rec.update', id: v, patch: { text: 'x' } }),
  (v) => ({ type: 'rec.merge', id: v, intoId: ANY_ID }),
  (v) => ({ type: 'rec.merge', id: ANY_ID, intoId: v }),
  (v) => ({ type: 'rec.resolve', id: v, keep: 'ours' }),
];

/** Commands with a name or a text set to `value`: plain values, never keys. */
const NAME_FIELDS: Array<(value: string) => unknown> = [
  (v) => ({ type: 'rec.draft', rapporteur: v, text: `draft of ${v}` }),
  (v) => ({ type: 'rec.add', recommendation: { text: `said by ${v}`, rapporteur: v, tags: [v] }, author: v }),
  (v) => ({ type: 'history.undo', scope: 'recommendations', author: v }),
  (v) => ({ type: 'part.add', title: v }),
  (v) => ({ type: 'timer.intervention', label: v }),
];

describe('names objects already have', () => {
  it('are refused as ids, taken as plain names, and leave the host working and every prototype as it was', async () => {
    const host = await openHost({ dataDir: await tempDir('hostile-ids'), clock: manualClock(almaty('09:00')) });
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BUILT_IN_NAMES), fc.nat(ID_FIELDS.length - 1), async (name, which) => {
        const version = host.getSnapshot().version;
        const result = await host.dispatch(ID_FIELDS[which]!(name));
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('must be an id') } });
        expect(host.getSnapshot().version).toBe(version);
        refused++;
      }),
      { numRuns: 400, seed: 1325 },
    );
    for (const name of BUILT_IN_NAMES) {
      for (const command of NAME_FIELDS) {
        const result = await host.dispatch(command(name));
        if (!result.ok) expect(result.error.code, `${name}: ${JSON.stringify(result.error)}`).not.toBe('internal');
        else accepted++;
      }
    }
    console.info(`hostile names: ${refused} id fields refused, ${accepted} names taken as plain values (${BUILT_IN_NAMES.length} built-in names)`);
    expect(accepted).toBeGreaterThan(BUILT_IN_NAMES.length * 3);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).text).toBeUndefined();
    const drafts = host.current.doc.recommendations.drafts;
    expect(drafts.find((d) => d.rapporteur === '__proto__')?.text).toBe('draft of __proto__');
    expect(await host.dispatch({ type: 'part.add', title: 'Still working' })).toMatchObject({ ok: true });
  }, 120_000);
});

describe('a document saved before drafts were a list', () => {
  it('opens with its drafts as a list, and a current one passes through unchanged', async () => {
    const host = await openHost({ dataDir: await tempDir('upgrade'), clock: manualClock(almaty('09:00')) });
    const current = host.current.doc;
    expect(upgradeDocument(current)).toBe(current);
    const old = { ...current, recommendations: { ...current.recommendations, drafts: { Aigerim: { rapporteur: 'Aigerim', text: 'Quotas', updatedAt: 1 } } } };
    expect(upgradeDocument(old as unknown as SessionDoc).recommendations.drafts).toEqual([{ rapporteur: 'Aigerim', text: 'Quotas', updatedAt: 1 }]);
  });
});
