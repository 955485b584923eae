/**
 * Applies the rapporteur's commands to a draft of the session document.
 *
 * Rules
 * - A new recommendation is a draft unless the command says otherwise; its
 *   segment must exist and its speaker must belong to that segment.
 * - A change that changes nothing is no change (nothing stored, no undo
 *   step). Every real change makes a new version (recommendations.ts).
 * - Merging marks the duplicate "merged" with a link to the one it went
 *   into, which gains the duplicate's countries, addressees and tags.
 *   Setting another status on a merged record undoes the link.
 * - Lists of countries and addressees are kept in their canonical order, so
 *   the same choice is the same data however it was ticked.
 * - Capture drafts have no undo (shared/session/reducer.ts): undoing a saved
 *   recommendation must not bring back or wipe what is being typed.
 */
import { current, original, type Draft } from 'immer';
import type { RecommendationCommand, RecommendationCommandOf as CommandOf } from './commands';
import { reject } from '../kernel/errors';
import type { RecommendationsDoc } from './model';
import { findSegment } from '../run-of-show/model';
import type { CommandContext } from '../kernel/command-context';
import type { EpochMs } from '../kernel/units';
import { LIMITS } from '../kernel/limits';
import {
  ADDRESSEES,
  REC_COUNTRIES,
  mergeVersions,
  nextVersionAt,
  type Addressee,
  type RecCountry,
  type Recommendation,
  type RecommendationBook,
  type RoadmapAction,
  emptyRoadmap,
  getRecommendation,
  putRecommendation,
} from './model';
import { applyImport, mergeKey, resolveConflict } from './merge';
import { rememberVersion } from './versions';

type Doc = Draft<RecommendationsDoc>;
type Rec = Draft<Recommendation>;
type Patch = CommandOf<'rec.update'>['patch'];

function recordOf(book: Draft<RecommendationBook>, id: string, field: string): Rec {
  const rec = getRecommendation(book, id);
  if (!rec) reject('not-found', field, `no recommendation with id "${id}"`);
  return rec;
}

function inOrder<T extends string>(order: readonly T[], values: readonly T[]): T[] {
  return order.filter((v) => values.includes(v));
}

function canonical<T extends Patch>(patch: T): T {
  const out = { ...patch };
  if (patch.countries) out.countries = inOrder<RecCountry>(REC_COUNTRIES, patch.countries);
  if (patch.addressees) out.addressees = inOrder<Addressee>(ADDRESSEES, patch.addressees);
  return out;
}

/** The document as it was before this command: lookups read it, so they draft nothing. */
const before = (doc: Doc) => original(doc) as RecommendationsDoc;

/** Checks that a segment exists and that the speaker is one of its speakers. */
function checkAttachment(doc: Doc, segmentId: string | null, speakerId: string | null, field: string): void {
  if (segmentId === null) {
    if (speakerId !== null) reject('invalid', `${field}.speakerId`, 'needs a segment: choose the segment first');
    return;
  }
  const found = findSegment(before(doc), segmentId);
  if (!found) reject('not-found', `${field}.segmentId`, `no segment with id "${segmentId}"`);
  if (speakerId !== null && !found.segment.speakers.some((s) => s.id === speakerId)) {
    reject('not-found', `${field}.speakerId`, `no speaker "${speakerId}" in segment "${found.segment.title}"`);
  }
}

/** Makes the record's current state a prior version and stamps the new one. */
function touch(rec: Rec, now: EpochMs): void {
  rec.priorVersions = mergeVersions(rec.priorVersions, [rec.updatedAt]);
  rec.updatedAt = nextVersionAt(rec.updatedAt, now);
}

function add(doc: Doc, cmd: CommandOf<'rec.add'>, ctx: CommandContext): void {
  const fields = canonical(cmd.recommendation);
  const segmentId = fields.segmentId ?? null;
  const speakerId = fields.speakerId ?? null;
  checkAttachment(doc, segmentId, speakerId, 'recommendation');
  const id = ctx.newId();
  putRecommendation(doc.recommendations, {
    id,
    text: fields.text,
    title: fields.title ?? '',
    pillar: fields.pillar ?? null,
    objective: fields.objective ?? null,
    outcome: fields.outcome ?? null,
    countries: fields.countries ?? [],
    addressees: fields.addressees ?? [],
    status: fields.status ?? 'draft',
    priority: fields.priority ?? null,
    tags: fields.tags ?? [],
    rapporteur: fields.rapporteur ?? '',
    segmentId,
    speakerId,
    mergedInto: null,
    roadmap: { ...emptyRoadmap(), ...fields.roadmap },
    createdAt: ctx.now,
    updatedAt: ctx.now,
    priorVersions: [],
  });
}

