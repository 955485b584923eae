// Writes the recommendations export's JSON Schema from its zod schema
// (shared/recommendations/files/export-schema.ts): `npm run schema`.
// A unit test fails when the checked-in file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from '../shared/recommendations/files/export-schema';

export const SCHEMA_PATH = 'shared/recommendations/files/recommendations-export.schema.json';

writeFileSync(SCHEMA_PATH, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_PATH}`);
