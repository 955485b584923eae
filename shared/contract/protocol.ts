/**
 * How the method map (methods.ts) and the pushes (events.ts) travel.
 *
 * WebSocket (serve mode, network views): JSON text frames.
 *   view -> host   { t: 'call', id, method, args }
 *   host -> view   { t: 'result', id, result: { ok: true, value } | { ok: false, error } }
 *                  { t: 'event', name, payload }
 *                  a binary message: one of these frames, deflated (raw
 *                  deflate, RFC 1951); the host sends an opening snapshot of
 *                  COMPRESSED_FROM_BYTES or more so (a console's session at
 *                  10,000 recommendations is 6 MB of JSON, 1.3 MB deflated)
 * A frame the host can not read as a call is answered with a result for
 * its id when it has one, else { t: 'refused', error }.
 * HTTP: POST CALL_PATH + method, the arguments as the JSON body, answered
 * with the result as JSON; for calls larger than a frame (an import).
 * Electron IPC: ipcRenderer.invoke(IPC_CALL, method, args) answered with
 * the result; pushes arrive on IPC_EVENT as (name, payload).
 */
import { z } from 'zod';
import type { CommandError } from '../kernel/errors';
import type { EventName } from './events';

const requestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const callFrameSchema = z.strictObject({ t: z.literal('call'), id: requestId, method: z.string().max(64), args: z.unknown() });
export type CallFrame = z.infer<typeof callFrameSchema>;

export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: CommandError };

export type ServerFrame =
  | { t: 'result'; id: number; result: CallResult }
  | { t: 'event'; name: EventName; payload: unknown }
  /** A frame refused as a whole that had no readable id. */
  | { t: 'refused'; error: CommandError };

export const WS_PATH = '/ws';
/** Frames at least this large may come deflated as a binary message (see the header). */
export const COMPRESSED_FROM_BYTES = 16 * 1024;
export const CALL_PATH = '/api/call/';
export const IPC_CALL = 'moderator:call';
export const IPC_EVENT = 'moderator:event';

/** WebSocket close code sent to network views when the tokens are rotated. */
export const CLOSE_TOKENS_ROTATED = 4001;
/** Close code for a connection that keeps exceeding its message rate. */
export const CLOSE_RATE_LIMIT = 4008;
/** Close code for a view that does not read what it is sent (see electron/host/net/ws-sessions.ts). */
export const CLOSE_TOO_SLOW = 4009;
/** Close code for a connection over the per-address or overall limit. */
export const CLOSE_TOO_MANY = 4013;
