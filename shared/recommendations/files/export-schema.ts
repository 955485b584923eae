/**
 * The recommendations export (JSON, format version 1) as one zod schema:
 * the single source of the file's shape. `RecommendationsExport` (what
 * format.ts writes) is its input type; import-file.ts reads files with it;
 * recommendations-export.schema.json is generated from it (`npm run
 * schema`, checked up to date by a unit test), for anyone outside the app.
 */
import { z } from 'zod';
import { eventPatchSchema } from '../../run-of-show/commands';
import { LIMITS } from '../../kernel/limits';
import { plainText } from '../../kernel/fields';
import { foreignSegmentSchema, importedRecordSchema, recommendationShape, IMPORT_MAX_RECORDS, IMPORT_MAX_SEGMENTS } from '../commands';
import { PRIOR_VERSIONS_KEPT } from '../model';

export const EXPORT_FORMAT = 'moderator-console/recommendations';
/** 2 added each record's `roadmap`; a version-1 file is still read (its records get an empty roadmap: import-file.ts). */
export const EXPORT_FORMAT_VERSION = 2;

const instant = z
  .string('must be a time as an ISO 8601 string')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be a UTC time as 2023-10-16T04:00:00.000Z')
  .transform((text, ctx) => {
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) ctx.addIssue({ code: 'custom', message: 'is not a real date and time' });
    return ms;
  })
  .meta({ description: 'A UTC instant with milliseconds, ISO 8601.' });

const recordSchema = z
  .strictObject({
    id: z.uuid('must be a UUID').meta({ description: 'Stable UUID, kept across exports and merges.' }),
    ...recommendationShape,
    mergedInto: z.uuid('must be a UUID').nullable().meta({ description: 'Set exactly when status is "merged": the recommendation this one was merged into.' }),
    roadmap: recommendationShape.roadmap.meta({
      description: 'The recommendation as an action of the Roadmap of Cooperation: what (empty: the title or text says it), who leads, with whom, by when (a date), which mechanism of civil-society participation, how far it has come.',
    }),
    createdAt: instant,
    updatedAt: instant.meta({ description: 'The version stamp: every change makes a new, later one.' }),
    priorVersions: z
      .array(instant)
      .max(PRIOR_VERSIONS_KEPT, `must list at most ${PRIOR_VERSIONS_KEPT}`)
      .meta({ description: 'The version stamps this record went through, oldest first: how a merge tells an older copy from an edit on both sides.' }),
  })
  // The rule importedRecordSchema checks in code, written out for readers of the JSON Schema.
  .meta({
    if: { properties: { status: { const: 'merged' } } },
    then: { properties: { mergedInto: { type: 'string' } } },
    else: { properties: { mergedInto: { type: 'null' } } },
  })
  .pipe(importedRecordSchema);

export const exportFileSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION).meta({ description: 'Bumped on any change an older reader could not read (2: each record has a roadmap). The app still reads version 1.' }),
    exportedAt: instant,
    app: z.strictObject({ name: plainText().min(1).max(LIMITS.nameChars), version: plainText().min(1).max(LIMITS.nameChars) }),
    event: eventPatchSchema.required().extend({
      timeNotice: z
        .string()
        .max(2000, 'must be at most 2000 characters')
        .meta({ description: 'The concept note’s time line, e.g. "10:00 - Astana, Bishkek; 09:00 - Dushanbe, Ashgabat, Tashkent".' }),
    }),
    segments: z
      .array(foreignSegmentSchema)
      .max(IMPORT_MAX_SEGMENTS, `must list at most ${IMPORT_MAX_SEGMENTS}`)
      .meta({
        description:
          'The agenda the recommendations refer to: every segment of the run-of-show with its speakers, in run-of-show order, then the segments of other sessions that imported records name, with the speakers they name. Another laptop matches them by id, then by title and name within the same event.',
      }),
    recommendations: z.array(recordSchema).max(IMPORT_MAX_RECORDS, `must hold at most ${IMPORT_MAX_RECORDS} recommendations`),
  })
  .meta({
    $id: `urn:moderator-console:recommendations-export:${EXPORT_FORMAT_VERSION}`,
    title: `Moderator Console recommendations export, format version ${EXPORT_FORMAT_VERSION}`,
    description:
      "The rapporteur's recommendations of one session with the event and the segments they refer to. UTF-8 JSON. Records are in creation order (ties by id); keys are always in the same order. Another rapporteur's app merges a file like this by record id (see shared/recommendations/merge.ts).",
  });

/** The file as written: what format.ts builds and serializes. */
export type RecommendationsExport = z.input<typeof exportFileSchema>;
export type ExportRecommendation = RecommendationsExport['recommendations'][number];
export type ExportSegment = RecommendationsExport['segments'][number];
export type ExportEvent = RecommendationsExport['event'];

/** The JSON Schema (draft 2020-12) of the file, generated from the zod schema. */
export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
}
