/**
 * The WebSocket wire protocol between a browser view and the host. Frames
 * are JSON text; the host validates every client frame with these schemas.
 */
import { z } from 'zod';
import type { Access, DispatchResult, LanStatus, SessionEvent, SessionSnapshot } from './api';
import type { CommandError } from './commands';

const requestId = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const clientFrameSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('dispatch'), id: requestId, command: z.unknown() }),
  z.strictObject({ t: z.literal('snapshot'), id: requestId }),
  z.strictObject({ t: z.literal('ping'), id: requestId, clientSentAt: z.number() }),
  z.strictObject({ t: z.literal('lan'), id: requestId, action: z.enum(['status', 'enable', 'disable', 'rotate']) }),
]);

export type ClientFrame = z.infer<typeof clientFrameSchema>;

export type ServerFrame =
  /** The first frame on every socket: what this connection may do. */
  | { t: 'hello'; access: Access }
  | { t: 'event'; event: SessionEvent }
  | { t: 'result'; id: number; result: DispatchResult }
  | { t: 'snapshot'; id: number; snapshot: SessionSnapshot }
  | { t: 'pong'; id: number; clientSentAt: number; hostAt: number }
  | { t: 'lan'; id: number; status: LanStatus }
  /** A request refused as a whole (scope, rate); `id` is null when the frame had none. */
  | { t: 'error'; id: number | null; error: CommandError };

export const WS_PATH = '/ws';
/** WebSocket close code sent to network views when the tokens are rotated. */
export const CLOSE_TOKENS_ROTATED = 4001;
/** Close code for a connection that keeps exceeding its message rate. */
export const CLOSE_RATE_LIMIT = 4008;
