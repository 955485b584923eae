/**
 * The one client of the method map, over any transport: typed calls by
 * method name, typed pushes by event name. A transport only moves frames
 * (renderer/src/transport: WebSocket in a browser, the preload's bridge in
 * the desktop app); the types come from methods.ts and events.ts on both
 * ends, and the host validates every call again.
 */
import type { CommandError } from '../kernel/errors';
import type { Unsubscribe } from './api';
import type { EventName, ServerEvents } from './events';
import type { ArgsOf, MethodName, ResultOf } from './methods';
import type { CallResult } from './protocol';

export interface Transport {
  call(method: MethodName, args: unknown): Promise<CallResult>;
  listen(listener: (name: EventName, payload: unknown) => void): Unsubscribe;
}

/** A call the host refused (scope, arguments, a rule), or that could not reach it. */
export class CallFailed extends Error {
  constructor(readonly error: CommandError) {
    super(`${error.field}: ${error.message}`);
  }
}

/** Methods whose arguments are all optional may be called without them. */
type CallArgs<M extends MethodName> = Record<never, never> extends ArgsOf<M> ? [args?: ArgsOf<M>] : [args: ArgsOf<M>];

export interface Client {
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<ResultOf<M>>;
  listen<E extends EventName>(event: E, listener: (payload: ServerEvents[E]) => void): Unsubscribe;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, ...args) {
      const result = await transport.call(method, args[0] ?? {});
      if (!result.ok) throw new CallFailed(result.error);
      return result.value as never;
    },
    listen(event, listener) {
      return transport.listen((name, payload) => {
        if (name === event) listener(payload as ServerEvents[typeof event]);
      });
    },
  };
}
