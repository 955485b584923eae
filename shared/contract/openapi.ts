/**
 * The remote-control API (remote.ts) as an OpenAPI 3.1 document, generated
 * from the same zod schemas the server parses with: `npm run openapi`
 * writes docs/openapi.json, and a unit test keeps it up to date.
 */
import { z } from 'zod';
import { REST_ROUTES } from './remote';
import { remoteStateSchema } from './remote-state';

const errorSchema = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(['invalid', 'not-found', 'conflict', 'forbidden', 'rate-limited', 'internal']),
    field: z.string().meta({ description: 'Where the problem is: query.seconds, body.text, path.id, token, segmentId, …' }),
    message: z.string().meta({ description: 'What is wrong, in plain words.' }),
  }),
});
const versionSchema = z.object({ ok: z.literal(true), version: z.number().int().meta({ description: 'The session version after the change.' }) });

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });

export function openApiDocument(appVersion: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of REST_ROUTES) {
    const parameters = [
      ...(route.path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }] : []),
      ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({ name, in: 'query', required: true, schema: json(schema as z.ZodType) })),
    ];
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: route.summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(route.body) } } } } : {}),
      responses: {
        200: { description: 'Done', content: { 'application/json': { schema: { $ref: route.result === 'state' ? '#/components/schemas/RemoteState' : '#/components/schemas/Changed' } } } },
        400: { $ref: '#/components/responses/Refused' },
        403: { $ref: '#/components/responses/Refused' },
        404: { $ref: '#/components/responses/Refused' },
        409: { $ref: '#/components/responses/Refused' },
        429: { $ref: '#/components/responses/Refused' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Moderator Console remote control',
      version: appVersion,
      description:
        'Run the speaker timer from the AV desk (Bitfocus Companion, show control, scripts). On the venue network, the network-view port with the control token (the view token may only read the state); on the console computer itself, no token. See docs/api.md.',
    },
    servers: [{ url: 'http://{host}:{port}', variables: { host: { default: '127.0.0.1' }, port: { default: '4190' } } }],
    security: [{ bearer: [] }, { header: [] }, { query: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <control token>' },
        header: { type: 'apiKey', in: 'header', name: 'X-Moderator-Token' },
        query: { type: 'apiKey', in: 'query', name: 'token' },
      },
      schemas: { RemoteState: json(remoteStateSchema), Changed: json(versionSchema), Refusal: json(errorSchema) },
      responses: { Refused: { description: 'Refused: nothing was changed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Refusal' } } } } },
    },
  };
}
