/**
 * Applies run-of-show commands to an immer draft of the session document.
 * Pure: the time and new ids come from the context, so replaying a journal
 * gives the same document. Refusals throw CommandRejected before anything
 * is committed (the caller discards the draft).
 *
 * Cost: lookups read the original (plain) document and then touch only the
 * path being changed, so a command drafts a handful of objects whatever
 * the size of the run-of-show. Whole-document rules (hard-start order,
 * local times that exist, rules.ts) are checked once on the finished
 * document, see `planBlame`; a segment's timer thresholds are checked here,
 * on the one segment an edit touches.
 *
 * Go live
 * - On an event not dated today (in the event zone) it asks once: the
 *   command must say whether to move the event to today (keeping the times
 *   of day) or to run against the event date, which is remembered for the
 *   day (`eventDateKeptOn`). Otherwise it is refused on the field `offDay`.
 * - The first Go live publishes the plan as the baseline if the chair has
 *   not (schedule.ts measures the day against it).
 * - The live segment before it becomes done. A done segment goes live again
 *   from its first start only when nothing else started since it ended (a
 *   "Mark done" pressed too early); otherwise it starts again now, so actual
 *   times never overlap.
 */
import { original, type Draft } from 'immer';
import type { RunOfShowCommand, RunOfShowCommandOf as CommandOf } from './commands';
import { reject } from '../kernel/errors';
import type { Part, RunOfShowDoc, Segment, Speaker } from './model';
import { allSegments, DEFAULT_FINAL_MS, DEFAULT_WARNING_MS, findSegment, findSpeaker, liveSegment, offDayChoiceNeeded, planOf } from './model';
import type { DurationMs, TimeOfDay } from '../kernel/units';
import { minutes } from '../kernel/units';
import type { CommandContext } from '../kernel/command-context';
import { thresholdProblem, type PlanViolation, type ThresholdField } from './rules';

type Doc = Draft<RunOfShowDoc>;

/** The plain document behind a draft, for lookups that must not draft every object they read. */
function base(doc: Doc): RunOfShowDoc {
  return (original(doc) as RunOfShowDoc | undefined) ?? (doc as RunOfShowDoc);
}

function partIndexOf(doc: Doc, partId: string, field: string): number {
  const index = base(doc).parts.findIndex((p) => p.id === partId);
  if (index < 0) reject('not-found', field, `no part with id "${partId}"`);
  return index;
}

function segmentOf(doc: Doc, segmentId: string, field = 'segmentId') {
  const found = findSegment(base(doc), segmentId);
  if (!found) reject('not-found', field, `no segment with id "${segmentId}"`);
  return { ...found, segment: doc.parts[found.partIndex]!.segments[found.segmentIndex]! };
}

function speakerOf(doc: Doc, speakerId: string) {
  const found = findSpeaker(base(doc), speakerId);
  if (!found) reject('not-found', 'speakerId', `no speaker with id "${speakerId}"`);
  return found;
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.min(index, length);
}

/** Refuses the edit when the segment's timer thresholds no longer hold (rules.ts); `fields` names the command's field for each side. */
function checkThresholds(segment: Pick<Segment, 'warningMs' | 'finalMs' | 'speakers'>, changed: ThresholdField, fields: Partial<Record<ThresholdField, string>>): void {
  const problem = thresholdProblem(segment, changed);
  if (problem) reject('invalid', fields[problem.field] ?? fields[changed] ?? changed, problem.message);
}

/** Which threshold side a segment patch changes, preferring the final phase when it changes both. */
function changedThreshold(patch: { warningMs?: number; finalMs?: number }): ThresholdField | null {
  if (patch.finalMs !== undefined) return 'finalMs';
  return patch.warningMs !== undefined ? 'warningMs' : null;
}

/** A new segment with the defaults of segment.add (also what the agenda import's preview checks, agenda-sheet.ts). */
export function newSegment(ctx: Pick<CommandContext, 'newId'>, fields: CommandOf<'segment.add'>['segment']): Segment {
  return {
    id: ctx.newId(),
    title: fields.title,
    kind: fields.kind ?? 'session',
    plannedDurationMs: (fields.plannedDurationMs ?? minutes(15)) as DurationMs,
    hardStart: (fields.hardStart ?? null) as TimeOfDay | null,
    chair: fields.chair ?? '',
    notes: fields.notes ?? '',
    status: 'planned',
    warningMs: (fields.warningMs ?? DEFAULT_WARNING_MS) as DurationMs,
    finalMs: (fields.finalMs ?? DEFAULT_FINAL_MS) as DurationMs,
    actualStartAt: null,
    actualEndAt: null,
    speakers: [],
  };
}

function newSpeaker(ctx: CommandContext, fields: CommandOf<'speaker.add'>['speaker']): Speaker {
  return {
    id: ctx.newId(),
    name: fields.name,
    organization: fields.organization ?? '',
    country: fields.country ?? 'OTHER',
    attendance: fields.attendance ?? 'in-room',
    allottedMs: (fields.allottedMs ?? minutes(5)) as DurationMs,
  };
}

