/**
 * The one server-side entry of the method map (shared/contract/methods.ts),
 * for every transport: the WebSocket, the HTTP call route and the desktop
 * app's IPC channel. In order: the method must exist, the caller's scope
 * must allow it, the arguments must match its schema; only then does the
 * handler run. Whatever goes wrong is answered as a CommandError for the
 * request; an unexpected failure is logged here and reaches the caller only
 * as "internal", never with a stack or an internal message.
 */
import { isMethodName, METHODS, type MethodName, type ParsedArgsOf, type ResultOf } from '../../../shared/contract/methods';
import { allows, type Scope } from '../../../shared/kernel/scopes';
import type { CallResult } from '../../../shared/contract/protocol';
import { CommandRejected, type CommandError } from '../../../shared/kernel/errors';

/** Who is calling: what their connection may do, and whether it is the desktop app's own window. */
export interface Caller {
  scope: Scope;
  desktop: boolean;
}

export type Handler<M extends MethodName> = (args: ParsedArgsOf<M>, caller: Caller) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers one part of the app provides (the host, the network listener, the desktop's main process). */
export type HandlerSet = Partial<Handlers>;

const refusal = (code: CommandError['code'], field: string, message: string): CallResult => ({ ok: false, error: { code, field, message } });

function argumentsRefusal(issue: { path: readonly PropertyKey[]; message: string; code: string; keys?: string[] }): CallResult {
  const field = ['args', ...issue.path.map(String)].join('.');
  const message = issue.code === 'unrecognized_keys' && issue.keys ? `has unknown field(s): ${issue.keys.join(', ')}` : issue.message;
  return refusal('invalid', field, message);
}

/** Why a connection may not do something that needs one of `needed`, in words its user can act on. */
export function scopeRefusal(held: Scope, needed: readonly Scope[]): CommandError {
  const message =
    held === 'view'
      ? 'a view token can not change the session; use the control token'
      : needed.every((scope) => scope === 'local')
        ? 'is available on the console computer only'
        : `needs the ${needed.filter((scope) => scope !== 'local').join(' or ')} token; this link has the ${held} token`;
  return { code: 'forbidden', field: 'token', message };
}

export async function runCall(handlers: HandlerSet, caller: Caller, method: unknown, args: unknown): Promise<CallResult> {
  if (!isMethodName(method)) return refusal('invalid', 'method', `is not a method of the console (${String(method).slice(0, 64)})`);
  const spec = METHODS[method];
  const scopes: readonly Scope[] = typeof spec.scope === 'string' ? [spec.scope] : spec.scope;
  if (!scopes.some((scope) => allows(caller.scope, scope))) return { ok: false, error: scopeRefusal(caller.scope, scopes) };
  const parsed = spec.args.safeParse(args);
  if (!parsed.success) return argumentsRefusal(parsed.error.issues[0]!);
  const handler = handlers[method] as Handler<MethodName> | undefined;
  if (!handler) return refusal('not-found', 'method', 'is not available here (it needs the desktop app)');
  try {
    return { ok: true, value: await handler(parsed.data as ParsedArgsOf<MethodName>, caller) };
  } catch (error) {
    if (error instanceof CommandRejected) return { ok: false, error: error.error };
    console.error(`${method} failed:`, error);
    return refusal('internal', 'method', 'failed on the host; nothing was changed');
  }
}
