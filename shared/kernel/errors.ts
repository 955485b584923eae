/**
 * How the host refuses something: a code, the field to blame (a dotted path
 * from the request) and a reason in plain words. Appliers throw
 * CommandRejected; the host answers with its `error` and changes nothing.
 * `unreachable` is a view's own answer when the host could not be reached:
 * the request may or may not have arrived.
 */

export interface CommandError {
  code: 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'rate-limited' | 'internal' | 'unreachable';
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
