/**
 * The remote-control verbs, for the AV desk: each is a call of the method
 * map (methods.ts), so a remote has exactly the scopes and checks of any
 * other view. Two bindings read this one table: HTTP
 * (electron/host/net/rest-api.ts, documented in docs/api.md and the
 * generated docs/openapi.json) and OSC over UDP
 * (electron/host/net/osc-bridge.ts, docs/companion.md).
 */
import { z } from 'zod';
import type { ArgsOf, MethodName } from './methods';
import { plainText } from '../kernel/fields';
import { MESSAGE_MAX_CHARS } from '../timer/commands';
import { OFF_DAY_CHOICES } from '../run-of-show/commands';

/** A call of the method map with its arguments. */
export interface RemoteCall {
  method: MethodName;
  args: ArgsOf<MethodName>;
}

const dispatch = (command: object): RemoteCall => ({ method: 'session.dispatch', args: { command } });

const seconds = z.coerce
  .number('must be a number of seconds')
  .int('must be whole seconds')
  .refine((n) => n !== 0, 'must not be zero')
  .refine((n) => Math.abs(n) <= 3600, 'must be at most one hour either way');
const onOff = z.enum(['1', '0', 'true', 'false', 'on', 'off'], 'must be 1 or 0').transform((v) => v === '1' || v === 'true' || v === 'on');
const offDayChoice = z.enum(OFF_DAY_CHOICES, 'must be keepEventDate or moveToToday');
const segmentId = z.uuid('must be a segment id (a UUID, as GET /api/v1/state gives it)');
const messageBody = z.strictObject({
  text: plainText().trim().min(1, 'must not be empty').max(MESSAGE_MAX_CHARS, `must be at most ${MESSAGE_MAX_CHARS} characters`),
  flash: z.boolean('must be true or false').default(false),
});

export interface RestRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** With `{id}` for a path parameter. */
  path: string;
  summary: string;
  /** Query parameters, as strings. */
  query?: z.ZodObject;
  body?: z.ZodType;
  call(input: { query: Record<string, unknown>; body: unknown; id: string | undefined }): RemoteCall;
  /** What a successful answer holds. */
  result: 'state' | 'version';
}

const timerAction = (verb: 'start' | 'pause' | 'reset' | 'next' | 'previous', summary: string): RestRoute => ({
  method: 'POST',
  path: `/api/v1/timer/${verb}`,
  summary,
  call: () => dispatch({ type: `timer.${verb}` }),
  result: 'version',
});

export const REST_ROUTES: readonly RestRoute[] = [
  { method: 'GET', path: '/api/v1/state', summary: 'The speaker timer, the live and next segment, and how late the day runs.', call: () => ({ method: 'remote.state', args: {} }), result: 'state' },
  timerAction('start', 'Start the speaker timer.'),
  { method: 'POST', path: '/api/v1/timer/toggle', summary: 'Start the speaker timer if it is stopped, else pause it.', call: () => ({ method: 'remote.toggle', args: {} }), result: 'version' },
  timerAction('pause', 'Pause the speaker timer.'),
  timerAction('reset', 'Reset the current speaker’s time to their allotment.'),
  timerAction('next', 'The next speaker of the queue (the clock keeps running if it ran).'),
  timerAction('previous', 'The previous speaker of the queue.'),
  {
    method: 'POST',
    path: '/api/v1/timer/add',
    summary: 'Add time to the current speaker (negative to remove), in seconds: ?seconds=60.',
    query: z.strictObject({ seconds }),
    call: ({ query }) => dispatch({ type: 'timer.adjust', deltaMs: (query.seconds as number) * 1000 }),
    result: 'version',
  },
  {
    method: 'POST',
    path: '/api/v1/message',
    summary: 'Show a message to the speaker: JSON body {"text": "Please conclude", "flash": false}.',
    body: messageBody,
    call: ({ body }) => dispatch({ type: 'timer.message', ...(body as z.infer<typeof messageBody>) }),
    result: 'version',
  },
  { method: 'DELETE', path: '/api/v1/message', summary: 'Take the message to the speaker away.', call: () => dispatch({ type: 'timer.clearMessage' }), result: 'version' },
  {
    method: 'POST',
    path: '/api/v1/blackout',
    summary: 'Blackout of the projector on or off: ?on=1 or ?on=0.',
    query: z.strictObject({ on: onOff }),
    call: ({ query }) => dispatch({ type: 'timer.blackout', on: query.on as boolean }),
    result: 'version',
  },
  {
    method: 'POST',
    path: '/api/v1/segments/{id}/live',
    summary:
      'Put a segment live (the one live before is marked done). On another day than the event’s date the answer is 409 (field offDay) until the chair chooses once: ?offDay=keepEventDate runs against the event date, ?offDay=moveToToday moves the event to today.',
    query: z.strictObject({ offDay: offDayChoice.optional() }),
    call: ({ id, query }) => dispatch({ type: 'segment.setStatus', segmentId: segmentId.parse(id), status: 'live', ...(query.offDay === undefined ? {} : { offDay: query.offDay }) }),
    result: 'version',
  },
];

/** The route a request is for, with its path parameter, or null. */
export function matchRoute(method: string, path: string): { route: RestRoute; id: string | undefined } | null {
  for (const route of REST_ROUTES) {
    if (route.method !== method) continue;
    const pattern = new RegExp(`^${route.path.replace('{id}', '([^/]+)')}$`);
    const match = pattern.exec(path);
    if (match) return { route, id: match[1] === undefined ? undefined : decodeURIComponent(match[1]) };
  }
  return null;
}

/**
 * The OSC verbs: the same calls, by address. Arguments are OSC's own
 * (numbers and strings): /moderator/timer/add 60, /moderator/message
 * "Please conclude" 1, /moderator/blackout 1, /moderator/segment/live "<id>"
 * (with "keepEventDate" or "moveToToday" after the id on another day than the event's).
 */
export const OSC_VERBS: Record<string, (args: readonly unknown[]) => RemoteCall> = {
  '/moderator/timer/start': () => dispatch({ type: 'timer.start' }),
  '/moderator/timer/pause': () => dispatch({ type: 'timer.pause' }),
  '/moderator/timer/toggle': () => ({ method: 'remote.toggle', args: {} }),
  '/moderator/timer/reset': () => dispatch({ type: 'timer.reset' }),
  '/moderator/timer/next': () => dispatch({ type: 'timer.next' }),
  '/moderator/timer/previous': () => dispatch({ type: 'timer.previous' }),
  '/moderator/timer/add': ([n]) => dispatch({ type: 'timer.adjust', deltaMs: seconds.parse(n) * 1000 }),
  '/moderator/message': ([text, flash]) => dispatch({ type: 'timer.message', ...messageBody.parse({ text, flash: flash === 1 || flash === true }) }),
  '/moderator/message/clear': () => dispatch({ type: 'timer.clearMessage' }),
  '/moderator/blackout': ([on]) => dispatch({ type: 'timer.blackout', on: onOff.parse(String(on)) }),
  '/moderator/segment/live': ([id, offDay]) => dispatch({ type: 'segment.setStatus', segmentId: segmentId.parse(id), status: 'live', ...(offDay === undefined ? {} : { offDay: offDayChoice.parse(offDay) }) }),
};
