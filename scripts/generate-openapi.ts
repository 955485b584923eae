// Writes docs/openapi.json from the remote-control routes and their zod
// schemas (shared/contract/openapi.ts): `npm run openapi`. A unit test fails
// when the checked-in file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../shared/contract/openapi';

export const OPENAPI_PATH = 'docs/openapi.json';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
writeFileSync(OPENAPI_PATH, `${JSON.stringify(openApiDocument(version), null, 2)}\n`);
console.log(`wrote ${OPENAPI_PATH}`);