/**
 * An imported agenda (plan.import): new parts with new ids, replacing the
 * run-of-show or after it. Replacing is refused while a segment is live
 * (it would vanish from under the timer). A replacing agenda whose first
 * segment has a fixed start moves the day start to it (an organiser's
 * sheet says when the day begins). The published baseline stays as it
 * was, so the day summary shows what the import changed.
 */
function importPlan(doc: Doc, cmd: CommandOf<'plan.import'>, ctx: CommandContext): void {
  const parts = cmd.parts.map((input, p): Part => ({
    id: ctx.newId(),
    title: input.title,
    segments: input.segments.map(({ speakers, ...fields }, s) => {
      const segment = newSegment(ctx, fields);
      segment.speakers = speakers.map((speaker) => newSpeaker(ctx, speaker));
      const at = `parts.${p}.segments.${s}`;
      checkThresholds(segment, 'allottedMs', { warningMs: `${at}.warningMs`, finalMs: `${at}.finalMs`, allottedMs: `${at}.speakers` });
      return segment;
    }),
  }));
  if (cmd.mode === 'append') {
    doc.parts.push(...parts);
    return;
  }
  const live = liveSegment(base(doc));
  if (live) reject('conflict', 'mode', `"${live.title}" is live: mark it done before replacing the run-of-show, or add the imported agenda after it`);
  doc.parts = parts;
  const opening = parts[0]!.segments[0]?.hardStart;
  if (opening) doc.event.dayStart = opening;
}

function goLive(doc: Doc, segment: Draft<Segment>, cmd: CommandOf<'segment.setStatus'>, ctx: CommandContext): void {
  const { event } = base(doc);
  if (offDayChoiceNeeded(base(doc), ctx.today)) {
    if (cmd.offDay === 'moveToToday') doc.event.date = ctx.today;
    else if (cmd.offDay === 'keepEventDate') doc.eventDateKeptOn = ctx.today;
    else reject('conflict', 'offDay', `the event is dated ${event.date} and today is ${ctx.today} in ${event.timeZone}: move the event to today, or run against the event date`);
  }
  if (base(doc).published === null) doc.published = planOf(base(doc), ctx.now);
  const live = liveSegment(base(doc));
  if (live) {
    const other = segmentOf(doc, live.id).segment;
    other.status = 'done';
    other.actualEndAt = ctx.now;
  }
  const endedAt = segment.actualEndAt ?? segment.actualStartAt;
  const resumes =
    segment.status === 'done' &&
    endedAt !== null &&
    !allSegments(base(doc)).some((s) => s.id !== segment.id && s.actualStartAt !== null && s.actualStartAt >= endedAt);
  if (!resumes) segment.actualStartAt = ctx.now;
  segment.actualEndAt = null;
}

function setStatus(doc: Doc, cmd: CommandOf<'segment.setStatus'>, ctx: CommandContext): void {
  if (cmd.offDay !== undefined && cmd.status !== 'live') reject('invalid', 'offDay', 'only goes with status "live"');
  const { segment } = segmentOf(doc, cmd.segmentId);
  if (segment.status === cmd.status) return;
  switch (cmd.status) {
    case 'live':
      goLive(doc, segment, cmd, ctx);
      break;
    case 'done':
      if (segment.status === 'live') segment.actualEndAt = ctx.now;
      else if (segment.status === 'skipped') reject('conflict', 'status', 'a skipped segment can not be marked done; mark it planned or live first');
      break;
    case 'skipped':
      if (segment.status === 'live') reject('conflict', 'status', 'the live segment can not be skipped; mark it done instead');
      segment.actualStartAt = null;
      segment.actualEndAt = null;
      break;
    case 'planned':
      segment.actualStartAt = null;
      segment.actualEndAt = null;
      break;
  }
  segment.status = cmd.status;
}

/** A field of an event patch to blame for a broken plan rule: the first of `order` the patch sets. */
function patchField(patch: object, order: readonly string[]): string | null {
  const key = order.find((k) => k in patch);
  return key === undefined ? null : `patch.${key}`;
}

/** Says which field of a command to blame for a broken rule of the plan. */
export type PlanBlame = (violation: PlanViolation) => string | null;

/**
 * How to blame a command that breaks a rule of the plan (rules.ts), or null
 * for commands that can not break one. The caller checks the finished
 * document with `planViolation` and refuses the command on the field named.
 */
export function planBlame(cmd: RunOfShowCommand): PlanBlame | null {
  switch (cmd.type) {
    case 'event.update':
      if (!['dayStart', 'date', 'timeZone'].some((key) => key in cmd.patch)) return null;
      return (violation) => {
        if (violation.kind === 'dayStartSkipped') return patchField(cmd.patch, ['dayStart', 'date', 'timeZone']);
        if (violation.kind === 'order') return patchField(cmd.patch, ['dayStart']);
        return patchField(cmd.patch, ['date', 'timeZone']);
      };
    case 'segment.add':
      return cmd.segment.hardStart ? () => 'segment.hardStart' : null;
    case 'segment.update':
      return cmd.patch.hardStart ? () => 'patch.hardStart' : null;
    case 'segment.move':
    case 'part.move':
      return (violation) => (violation.kind === 'order' ? 'toIndex' : null);
    case 'segment.setStatus':
      return cmd.offDay === 'moveToToday' ? () => 'offDay' : null;
    case 'plan.import':
      return () => 'parts';
    default:
      return null;
  }
}

