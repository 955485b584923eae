/**
 * Merging another rapporteur's export into ours (the rec.import command).
 *
 * Versions. A record's version is its `updatedAt`; every change makes a new,
 * strictly later stamp and appends the old one to `priorVersions` (the last
 * 64 are kept), the way CouchDB keeps `_revisions`. So a record tells which
 * versions it grew out of, and an import can tell "an older copy" from
 * "edited on both sides" without a shared server.
 *
 * Rule, for each record in the file ("theirs") against ours with the same id:
 * 1. We have no record with that id: add theirs.
 * 2. Same version stamp and the same content: nothing to do.
 * 3. Theirs is a version ours went through (theirs.updatedAt is in
 *    ours.priorVersions): theirs is an older copy of ours; keep ours.
 * 4. Ours is a version theirs went through (ours.updatedAt is in
 *    theirs.priorVersions): only they changed it since; take theirs.
 * 5. Anything else (both changed it since they parted, the same stamp with
 *    different content, or a history older than the 64 stamps kept): a
 *    conflict. Ours stays as it is and usable; theirs is kept beside it in
 *    `conflicts` until the rapporteur keeps ours or takes theirs. Resolving
 *    makes a new version that lists both stamps as prior versions, so
 *    importing either file again changes nothing (rule 3), and the other
 *    rapporteur importing ours takes the resolution (rule 4).
 * Resolving is per field: for each field (merge fields in model.ts) the
 * rapporteur keeps ours, takes theirs, or writes it anew; the view proposes
 * for each field the side that changed it since the base (the last version
 * both sides had, when this laptop remembers it: versions.ts), and asks
 * where both changed it. The result is one new version, one undo step.
 * Every import and every resolution is noted in `merges`: the merge summary
 * a rapporteur can export (files/merge-summary.ts).
 * A record already in conflict: a file that brings the same version or an
 * older one of their side changes nothing; a newer version of their side
 * replaces it in the conflict; an unrelated third version refuses the whole
 * import (resolve first), so nothing is dropped silently.
 * Importing the same file twice therefore changes nothing (rules 2, 3 and
 * the conflict rule).
 * Stamps are only ambiguous if two machines change the same record in the
 * same millisecond; one machine never repeats a stamp for a record.
 *
 * Segments and speakers. The example session's ids are the same on every
 * laptop (session/example-session.ts), and an export carries the agenda its
 * records refer to, so a record's segment is matched to ours by id first;
 * a segment we do not have by that id is matched by title (within the same
 * part title first), but only when the file is of the same event (same
 * title and date): another event's "Lunch" is not ours. A speaker is
 * matched by id within the segment, then by name. References with no match
 * keep their id, and the names the file gives them are kept in `foreign`
 * so that views and reports can still say which segment a record came from.
 * The mapping is the same every time, so it does not make a second import
 * differ. Two versions that differ only in the ids of a segment or speaker
 * of the same name are the same content: a difference that is only an id
 * is never reported.
 */
import type { Draft } from 'immer';
import { reject } from '../kernel/errors';
import type { RecommendationCommandOf } from './commands';
import type { EventInfo, Part, RunOfShowDoc } from '../run-of-show/model';
import { attachmentNames } from './names';
import type { RecommendationsDoc } from './model';
import type { EditableMergeField, MergeChoice, MergeField, Recommendation, RecommendationBook, RoadmapAction } from './model';
import { CONTENT_FIELDS, MERGE_FIELDS, getRecommendation, mergeVersions, nextVersionAt, putRecommendation } from './model';
import { commonBase, rememberVersion } from './versions';
import type { EpochMs } from '../kernel/units';

export type ImportCommand = RecommendationCommandOf<'rec.import'>;
type FileSegment = ImportCommand['segments'][number];

export type Decision =
  | { kind: 'add' }
  | { kind: 'unchanged' }
  | { kind: 'take-theirs' }
  | { kind: 'conflict' }
  | { kind: 'conflict-updated' }
  | { kind: 'clash'; message: string };

