/**
 * Two rapporteurs on two laptops, each with their own data folder and the
 * real host clock (fractions of a millisecond included), exchanging JSON
 * exports through the host's own export and import: the findings of issue
 * 15 ("re-importing your own export reports conflicts", "rapporteurs on two
 * machines cannot merge") as stories that must end with exactly the real
 * conflicts.
 */
import { describe, expect, it } from 'vitest';
import { exportFor, importText } from '../../../electron/host/transfer/files';
import type { SessionHost } from '../../../electron/host/session/session-host';
import { allRecommendations, getRecommendation, type Recommendation } from '../../../shared/recommendations/model';
import { allSegments } from '../../../shared/run-of-show/model';
import { openHost, segmentIdByTitle, tempDir } from '../helpers';

const PANEL = 'How the WPS agenda is implemented today';
const EXPERTS = 'Independent experts';

/** A laptop: its own data folder, the real clock. */
async function laptop(label: string): Promise<SessionHost> {
  return openHost({ dataDir: await tempDir(label), appVersion: '0.1.0' });
}

async function exportJson(host: SessionHost): Promise<string> {
  const file = await exportFor(host, 'json');
  return file.body;
}

async function importJson(host: SessionHost, text: string, fileName: string) {
  const outcome = await importText(host, text, fileName, 'importer');
  if (outcome.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.summary;
}

async function add(host: SessionHost, text: string, segmentTitle: string | null, speakerIndex: number | null): Promise<string> {
  const before = new Set(allRecommendations(host.current.doc.recommendations).map((r) => r.id));
  const segmentId = segmentTitle === null ? null : segmentIdByTitle(host.current.doc, segmentTitle);
  const speakerId = segmentId === null || speakerIndex === null ? null : allSegments(host.current.doc).find((s) => s.id === segmentId)!.speakers[speakerIndex]!.id;
  const result = await host.dispatch({ type: 'rec.add', recommendation: { text, segmentId, speakerId }, author: 'capture' });
  if (!result.ok) throw new Error(result.error.message);
  return allRecommendations(host.current.doc.recommendations).find((r) => !before.has(r.id))!.id;
}

async function edit(host: SessionHost, id: string, patch: Partial<Recommendation>): Promise<void> {
  const result = await host.dispatch({ type: 'rec.update', id, patch, author: 'capture' });
  if (!result.ok) throw new Error(result.error.message);
}

const rec = (host: SessionHost, id: string) => getRecommendation(host.current.doc.recommendations, id)!;

describe('exchanging exports on the real clock', () => {
  it('every instant the host makes is a whole millisecond', async () => {
    const host = await laptop('whole-ms');
    for (let i = 0; i < 5; i++) await add(host, `Recommendation ${i}`, PANEL, 0);
    const id = allRecommendations(host.current.doc.recommendations)[0]!.id;
    await edit(host, id, { status: 'agreed' });
    for (const r of allRecommendations(host.current.doc.recommendations)) {
      for (const instant of [r.createdAt, r.updatedAt, ...r.priorVersions]) expect(Number.isInteger(instant), `${instant}`).toBe(true);
    }
    expect(Number.isInteger(host.now())).toBe(true);
  });

  it('re-importing a session’s own export changes nothing and reports no conflict', async () => {
    const host = await laptop('own-export');
    const ids = [await add(host, 'Quotas for women in parliaments', PANEL, 1), await add(host, 'Учредить сеть женщин-медиаторов', EXPERTS, 0), await add(host, 'Әйелдердің қатысуын арттыру', null, null)];
    await edit(host, ids[0]!, { status: 'agreed' });
    const before = host.current.doc;
    expect(await importJson(host, await exportJson(host), 'own.json')).toEqual({ added: 0, updated: 0, unchanged: 3, conflicts: 0 });
    expect(host.current.doc).toBe(before);
  });

  it('two laptops start from the same example agenda: the same segment and speaker ids', async () => {
    const a = await laptop('ids-a');
    const b = await laptop('ids-b');
    const ids = (host: SessionHost) => allSegments(host.current.doc).flatMap((s) => [s.id, ...s.speakers.map((p) => p.id)]);
    expect(ids(a)).toEqual(ids(b));
    expect(new Set(ids(a)).size).toBe(ids(a).length);
  });

  it('two rapporteurs exchange exports both ways, edit one record each side, and end with exactly that one conflict', async () => {
    const a = await laptop('rapporteur-a');
    const b = await laptop('rapporteur-b');
    const fromA = [await add(a, 'Establish a regional platform for women mediators', PANEL, 2), await add(a, 'Учредить сеть женщин-медиаторов', EXPERTS, 1)];
    const fromB = [await add(b, 'Gender-responsive budgeting for national action plans', PANEL, 4), await add(b, 'Шекаралас әйелдер желісін қолдау', EXPERTS, 0)];

    expect(await importJson(b, await exportJson(a), 'a.json')).toEqual({ added: 2, updated: 0, unchanged: 0, conflicts: 0 });
    expect(await importJson(a, await exportJson(b), 'b.json')).toEqual({ added: 2, updated: 0, unchanged: 2, conflicts: 0 });
    // Each now holds all four records with its own (here: the same) segment and speaker ids.
    expect(rec(a, fromB[0]!).segmentId).toBe(segmentIdByTitle(a.current.doc, PANEL));

    await edit(a, fromA[0]!, { text: 'Establish a regional platform for women mediators by 2025' });
    await edit(b, fromA[0]!, { status: 'agreed' });
    await edit(b, fromB[1]!, { pillar: 'participation' });

    expect(await importJson(a, await exportJson(b), 'b-reply.json')).toEqual({ added: 0, updated: 1, unchanged: 2, conflicts: 1 });
    expect(Object.keys(a.current.doc.recommendations.conflicts)).toEqual([fromA[0]]);
    expect(await importJson(b, await exportJson(a), 'a-reply.json')).toEqual({ added: 0, updated: 0, unchanged: 3, conflicts: 1 });
    expect(Object.keys(b.current.doc.recommendations.conflicts)).toEqual([fromA[0]]);
  });
});
