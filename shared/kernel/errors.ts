/**
 * How the host refuses something: a code, the field to blame (a dotted path
 * from the request) and a reason in plain words. Appliers throw
 * CommandRejected; the host answers with its `error` and changes nothing.
 * `unreachable` is a view's own answer when the host could not be reached:
 * the request may or may not have arrived. `not-saved` is the host's when
 * its disk refused the write (full, read-only, failing): nothing changed,
 * and the same request can be sent again once the disk is back.
 */

export interface CommandError {
  code: 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'rate-limited' | 'internal' | 'unreachable' | 'not-saved';
  field: string;
  message: string;
}

export class CommandRejected extends Error {
  constructor(readonly error: CommandError) {
    super(`${error.field}: ${error.message}`);
  }
}

export function reject(code: CommandError['code'], field: string, message: string): never {
  throw new CommandRejected({ code, field, message });
}
