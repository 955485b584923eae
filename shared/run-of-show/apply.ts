/**
 * Applies run-of-show commands to an immer draft of the session document.
 * Pure: the time and new ids come from the context, so replaying a journal
 * gives the same document. Refusals throw CommandRejected before anything
 * is committed (the caller discards the draft).
 *
 * Cost: lookups read the original (plain) document and then touch only the
 * path being changed, so a command drafts a handful of objects whatever
 * the size of the run-of-show. Whole-document rules (hard-start order) are
 * checked once on the finished document, see `hardStartField`.
 */
import { original, type Draft } from 'immer';
import type { RunOfShowCommand, RunOfShowCommandOf as CommandOf } from './commands';
import { reject } from '../kernel/errors';
import type { Part, RunOfShowDoc, Segment, Speaker } from './model';
import { allSegments, DEFAULT_FINAL_MS, DEFAULT_WARNING_MS, findSegment, findSpeaker, liveSegment } from './model';
import type { DurationMs, TimeOfDay } from '../kernel/units';
import { minutes } from '../kernel/units';
import { minutesOfDay } from '../kernel/timezones';
import type { CommandContext } from '../kernel/command-context';

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

/**
 * Hard starts must not go backwards along the run-of-show, and none may be
 * before the day's start. Returns a message for the first violation.
 */
export function hardStartViolation(doc: Pick<RunOfShowDoc, 'parts' | 'event'>): { segmentId: string | null; message: string } | null {
  let previous: { time: TimeOfDay; title: string } = { time: doc.event.dayStart, title: 'the start of the day' };
  for (const segment of allSegments(doc)) {
    if (segment.hardStart === null) continue;
    if (minutesOfDay(segment.hardStart) < minutesOfDay(previous.time)) {
      return {
        segmentId: segment.id,
        message: `${segment.hardStart} ("${segment.title}") is before ${previous.time} (${previous.title}); hard starts must follow the run-of-show order`,
      };
    }
    previous = { time: segment.hardStart, title: `"${segment.title}"` };
  }
  return null;
}

function newSegment(ctx: CommandContext, fields: CommandOf<'segment.add'>['segment']): Segment {
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

function setStatus(doc: Doc, cmd: CommandOf<'segment.setStatus'>, ctx: CommandContext): void {
  const { segment } = segmentOf(doc, cmd.segmentId);
  if (segment.status === cmd.status) return;
  switch (cmd.status) {
    case 'live': {
      const live = liveSegment(base(doc));
      if (live) {
        const other = segmentOf(doc, live.id).segment;
        other.status = 'done';
        other.actualEndAt = ctx.now;
      }
      if (segment.status !== 'done' || segment.actualStartAt === null) segment.actualStartAt = ctx.now;
      segment.actualEndAt = null;
      break;
    }
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

/**
 * The field to blame when a command breaks the hard-start order, or null
 * for commands that can not change it. The caller checks the finished
 * document with `hardStartViolation` and refuses the command if needed.
 */
export function hardStartField(cmd: RunOfShowCommand): string | null {
  switch (cmd.type) {
    case 'event.update':
      return cmd.patch.dayStart === undefined ? null : 'patch.dayStart';
    case 'segment.add':
      return cmd.segment.hardStart ? 'segment.hardStart' : null;
    case 'segment.update':
      return cmd.patch.hardStart ? 'patch.hardStart' : null;
    case 'segment.move':
    case 'part.move':
      return 'toIndex';
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
      part.segments.splice(clampIndex(cmd.index, part.segments.length), 0, newSegment(ctx, cmd.segment));
      return;
    }
    case 'segment.update': {
      Object.assign(segmentOf(doc, cmd.segmentId).segment, cmd.patch);
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
      return;
    }
    case 'speaker.update': {
      const { partIndex, segmentIndex, speakerIndex } = speakerOf(doc, cmd.speakerId);
      Object.assign(doc.parts[partIndex]!.segments[segmentIndex]!.speakers[speakerIndex]!, cmd.patch);
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
      return;
    }
  }
}
