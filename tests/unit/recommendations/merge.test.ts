/**
 * Several rapporteurs, each on their own laptop with their own session ids,
 * exchanging JSON exports: the merge rules of shared/recommendations/merge.ts as a
 * story. Every file goes through the real export, the real file parser and
 * the rec.import command.
 */
import { describe, expect, it } from 'vitest';
import { CommandRejected } from '../../../shared/kernel/errors';
import { buildExport, serializeExport } from '../../../shared/recommendations/files/format';
import { parseImportFile } from '../../../shared/recommendations/files/import-file';
import { differingFields, planImport, proposedSide, summarize, type ImportSummary } from '../../../shared/recommendations/merge';
import { mergeSummaryCsv } from '../../../shared/recommendations/files/merge-summary';
import { parseCommand } from '../../../shared/session/commands';
import { attachmentNames, segmentLabel, speakerLabel } from '../../../shared/recommendations/names';
import type { EpochMs } from '../../../shared/kernel/units';
import { Rapporteur, expectValidExport } from './fixtures';

const PANEL = 'How the WPS agenda is implemented today';

function exportOf(r: Rapporteur): string {
  return serializeExport(buildExport(r.doc, { exportedAt: r.clock.now(), appVersion: '0.1.0' }));
}

/** Imports a file the way the host does; returns what the plan said and the patches the command made. */
function importInto(r: Rapporteur, file: string, name = 'file.json'): { summary: ImportSummary; changed: boolean } {
  const parsed = parseImportFile(file, name);
  if (!parsed.ok) throw new Error(`${parsed.error.where}: ${parsed.error.message}`);
  const summary = summarize(planImport(r.doc.recommendations, r.doc, parsed.command));
  r.clock.advance(60_000);
  const transition = r.apply(parsed.command);
  return { summary, changed: transition.patches.length > 0 };
}

const nothing: ImportSummary = { added: 0, updated: 0, unchanged: 0, conflicts: 0 };

