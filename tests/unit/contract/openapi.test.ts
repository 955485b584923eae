/**
 * docs/openapi.json is generated from the routes and their zod schemas,
 * never written by hand: the checked-in file must be what `npm run openapi`
 * writes, it must name every route, and what the API really answers must
 * validate against it.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../shared/contract/openapi';
import { REST_ROUTES } from '../../../shared/contract/remote';
import { remoteState } from '../../../shared/contract/remote-state';
import { createExampleSession } from '../../../shared/session/example-session';
import { almaty, counterIds } from '../helpers';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('the API’s OpenAPI file', () => {
  it('is up to date with the routes (run `npm run openapi` after changing them)', () => {
    expect(readFileSync('docs/openapi.json', 'utf8')).toBe(`${JSON.stringify(openApiDocument(version), null, 2)}\n`);
  });

  it('names every route, and the state the API answers validates against it', () => {
    const document = openApiDocument(version) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, object> } };
    for (const route of REST_ROUTES) expect(document.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(document.components.schemas.RemoteState!);
    const state = remoteState(createExampleSession(counterIds()), 3, almaty('10:30'));
    expect(validate(JSON.parse(JSON.stringify(state))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...state, timer: { ...state.timer, status: 'flying' } })).toBe(false);
  });
});