export interface ImportPlan {
  /** Their records with segment and speaker ids mapped onto this session. */
  records: Recommendation[];
  decisions: Decision[];
  /** Names for the references that stayed foreign. */
  foreign: RecommendationBook['foreign'];
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

/** How two versions' references compare: by id, else by the name each side gives (see the header). */
export interface References {
  sameSegment(a: string | null, b: string | null): boolean;
  sameSpeaker(a: string | null, b: string | null): boolean;
}

const BY_ID: References = { sameSegment: (a, b) => a === b, sameSpeaker: (a, b) => a === b };

export function sameContent(a: Recommendation, b: Recommendation, refs: References = BY_ID): boolean {
  return CONTENT_FIELDS.every((key) => {
    if (key === 'segmentId') return refs.sameSegment(a.segmentId, b.segmentId);
    if (key === 'speakerId') return refs.sameSpeaker(a.speakerId, b.speakerId);
    return JSON.stringify(a[key]) === JSON.stringify(b[key]);
  });
}

/** Rules 1 to 5 and the rule for a record already in conflict (see the header). */
export function decide(ours: Recommendation | undefined, pending: Recommendation | undefined, theirs: Recommendation, refs: References = BY_ID): Decision {
  const sameVersion = (a: Recommendation, b: Recommendation) => a.updatedAt === b.updatedAt && sameContent(a, b, refs);
  /** True when `later` grew out of `earlier` (or is it). */
  const descends = (later: Recommendation, earlier: Recommendation) => sameVersion(later, earlier) || later.priorVersions.includes(earlier.updatedAt);
  if (ours === undefined) return { kind: 'add' };
  if (descends(ours, theirs)) return { kind: 'unchanged' };
  if (pending !== undefined) {
    if (descends(pending, theirs)) return { kind: 'unchanged' };
    if (descends(theirs, pending)) return { kind: 'conflict-updated' };
    return {
      kind: 'clash',
      message: `"${theirs.id}" already has an unresolved conflict with another version; keep ours or take theirs there, then import again`,
    };
  }
  if (theirs.priorVersions.includes(ours.updatedAt)) return { kind: 'take-theirs' };
  return { kind: 'conflict' };
}

const fold = (text: string) => text.trim().toLocaleLowerCase();

interface LocalSegment {
  id: string;
  part: string;
  title: string;
  speakers: Array<{ id: string; name: string }>;
}

function localSegments(parts: readonly Part[]): LocalSegment[] {
  return parts.flatMap((part) => part.segments.map((s) => ({ id: s.id, part: part.title, title: s.title, speakers: s.speakers })));
}

function matchSegment(ours: readonly LocalSegment[], theirs: FileSegment): LocalSegment | undefined {
  const sameTitle = ours.filter((s) => fold(s.title) === fold(theirs.title));
  return sameTitle.find((s) => fold(s.part) === fold(theirs.part)) ?? sameTitle[0];
}

/** Maps the file's segment and speaker ids onto this session's (see the header). */
function localizer(parts: readonly Part[], fileSegments: readonly FileSegment[], sameEvent: boolean) {
  const ours = localSegments(parts);
  const ourIds = new Map(ours.map((s) => [s.id, s]));
  const theirs = new Map(fileSegments.map((s) => [s.id, s]));
  const foreign: RecommendationBook['foreign'] = { segments: {}, speakers: {} };

  function segmentFor(segmentId: string): LocalSegment | undefined {
    const own = ourIds.get(segmentId);
    if (own) return own;
    const described = theirs.get(segmentId);
    return described && sameEvent ? matchSegment(ours, described) : undefined;
  }

  function speakerFor(rec: Recommendation, segment: LocalSegment | undefined): string | null {
    if (rec.speakerId === null) return null;
    if (segment?.speakers.some((s) => s.id === rec.speakerId)) return rec.speakerId;
    const named = rec.segmentId === null ? undefined : theirs.get(rec.segmentId)?.speakers.find((s) => s.id === rec.speakerId);
    const match = named && segment?.speakers.find((s) => fold(s.name) === fold(named.name));
    if (match) return match.id;
    if (named) foreign.speakers[rec.speakerId] = named.name;
    return rec.speakerId;
  }

  function localize(rec: Recommendation): Recommendation {
    if (rec.segmentId === null) return rec;
    const segment = segmentFor(rec.segmentId);
    const described = theirs.get(rec.segmentId);
    if (!segment && described) foreign.segments[rec.segmentId] = { title: described.title, part: described.part };
    const segmentId = segment?.id ?? rec.segmentId;
    const speakerId = speakerFor(rec, segment);
    return segmentId === rec.segmentId && speakerId === rec.speakerId ? rec : { ...rec, segmentId, speakerId };
  }

  return { localize, foreign };
}

/** True when the file is of our event; a file that does not say (written before files said) is taken to be. */
function isSameEvent(event: EventInfo, command: ImportCommand): boolean {
  return command.event === undefined || (fold(command.event.title) === fold(event.title) && command.event.date === event.date);
}

/** Segment and speaker ids compared by id, else by the names ours and the file give them. */
function referencesFor(parts: readonly Part[], book: RecommendationBook, fileSegments: readonly FileSegment[]): References {
  const names = attachmentNames(parts, book.foreign);
  const fileNames = new Map(fileSegments.map((s) => [s.id, s]));
  const fileSpeakers = new Map(fileSegments.flatMap((s) => s.speakers.map((p) => [p.id, p.name] as const)));
  const segmentName = (id: string) => {
    const named = names.segments.get(id) ?? fileNames.get(id);
    return named && `${fold(named.part)}\n${fold(named.title)}`;
  };
  const speakerName = (id: string) => {
    const named = names.speakers.get(id) ?? fileSpeakers.get(id);
    return named === undefined ? undefined : fold(named);
  };
  const same = (nameOf: (id: string) => string | undefined) => (a: string | null, b: string | null) =>
    a === b || (a !== null && b !== null && nameOf(a) !== undefined && nameOf(a) === nameOf(b));
  return { sameSegment: same(segmentName), sameSpeaker: same(speakerName) };
}

/** Decides what an import does to each record, without changing anything. */
export function planImport(book: RecommendationBook, doc: Pick<RunOfShowDoc, 'event' | 'parts'>, command: ImportCommand): ImportPlan {
  const { localize, foreign } = localizer(doc.parts, command.segments, isSameEvent(doc.event, command));
  const records = command.records.map((rec) => localize(rec as Recommendation));
  const refs = referencesFor(doc.parts, book, command.segments);
  const decisions = records.map((theirs) => decide(getRecommendation(book, theirs.id), book.conflicts[theirs.id]?.theirs, theirs, refs));
  return { records, decisions, foreign };
}

export function summarize(plan: ImportPlan): ImportSummary {
  const count = (...kinds: Decision['kind'][]) => plan.decisions.filter((d) => kinds.includes(d.kind)).length;
  return { added: count('add'), updated: count('take-theirs'), unchanged: count('unchanged'), conflicts: count('conflict', 'conflict-updated') };
}

function setLabel<T>(labels: Record<string, T>, id: string, label: T): void {
  if (JSON.stringify(labels[id]) !== JSON.stringify(label)) labels[id] = label;
}

/** Applies an import to a draft of the book (planned on `doc`, the document before it); refuses it whole if any record clashes. */
export function applyImport(book: Draft<RecommendationBook>, doc: Pick<RecommendationsDoc, 'event' | 'parts' | 'recommendations'>, command: ImportCommand, now: EpochMs): void {
  const plan = planImport(doc.recommendations, doc, command);
  plan.decisions.forEach((decision, index) => {
    if (decision.kind === 'clash') reject('conflict', `records.${index}`, decision.message);
  });
  const ours = doc.recommendations;
  const entry = { kind: 'import' as const, at: now, source: command.source, author: command.author ?? '', added: [] as string[], updated: [] as string[], unchanged: 0, conflicts: [] as string[] };
  plan.records.forEach((theirs, index) => {
    const { kind } = plan.decisions[index]!;
    const mine = getRecommendation(ours, theirs.id);
    if (kind === 'add') {
      putRecommendation(book, theirs);
      entry.added.push(theirs.id);
    } else if (kind === 'take-theirs') {
      rememberVersion(book, mine!, theirs);
      putRecommendation(book, theirs);
      entry.updated.push(theirs.id);
    } else if (kind === 'conflict' || kind === 'conflict-updated') {
      book.conflicts[theirs.id] = { id: theirs.id, theirs, base: commonBase(ours, mine!, theirs), source: command.source, detectedAt: now };
      entry.conflicts.push(theirs.id);
    } else entry.unchanged++;
  });
  if (entry.added.length + entry.updated.length + entry.conflicts.length > 0) book.merges[mergeKey(ours, now)] = entry;
  // Names only for what a record this import keeps refers to: an unchanged record changes nothing.
  const kept = plan.records.filter((_, index) => plan.decisions[index]!.kind !== 'unchanged');
  const segmentIds = new Set(kept.map((r) => r.segmentId));
  const speakerIds = new Set(kept.map((r) => r.speakerId));
  for (const [id, label] of Object.entries(plan.foreign.segments)) if (segmentIds.has(id)) setLabel(book.foreign.segments, id, label);
  for (const [id, name] of Object.entries(plan.foreign.speakers)) if (speakerIds.has(id)) setLabel(book.foreign.speakers, id, name);
}

/** The key of a new merge-summary entry: when it happened (a second one in the same millisecond gets a suffix). */
export function mergeKey(book: Pick<RecommendationBook, 'merges'>, now: EpochMs): string {
  let key = String(now);
  for (let n = 1; Object.hasOwn(book.merges, key); n++) key = `${now}-${n}`;
  return key;
}

/** What a rapporteur chose for a conflict: a side for every field not named, a side per named field, new text for some. */
export interface Resolution {
  keep: 'ours' | 'theirs';
  fields?: Partial<Record<MergeField, 'ours' | 'theirs'>>;
  edits?: Partial<Record<EditableMergeField, string | string[]>>;
}

type Content = Omit<Recommendation, 'id' | 'createdAt' | 'updatedAt' | 'priorVersions'>;

/** Reads and writes one merge field of a record's content. */
const FIELD_ACCESS: Record<MergeField, { get(rec: Content): unknown; set(rec: Content, value: unknown): void }> = (() => {
  const plain = (key: keyof Content) => ({ get: (rec: Content) => rec[key], set: (rec: Content, value: unknown) => Object.assign(rec, { [key]: value }) });
  const road = (key: keyof RoadmapAction) => ({ get: (rec: Content) => rec.roadmap[key], set: (rec: Content, value: unknown) => (rec.roadmap = { ...rec.roadmap, [key]: value }) });
  return {
    text: plain('text'),
    title: plain('title'),
    status: { get: (rec) => [rec.status, rec.mergedInto], set: (rec, value) => ([rec.status, rec.mergedInto] = value as [Content['status'], string | null]) },
    priority: plain('priority'),
    pillar: plain('pillar'),
    objective: plain('objective'),
    outcome: plain('outcome'),
    countries: plain('countries'),
    addressees: plain('addressees'),
    tags: plain('tags'),
    rapporteur: plain('rapporteur'),
    attachment: { get: (rec) => [rec.segmentId, rec.speakerId], set: (rec, value) => ([rec.segmentId, rec.speakerId] = value as [string | null, string | null]) },
    'roadmap.action': road('action'),
    'roadmap.lead': road('lead'),
    'roadmap.partners': road('partners'),
    'roadmap.due': road('due'),
    'roadmap.mechanism': road('mechanism'),
    'roadmap.progress': road('progress'),
  };
})();

/** A merge field's value in a record, for views that compare the sides. */
export function fieldValue(rec: Recommendation, field: MergeField): unknown {
  return FIELD_ACCESS[field].get(rec);
}

/** The merge fields where two versions differ. */
export function differingFields(a: Recommendation, b: Recommendation): MergeField[] {
  return MERGE_FIELDS.filter((field) => JSON.stringify(fieldValue(a, field)) !== JSON.stringify(fieldValue(b, field)));
}

/** The side the view proposes for a field: the one that changed it since the base; ours when both did, or when there is no base. */
export function proposedSide(field: MergeField, ours: Recommendation, theirs: Recommendation, base: Recommendation | null): 'ours' | 'theirs' {
  if (base === null) return 'ours';
  const changed = (rec: Recommendation) => JSON.stringify(fieldValue(rec, field)) !== JSON.stringify(fieldValue(base, field));
  return changed(theirs) && !changed(ours) ? 'theirs' : 'ours';
}

/** The rapporteur's answer to a conflict: a new version after both, with the content they chose, and what was chosen where the sides differ. */
export function resolveConflict(ours: Recommendation, theirs: Recommendation, resolution: Resolution, now: EpochMs): { record: Recommendation; choices: Partial<Record<MergeField, MergeChoice>> } {
  const { id: _id, createdAt: _created, updatedAt: _updated, priorVersions: _prior, ...content } = ours;
  const result: Content = { ...content, roadmap: { ...content.roadmap } };
  const choices: Partial<Record<MergeField, MergeChoice>> = {};
  const differing = new Set(differingFields(ours, theirs));
  for (const field of MERGE_FIELDS) {
    const edited = resolution.edits?.[field as EditableMergeField];
    const side = resolution.fields?.[field] ?? resolution.keep;
    if (edited !== undefined) FIELD_ACCESS[field].set(result, edited);
    else FIELD_ACCESS[field].set(result, FIELD_ACCESS[field].get(side === 'theirs' ? theirs : ours));
    if (differing.has(field) || edited !== undefined) choices[field] = edited !== undefined ? 'edited' : side;
  }
  const updatedAt = nextVersionAt(Math.max(ours.updatedAt, theirs.updatedAt) as EpochMs, now);
  const record = {
    ...result,
    id: ours.id,
    createdAt: ours.createdAt,
    updatedAt,
    priorVersions: mergeVersions(ours.priorVersions, [ours.updatedAt], theirs.priorVersions, [theirs.updatedAt]),
  };
  return { record, choices };
}