describe('merging rapporteurs’ files', () => {
  it('adds their new records, attached to our segment of the same title and our speaker of the same name', () => {
    const aigerim = new Rapporteur(1);
    const dilnoza = new Rapporteur(2);
    const panel = dilnoza.doc.parts[1]!.segments[0]!;
    const speaker = panel.speakers[2]!;
    const ru = dilnoza.add('Учредить региональную сеть женщин-медиаторов', { segmentId: panel.id, speakerId: speaker.id, rapporteur: 'Dilnoza' });
    const kk = dilnoza.add('Әйелдердің бейбітшілік процестеріне қатысуын арттыру', { rapporteur: 'Dilnoza' });

    const result = importInto(aigerim, exportOf(dilnoza), 'dilnoza.json');
    expect(result.summary).toEqual({ ...nothing, added: 2 });
    const ours = aigerim.rec(ru);
    expect(ours.text).toBe('Учредить региональную сеть женщин-медиаторов');
    expect(ours.segmentId).toBe(aigerim.segment(PANEL));
    expect(speakerLabel(attachmentNames(aigerim.doc.parts, aigerim.doc.recommendations.foreign), ours.speakerId)).toBe(speaker.name);
    expect(aigerim.rec(kk).segmentId).toBeNull();
    expect(aigerim.state.history.recommendations.undo).toHaveLength(1);
  });

  it('importing the same file twice changes nothing', () => {
    const aigerim = new Rapporteur(1);
    const dilnoza = new Rapporteur(2);
    dilnoza.add('Adopt national action plans with budgets', { segmentId: dilnoza.segment(PANEL) });
    const file = exportOf(dilnoza);
    importInto(aigerim, file);
    const again = importInto(aigerim, file);
    expect(again).toEqual({ summary: { ...nothing, unchanged: 1 }, changed: false });
  });

  it('takes their newer version when only they changed it, and keeps ours when their file is older', () => {
    const aigerim = new Rapporteur(1);
    const dilnoza = new Rapporteur(2);
    const id = dilnoza.add('Quotas for women in parliaments');
    const first = exportOf(dilnoza);
    importInto(aigerim, first);

    dilnoza.edit(id, { status: 'proposed', pillar: 'participation' });
    expect(importInto(aigerim, exportOf(dilnoza)).summary).toEqual({ ...nothing, updated: 1 });
    expect(aigerim.rec(id)).toMatchObject({ status: 'proposed', pillar: 'participation' });

    aigerim.edit(id, { status: 'agreed' });
    expect(importInto(aigerim, first)).toEqual({ summary: { ...nothing, unchanged: 1 }, changed: false });
    expect(aigerim.rec(id).status).toBe('agreed');
  });

  it('takes the lead rapporteur’s edit of our own record when we have not touched it since', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const id = aigerim.add('Early-warning mechanisms with civil society', { rapporteur: 'Aigerim' });
    importInto(lead, exportOf(aigerim), 'aigerim.json');
    lead.edit(id, { status: 'agreed', title: 'Early warning' });
    expect(importInto(aigerim, exportOf(lead), 'lead.json').summary).toEqual({ ...nothing, updated: 1 });
    expect(aigerim.rec(id)).toMatchObject({ status: 'agreed', title: 'Early warning' });
  });

  it('keeps a record edited on both sides as a visible conflict, resolved by keeping ours or taking theirs', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const id = aigerim.add('Legislative initiatives against gender-based violence', { rapporteur: 'Aigerim' });
    importInto(lead, exportOf(aigerim));
    lead.edit(id, { text: 'Legislative initiatives against gender-based violence, including in crises' });
    aigerim.edit(id, { pillar: 'protection' });

    const leadFile = exportOf(lead);
    expect(importInto(aigerim, leadFile, 'lead.json').summary).toEqual({ ...nothing, conflicts: 1 });
    const conflict = aigerim.doc.recommendations.conflicts[id]!;
    expect(conflict).toMatchObject({ source: 'lead.json', theirs: { text: 'Legislative initiatives against gender-based violence, including in crises' } });
    expect(aigerim.rec(id)).toMatchObject({ pillar: 'protection', text: 'Legislative initiatives against gender-based violence' });
    expect(importInto(aigerim, leadFile, 'lead.json')).toEqual({ summary: { ...nothing, unchanged: 1 }, changed: false });

    aigerim.clock.advance(60_000);
    aigerim.apply({ type: 'rec.resolve', id, keep: 'theirs' });
    expect(aigerim.doc.recommendations.conflicts).toEqual({});
    expect(aigerim.rec(id).text).toBe('Legislative initiatives against gender-based violence, including in crises');
    expect(importInto(aigerim, leadFile)).toEqual({ summary: { ...nothing, unchanged: 1 }, changed: false });
    // The lead then takes the resolution without a conflict of their own.
    expect(importInto(lead, exportOf(aigerim)).summary).toEqual({ ...nothing, updated: 1 });
    expect(lead.rec(id)).toEqual(aigerim.rec(id));
  });

  it('keeping ours resolves too, and undo brings the conflict back', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const id = aigerim.add('Support women’s networks');
    importInto(lead, exportOf(aigerim));
    lead.edit(id, { status: 'agreed' });
    aigerim.edit(id, { status: 'not-agreed' });
    importInto(aigerim, exportOf(lead));
    aigerim.apply({ type: 'rec.resolve', id, keep: 'ours' });
    expect(aigerim.rec(id).status).toBe('not-agreed');
    expect(aigerim.rec(id).priorVersions).toContain(lead.rec(id).updatedAt);
    aigerim.apply({ type: 'history.undo', scope: 'recommendations' });
    expect(aigerim.doc.recommendations.conflicts[id]?.theirs.status).toBe('agreed');
  });

  it('refuses a whole file that brings a third, unrelated version of a record already in conflict; nothing changes', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const other = new Rapporteur(4);
    const id = aigerim.add('Regional dialogue of women leaders');
    const original = exportOf(aigerim);
    importInto(lead, original);
    importInto(other, original);
    lead.edit(id, { status: 'agreed' });
    other.edit(id, { status: 'not-agreed' });
    aigerim.edit(id, { priority: 'high' });
    other.add('Something new from the other rapporteur');
    importInto(aigerim, exportOf(lead));

    const before = aigerim.state;
    const parsed = parseImportFile(exportOf(other), 'other.json');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const refusal = (() => {
      try {
        aigerim.apply(parsed.command);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(CommandRejected);
    expect((refusal as CommandRejected).error).toMatchObject({ code: 'conflict', field: 'records.0', message: /unresolved conflict/ });
    expect(aigerim.state).toBe(before);
  });

  it('keeps the names of segments this run-of-show does not have, and exports them again', () => {
    const aigerim = new Rapporteur(1);
    const dilnoza = new Rapporteur(2);
    const side = dilnoza.doc.parts[0]!.id;
    dilnoza.apply({ type: 'segment.add', partId: side, segment: { title: 'Side event: young women peacebuilders' } });
    const segmentId = dilnoza.doc.parts[0]!.segments.at(-1)!.id;
    const id = dilnoza.add('Mentoring programmes for young women', { segmentId });
    importInto(aigerim, exportOf(dilnoza));
    expect(aigerim.rec(id).segmentId).toBe(segmentId);
    expect(segmentLabel(attachmentNames(aigerim.doc.parts, aigerim.doc.recommendations.foreign), aigerim.rec(id).segmentId)).toBe('Opening / Side event: young women peacebuilders');
    const reexported = buildExport(aigerim.doc, { exportedAt: 0 as EpochMs, appVersion: '0.1.0' });
    expect(reexported.segments.at(-1)).toEqual({ id: segmentId, part: 'Opening', title: 'Side event: young women peacebuilders', speakers: [] });
    expectValidExport(reexported);
  });

  it('matches segments by title only within the same event: another event’s “Lunch” is not ours', () => {
    const aigerim = new Rapporteur(1);
    const other = new Rapporteur(2);
    other.apply({ type: 'event.update', patch: { title: 'Regional forum of women mediators', date: '2024-03-08' } });
    const lunch = other.segment('Lunch');
    const id = other.add('Childcare during sessions', { segmentId: lunch });
    importInto(aigerim, exportOf(other), 'forum.json');
    expect(aigerim.rec(id).segmentId).toBe(lunch);
    expect(aigerim.rec(id).segmentId).not.toBe(aigerim.segment('Lunch'));
    expect(segmentLabel(attachmentNames(aigerim.doc.parts, aigerim.doc.recommendations.foreign), lunch)).toBe('Part I: Civil society perspectives on the WPS agenda / Lunch');
  });

  it('never reports a difference that is only an id: the same version tagged to a segment of the same name is unchanged', () => {
    const aigerim = new Rapporteur(1);
    const id = aigerim.add('Quotas for women in parliaments', { segmentId: aigerim.segment(PANEL) });
    const file = JSON.parse(exportOf(aigerim)) as { event: { title: string }; segments: Array<{ id: string }>; recommendations: Array<{ segmentId: string }> };
    // The same record as another event's laptop would describe it: its own id for the panel, the panel's own name.
    const otherId = '5b3c1f0e-9d2a-4c7b-8e6f-1a2b3c4d5e6f';
    file.event.title = 'Another title for the same day';
    file.segments.find((s) => s.id === aigerim.segment(PANEL))!.id = otherId;
    file.recommendations[0]!.segmentId = otherId;
    expect(importInto(aigerim, JSON.stringify(file))).toEqual({ summary: { ...nothing, unchanged: 1 }, changed: false });
    expect(aigerim.rec(id).segmentId).toBe(aigerim.segment(PANEL));
  });

  it('resolves per field with the base both sides had: their text, our status, one undo step, noted in the merge summary', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const id = aigerim.add('Legislative initiatives against gender-based violence', { rapporteur: 'Aigerim' });
    importInto(lead, exportOf(aigerim), 'aigerim.json');
    lead.edit(id, { text: 'Legislative initiatives against gender-based violence, including in crises', roadmap: { lead: 'Parliaments' } });
    aigerim.clock.advance(30_000);
    aigerim.edit(id, { status: 'agreed', title: 'GBV laws' });
    lead.edit(id, { title: 'Laws on GBV' });
    importInto(aigerim, exportOf(lead), 'lead.json');

    const conflict = aigerim.doc.recommendations.conflicts[id]!;
    // Aigerim remembers the version both had, though she made it and edited it since.
    expect(conflict.base).toMatchObject({ text: 'Legislative initiatives against gender-based violence', status: 'draft', title: '', roadmap: { lead: '' } });
    const ours = aigerim.rec(id);
    expect(differingFields(ours, conflict.theirs)).toEqual(['text', 'title', 'status', 'roadmap.lead']);
    expect(Object.fromEntries(differingFields(ours, conflict.theirs).map((f) => [f, proposedSide(f, ours, conflict.theirs, conflict.base)]))).toEqual({
      text: 'theirs',
      title: 'ours',
      status: 'ours',
      'roadmap.lead': 'theirs',
    });

    const before = aigerim.state;
    aigerim.clock.advance(60_000);
    aigerim.apply({ type: 'rec.resolve', id, keep: 'ours', fields: { text: 'theirs', 'roadmap.lead': 'theirs' }, edits: { title: 'Laws against GBV' }, author: 'Aigerim' });
    expect(aigerim.rec(id)).toMatchObject({ text: 'Legislative initiatives against gender-based violence, including in crises', status: 'agreed', title: 'Laws against GBV', roadmap: { lead: 'Parliaments' } });
    expect(aigerim.doc.recommendations.conflicts).toEqual({});
    const resolved = Object.values(aigerim.doc.recommendations.merges).find((m) => m.kind === 'resolve');
    expect(resolved).toMatchObject({ source: 'lead.json', author: 'Aigerim', id, choices: { text: 'theirs', title: 'edited', status: 'ours', 'roadmap.lead': 'theirs' } });
    const csv = mergeSummaryCsv(aigerim.doc);
    expect(csv).toContain(',import,lead.json,,,,"0 added, 0 updated, 0 unchanged, 1 in conflict",,,');
    expect(csv).toContain(`,resolve,lead.json,Aigerim,${id},Laws against GBV,resolved,text; roadmap.lead,status,title`);

    aigerim.apply({ type: 'history.undo', scope: 'recommendations', author: 'Aigerim' });
    expect(aigerim.doc).toEqual(before.doc);
    aigerim.apply({ type: 'history.redo', scope: 'recommendations', author: 'Aigerim' });
    // The lead takes the resolution as it is: no conflict on the other laptop either.
    expect(importInto(lead, exportOf(aigerim), 'aigerim.json').summary).toEqual({ ...nothing, updated: 1 });
    expect(lead.rec(id)).toEqual(aigerim.rec(id));
  });

  it('the lead, who imported the record, knows the base too', () => {
    const aigerim = new Rapporteur(1);
    const lead = new Rapporteur(3);
    const id = aigerim.add('Support women’s networks');
    importInto(lead, exportOf(aigerim));
    lead.edit(id, { status: 'agreed' });
    aigerim.clock.advance(30_000);
    aigerim.edit(id, { text: 'Support cross-border women’s networks' });
    importInto(lead, exportOf(aigerim), 'aigerim.json');
    const conflict = lead.doc.recommendations.conflicts[id]!;
    expect(conflict.base).toMatchObject({ text: 'Support women’s networks', status: 'draft' });
    expect(proposedSide('text', lead.rec(id), conflict.theirs, conflict.base)).toBe('theirs');
    expect(proposedSide('status', lead.rec(id), conflict.theirs, conflict.base)).toBe('ours');
  });

  it('refuses a resolution with a field it does not know or an edit of a field that is a choice', () => {
    const aigerim = new Rapporteur(1);
    const refused = (command: unknown) => parseCommand(command).ok === false;
    const id = aigerim.add('x');
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', fields: { text: 'theirs', 'roadmap.due': 'ours' } })).toBe(false);
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', fields: JSON.parse('{"__proto__": "theirs"}') })).toBe(true);
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', fields: { constructor: 'theirs' } })).toBe(true);
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', fields: { text: 'both' } })).toBe(true);
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', edits: { status: 'agreed' } })).toBe(true);
    expect(refused({ type: 'rec.resolve', id, keep: 'ours', edits: { text: '' } })).toBe(true);
  });

  it('an import is one undoable step', () => {
    const aigerim = new Rapporteur(1);
    const dilnoza = new Rapporteur(2);
    dilnoza.add('One');
    dilnoza.add('Two');
    importInto(aigerim, exportOf(dilnoza));
    aigerim.apply({ type: 'history.undo', scope: 'recommendations' });
    expect(aigerim.recs).toEqual([]);
  });
});
