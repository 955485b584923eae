/**
 * Commands of the run-of-show (see model.ts and apply.ts): the event's
 * details, parts, segments and speakers. The schemas are the boundary: each
 * field carries its own limit and message (kernel/fields.ts).
 */
import { z } from 'zod';
import { ATTENDANCE, EVENT_FORMATS, SEGMENT_KINDS, SEGMENT_STATUSES } from './model';
import { COUNTRIES } from '../kernel/countries';
import { LIMITS } from '../kernel/limits';
import { id, index, isoDate, name, requiredName, text, timeOfDay, timeZone, title, wholeMs } from '../kernel/fields';
import type { OfType } from '../kernel/command-context';

export const participantZoneSchema = z.strictObject({ label: requiredName, timeZone });

/** Each place once: a notice that says "05:00 - Brussels, Brussels" helps nobody. Places are compared as people read them (case and spaces aside). */
const participantZones = z
  .array(participantZoneSchema)
  .max(LIMITS.listItems, `must list at most ${LIMITS.listItems}`)
  .superRefine((zones, ctx) => {
    const seen = new Map<string, number>();
    zones.forEach((zone, index) => {
      const key = zone.label.toLocaleLowerCase().replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'label'], message: `lists "${zone.label}" a second time (line ${first + 1} has it); each place once` });
    });
  });

/** How Go live on an event dated another day goes on: see apply.ts. */
export const OFF_DAY_CHOICES = ['moveToToday', 'keepEventDate'] as const;
export type OffDayChoice = (typeof OFF_DAY_CHOICES)[number];

export const eventPatchSchema = z
  .strictObject({
    title,
    venue: name,
    date: isoDate,
    timeZone,
    dayStart: timeOfDay,
    format: z.enum(EVENT_FORMATS),
    organizers: z.array(requiredName).max(LIMITS.listItems, `must list at most ${LIMITS.listItems}`),
    participantZones,
  })
  .partial();

export const segmentFieldsSchema = z.strictObject({
  title,
  kind: z.enum(SEGMENT_KINDS),
  plannedDurationMs: wholeMs(LIMITS.segmentMaxMs, 60_000),
  hardStart: timeOfDay.nullable(),
  chair: name,
  notes: text,
  warningMs: wholeMs(LIMITS.segmentMaxMs, 1000),
  finalMs: wholeMs(LIMITS.segmentMaxMs, 1000),
});
export const segmentPatchSchema = segmentFieldsSchema.partial();

export const speakerFieldsSchema = z.strictObject({
  name: requiredName,
  organization: name,
  country: z.enum(COUNTRIES),
  attendance: z.enum(ATTENDANCE),
  allottedMs: wholeMs(LIMITS.speakerMaxMs, 0),
});
export const speakerPatchSchema = speakerFieldsSchema.partial();

export const runOfShowCommands = [
  z.strictObject({ type: z.literal('event.update'), patch: eventPatchSchema }),
  z.strictObject({ type: z.literal('part.add'), title, index: index.optional() }),
  z.strictObject({ type: z.literal('part.update'), partId: id, title }),
  z.strictObject({ type: z.literal('part.delete'), partId: id }),
  z.strictObject({ type: z.literal('part.move'), partId: id, toIndex: index }),
  z.strictObject({
    type: z.literal('segment.add'),
    partId: id,
    index: index.optional(),
    segment: segmentFieldsSchema.partial().extend({ title }),
  }),
  z.strictObject({ type: z.literal('segment.update'), segmentId: id, patch: segmentPatchSchema }),
  z.strictObject({ type: z.literal('segment.delete'), segmentId: id }),
  z.strictObject({ type: z.literal('segment.move'), segmentId: id, toPartId: id, toIndex: index }),
  z.strictObject({ type: z.literal('segment.setStatus'), segmentId: id, status: z.enum(SEGMENT_STATUSES), offDay: z.enum(OFF_DAY_CHOICES).optional() }),
  z.strictObject({ type: z.literal('plan.publish') }),
  z.strictObject({
    type: z.literal('speaker.add'),
    segmentId: id,
    index: index.optional(),
    speaker: speakerFieldsSchema.partial().extend({ name: requiredName }),
  }),
  z.strictObject({ type: z.literal('speaker.update'), speakerId: id, patch: speakerPatchSchema }),
  z.strictObject({ type: z.literal('speaker.delete'), speakerId: id }),
  z.strictObject({ type: z.literal('speaker.move'), speakerId: id, toSegmentId: id, toIndex: index }),
] as const;

export type RunOfShowCommand = z.infer<(typeof runOfShowCommands)[number]>;
export type RunOfShowCommandOf<T extends RunOfShowCommand['type']> = OfType<RunOfShowCommand, T>;
