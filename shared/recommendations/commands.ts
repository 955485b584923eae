/**
 * Commands of the rapporteur's record (see recommendations.ts), and the zod
 * rules for a recommendation's fields. Imported files are held to the same
 * rules (export/import-file.ts builds on these schemas).
 */
import { z } from 'zod';
import { author, id, isoDate, name, plainText, requiredName, text, title } from '../kernel/fields';
import { LIMITS } from '../kernel/limits';
import type { OfType } from '../kernel/command-context';
import { ACTION_PROGRESS, ADDRESSEES, EXPECTED_OUTCOMES, MECHANISMS, MERGE_FIELDS, OBJECTIVES, PRIORITIES, PRIOR_VERSIONS_KEPT, REC_COUNTRIES, REC_STATUSES, WPS_PILLARS, type EditableMergeField, type MergeField } from './model';

/** The most records one import may carry (a day of several rapporteurs is a few hundred). */
export const IMPORT_MAX_RECORDS = 20_000;
/** The most segments an imported file may describe. */
export const IMPORT_MAX_SEGMENTS = 2_000;

/** Statuses a rapporteur sets directly; "merged" is set by rec.merge only. */
export const EDITABLE_STATUSES = REC_STATUSES.filter((s) => s !== 'merged') as Exclude<(typeof REC_STATUSES)[number], 'merged'>[];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, `must be one of: ${values.join(', ')}`);

function distinct(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

function listOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.array(oneOf(values)).max(values.length, `must list at most ${values.length}`).refine(distinct, 'must not list a value twice').meta({ uniqueItems: true });
}

const recText = plainText().trim().min(1, 'must not be empty').max(LIMITS.textChars, `must be at most ${LIMITS.textChars} characters`);
const recTitle = plainText().trim().max(LIMITS.titleChars, `must be at most ${LIMITS.titleChars} characters`);
const roadmapText = (max: number) => plainText().trim().max(max, `must be at most ${max} characters`);
/** The recommendation as an action of the Roadmap of Cooperation (model.ts). */
export const roadmapSchema = z.strictObject({
  action: roadmapText(LIMITS.titleChars * 2),
  lead: roadmapText(LIMITS.nameChars),
  partners: roadmapText(LIMITS.titleChars * 2),
  due: isoDate.nullable(),
  mechanism: oneOf(MECHANISMS).nullable(),
  progress: oneOf(ACTION_PROGRESS),
});

const tags = z.array(requiredName).max(LIMITS.listItems, `must list at most ${LIMITS.listItems}`).refine(distinct, 'must not list a tag twice').meta({ uniqueItems: true });

/** Every field of a recommendation, as imported; the editable fields below are a subset. */
export const recommendationShape = {
  text: recText,
  title: recTitle,
  pillar: oneOf(WPS_PILLARS).nullable(),
  objective: oneOf(OBJECTIVES).nullable(),
  outcome: oneOf(EXPECTED_OUTCOMES).nullable(),
  countries: listOf(REC_COUNTRIES),
  addressees: listOf(ADDRESSEES),
  status: oneOf(REC_STATUSES),
  priority: oneOf(PRIORITIES).nullable(),
  tags,
  rapporteur: name,
  segmentId: id.nullable(),
  speakerId: id.nullable(),
  mergedInto: id.nullable(),
  roadmap: roadmapSchema,
};

const { mergedInto: _mergedInto, status: _status, ...editableShape } = recommendationShape;

/** The fields a rapporteur sets by hand: a merge and its link are made by rec.merge only. */
export const recommendationFieldsSchema = z.strictObject({
  ...editableShape,
  status: z.enum(EDITABLE_STATUSES, `must be one of: ${EDITABLE_STATUSES.join(', ')} (use Merge to merge a recommendation)`),
});
/** A change of some fields; of the roadmap, only the parts it names (two rapporteurs may fill different parts). */
export const recommendationPatchSchema = recommendationFieldsSchema.partial().extend({ roadmap: roadmapSchema.partial().optional() });

const epoch = z.number('must be epoch milliseconds').int('must be whole milliseconds').min(0, 'must not be negative').max(8.64e15, 'is out of range');