export function applyRunOfShow(doc: Doc, cmd: RunOfShowCommand, ctx: CommandContext): void {
  switch (cmd.type) {
    case 'event.update': {
      Object.assign(doc.event, cmd.patch);
      return;
    }
    case 'part.add': {
      const part: Part = { id: ctx.newId(), title: cmd.title, segments: [] };
      doc.parts.splice(clampIndex(cmd.index, doc.parts.length), 0, part);
      return;
    }
    case 'part.update':
      doc.parts[partIndexOf(doc, cmd.partId, 'partId')]!.title = cmd.title;
      return;
    case 'part.delete': {
      const index = partIndexOf(doc, cmd.partId, 'partId');
      if (doc.parts[index]!.segments.some((s) => s.status === 'live')) {
        reject('conflict', 'partId', 'this part holds the live segment; mark it done first');
      }
      doc.parts.splice(index, 1);
      return;
    }
    case 'part.move': {
      const from = partIndexOf(doc, cmd.partId, 'partId');
      const [part] = doc.parts.splice(from, 1);
      doc.parts.splice(clampIndex(cmd.toIndex, doc.parts.length), 0, part!);
      return;
    }
    case 'segment.add': {
      const part = doc.parts[partIndexOf(doc, cmd.partId, 'partId')]!;
      const segment = newSegment(ctx, cmd.segment);
      checkThresholds(segment, changedThreshold(cmd.segment) ?? 'finalMs', { warningMs: 'segment.warningMs', finalMs: 'segment.finalMs' });
      part.segments.splice(clampIndex(cmd.index, part.segments.length), 0, segment);
      return;
    }
    case 'segment.update': {
      const { segment } = segmentOf(doc, cmd.segmentId);
      Object.assign(segment, cmd.patch);
      const changed = changedThreshold(cmd.patch);
      if (changed) checkThresholds(segment, changed, { warningMs: 'patch.warningMs', finalMs: 'patch.finalMs' });
      return;
    }
    case 'segment.delete': {
      const { partIndex, segmentIndex, segment } = segmentOf(doc, cmd.segmentId);
      if (segment.status === 'live') reject('conflict', 'segmentId', 'the live segment can not be deleted; mark it done first');
      doc.parts[partIndex]!.segments.splice(segmentIndex, 1);
      return;
    }
    case 'segment.move': {
      const { partIndex, segmentIndex } = segmentOf(doc, cmd.segmentId);
      const target = doc.parts[partIndexOf(doc, cmd.toPartId, 'toPartId')]!;
      const [segment] = doc.parts[partIndex]!.segments.splice(segmentIndex, 1);
      target.segments.splice(clampIndex(cmd.toIndex, target.segments.length), 0, segment!);
      return;
    }
    case 'segment.setStatus':
      setStatus(doc, cmd, ctx);
      return;
    case 'speaker.add': {
      const { segment } = segmentOf(doc, cmd.segmentId);
      segment.speakers.splice(clampIndex(cmd.index, segment.speakers.length), 0, newSpeaker(ctx, cmd.speaker));
      checkThresholds(segment, 'allottedMs', { allottedMs: 'speaker.allottedMs' });
      return;
    }
    case 'speaker.update': {
      const { partIndex, segmentIndex, speakerIndex } = speakerOf(doc, cmd.speakerId);
      const segment = doc.parts[partIndex]!.segments[segmentIndex]!;
      Object.assign(segment.speakers[speakerIndex]!, cmd.patch);
      if (cmd.patch.allottedMs !== undefined) checkThresholds(segment, 'allottedMs', { allottedMs: 'patch.allottedMs' });
      return;
    }
    case 'speaker.delete': {
      const { partIndex, segmentIndex, speakerIndex } = speakerOf(doc, cmd.speakerId);
      doc.parts[partIndex]!.segments[segmentIndex]!.speakers.splice(speakerIndex, 1);
      return;
    }
    case 'speaker.move': {
      const { partIndex, segmentIndex, speakerIndex } = speakerOf(doc, cmd.speakerId);
      const { segment: target } = segmentOf(doc, cmd.toSegmentId, 'toSegmentId');
      const [speaker] = doc.parts[partIndex]!.segments[segmentIndex]!.speakers.splice(speakerIndex, 1);
      target.speakers.splice(clampIndex(cmd.toIndex, target.speakers.length), 0, speaker!);
      checkThresholds(target, 'allottedMs', { allottedMs: 'toSegmentId' });
      return;
    }
    case 'plan.publish':
      doc.published = planOf(base(doc), ctx.now);
      return;
    case 'plan.import':
      importPlan(doc, cmd, ctx);
      return;
  }
}