function update(doc: Doc, cmd: CommandOf<'rec.update'>, now: EpochMs): void {
  const rec = recordOf(doc.recommendations, cmd.id, 'id');
  const { roadmap, ...fields } = canonical(cmd.patch);
  const patch: Omit<Patch, 'roadmap'> & { roadmap?: RoadmapAction } = roadmap === undefined ? fields : { ...fields, roadmap: { ...current(rec.roadmap), ...roadmap } };
  if (patch.segmentId !== undefined && patch.segmentId !== rec.segmentId && patch.speakerId === undefined) {
    const stays = patch.segmentId !== null && findSegment(before(doc), patch.segmentId)?.segment.speakers.some((s) => s.id === rec.speakerId);
    if (!stays) patch.speakerId = null;
  }
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((key) => JSON.stringify(patch[key]) !== JSON.stringify(rec[key]));
  if (changed.length === 0) return;
  if (changed.includes('segmentId') || changed.includes('speakerId')) {
    checkAttachment(doc, patch.segmentId ?? rec.segmentId, patch.speakerId === undefined ? rec.speakerId : patch.speakerId, 'patch');
  }
  const previous = current(rec);
  for (const key of changed) Object.assign(rec, { [key]: patch[key] });
  if (changed.includes('status')) rec.mergedInto = null;
  touch(rec, now);
  rememberVersion(doc.recommendations, previous, current(rec));
}

function merge(doc: Doc, cmd: CommandOf<'rec.merge'>, now: EpochMs): void {
  const book = doc.recommendations;
  const source = recordOf(book, cmd.id, 'id');
  const target = recordOf(book, cmd.intoId, 'intoId');
  if (source.id === target.id) reject('invalid', 'intoId', 'a recommendation can not be merged into itself');
  if (source.status === 'merged') reject('conflict', 'id', `this recommendation is already merged into "${source.mergedInto}"`);
  if (target.status === 'merged') reject('conflict', 'intoId', 'that recommendation is itself merged; merge into the one it went into');
  const sourceBefore = current(source);
  source.status = 'merged';
  source.mergedInto = target.id;
  touch(source, now);
  rememberVersion(book, sourceBefore, current(source));
  const countries = inOrder(REC_COUNTRIES, [...target.countries, ...source.countries]);
  const addressees = inOrder(ADDRESSEES, [...target.addressees, ...source.addressees]);
  const tags = [...new Set([...target.tags, ...source.tags])].slice(0, LIMITS.listItems);
  if (countries.length === target.countries.length && addressees.length === target.addressees.length && tags.length === target.tags.length) return;
  const targetBefore = current(target);
  Object.assign(target, { countries, addressees, tags });
  touch(target, now);
  rememberVersion(book, targetBefore, current(target));
}

function saveDraft(doc: Doc, cmd: CommandOf<'rec.draft'>, now: EpochMs): void {
  const drafts = doc.recommendations.drafts;
  const index = drafts.findIndex((d) => d.rapporteur === cmd.rapporteur);
  if (cmd.text === '') {
    if (index >= 0) drafts.splice(index, 1);
    return;
  }
  if (drafts[index]?.text === cmd.text) return;
  const draft = { rapporteur: cmd.rapporteur, text: cmd.text, updatedAt: now };
  if (index >= 0) drafts[index] = draft;
  else drafts.push(draft);
}

function resolve(doc: Doc, cmd: CommandOf<'rec.resolve'>, now: EpochMs): void {
  const book = doc.recommendations;
  const conflict = book.conflicts[cmd.id];
  if (!conflict) reject('not-found', 'id', `no unresolved conflict for recommendation "${cmd.id}"`);
  const ours = current(recordOf(book, cmd.id, 'id'));
  const { record, choices } = resolveConflict(ours, current(conflict.theirs), { keep: cmd.keep, fields: cmd.fields, edits: cmd.edits }, now);
  rememberVersion(book, ours, record);
  putRecommendation(book, record);
  book.merges[mergeKey(before(doc).recommendations, now)] = { kind: 'resolve', at: now, source: conflict.source, author: cmd.author ?? '', id: cmd.id, choices };
  delete book.conflicts[cmd.id];
}

export function applyRecommendation(doc: Doc, command: RecommendationCommand, ctx: CommandContext): void {
  switch (command.type) {
    case 'rec.add':
      return add(doc, command, ctx);
    case 'rec.update':
      return update(doc, command, ctx.now);
    case 'rec.merge':
      return merge(doc, command, ctx.now);
    case 'rec.draft':
      return saveDraft(doc, command, ctx.now);
    case 'rec.import':
      return applyImport(doc.recommendations, before(doc), command, ctx.now);
    case 'rec.resolve':
      return resolve(doc, command, ctx.now);
  }
}