/** A whole record as another rapporteur's file carries it, times in epoch ms. */
export const importedRecordSchema = z
  .strictObject({
    id,
    ...recommendationShape,
    createdAt: epoch,
    updatedAt: epoch,
    priorVersions: z.array(epoch).max(PRIOR_VERSIONS_KEPT, `must list at most ${PRIOR_VERSIONS_KEPT}`),
  })
  .superRefine((rec, ctx) => {
    if ((rec.status === 'merged') !== (rec.mergedInto !== null)) {
      ctx.addIssue({ code: 'custom', path: ['mergedInto'], message: 'must be set exactly when status is "merged"' });
    }
    if (rec.mergedInto === rec.id) ctx.addIssue({ code: 'custom', path: ['mergedInto'], message: 'must not be the record itself' });
    if (rec.updatedAt < rec.createdAt) ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'must not be before createdAt' });
    const badVersion = rec.priorVersions.findIndex((v) => v >= rec.updatedAt);
    if (badVersion >= 0) ctx.addIssue({ code: 'custom', path: ['priorVersions', badVersion], message: 'must be before updatedAt' });
  });

/** A segment of the other session, with the speakers its records name. */
export const foreignSegmentSchema = z.strictObject({
  id,
  title,
  part: title,
  speakers: z.array(z.strictObject({ id, name: requiredName })).max(500, 'must list at most 500'),
});

function uniqueIds(items: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `repeats id "${item.id}"` });
    seen.add(item.id);
  });
}

const side = z.enum(['ours', 'theirs'], 'must be "ours" or "theirs"');

/** A side per merge field; any other key is refused (a strict object: `__proto__` is an unknown key, not dropped). */
const fieldSides = z.strictObject(Object.fromEntries(MERGE_FIELDS.map((field) => [field, side.optional()])) as Record<MergeField, z.ZodOptional<typeof side>>);

/** What a rapporteur may write anew when resolving a conflict, by merge field. */
const resolveEditsSchema = z
  .strictObject({
    text: recText,
    title: recTitle,
    tags,
    rapporteur: name,
    'roadmap.action': roadmapSchema.shape.action,
    'roadmap.lead': roadmapSchema.shape.lead,
    'roadmap.partners': roadmapSchema.shape.partners,
  } satisfies Record<EditableMergeField, z.ZodType>)
  .partial();

export const recommendationCommands = [
  z.strictObject({ type: z.literal('rec.add'), recommendation: recommendationPatchSchema.extend({ text: recText }), author }),
  z.strictObject({ type: z.literal('rec.update'), id, patch: recommendationPatchSchema, author }),
  z.strictObject({ type: z.literal('rec.merge'), id, intoId: id, author }),
  z.strictObject({ type: z.literal('rec.draft'), rapporteur: requiredName, text }),
  z.strictObject({
    type: z.literal('rec.import'),
    source: requiredName,
    /** The event the file is of: segments are matched by title only within the same event (merge.ts). Absent in commands journaled before files said. */
    event: z.strictObject({ title, date: isoDate }).optional(),
    segments: z.array(foreignSegmentSchema).max(IMPORT_MAX_SEGMENTS, `must list at most ${IMPORT_MAX_SEGMENTS}`).superRefine(uniqueIds),
    records: z.array(importedRecordSchema).max(IMPORT_MAX_RECORDS, `must hold at most ${IMPORT_MAX_RECORDS} recommendations`).superRefine(uniqueIds),
    author,
  }),
  z.strictObject({
    type: z.literal('rec.resolve'),
    id,
    /** The side of every field not named in `fields`. */
    keep: side,
    /** A side per field (merge.ts). */
    fields: fieldSides.optional(),
    /** Fields written anew (free text only). */
    edits: resolveEditsSchema.optional(),
    author,
  }),
] as const;

export type RecommendationCommand = z.infer<(typeof recommendationCommands)[number]>;
export type RecommendationCommandOf<T extends RecommendationCommand['type']> = OfType<RecommendationCommand, T>;
