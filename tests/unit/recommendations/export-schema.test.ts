/**
 * The export's JSON Schema is generated from its zod schema, never written
 * by hand: the checked-in file must be exactly what `npm run schema` writes,
 * and files the app writes must validate against it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../../shared/recommendations/files/export-schema';
import { buildExport } from '../../../shared/recommendations/files/format';
import { Rapporteur, expectValidExport, schemaAccepts } from './fixtures';

const CHECKED_IN = 'shared/recommendations/files/recommendations-export.schema.json';

describe('the export JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
  });

  it('validates a real export, and refuses one with a field the schema does not know', () => {
    const rapporteur = new Rapporteur(3);
    rapporteur.add('Create a regional network of women mediators');
    const data = JSON.parse(JSON.stringify(buildExport(rapporteur.doc, { exportedAt: rapporteur.clock.now(), appVersion: '0.1.0' }))) as object;
    expectValidExport(data);
    expect(schemaAccepts({ ...data, extra: true })).toBe(false);
    expect(schemaAccepts({ ...data, formatVersion: 3 })).toBe(false);
  });
});
