/**
 * How the host refuses something: a code, the field to blame (a dotted path
 * from the request) and a reason in plain words. Appliers throw
 * CommandRejected; the host answers with its `error` and changes nothing.
 */

export interface CommandError {
  code: 'invalid' | 'not-found' | 'conflict' | 'forbidden' | 'rate-limited' | 'internal';
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
