/**
 * Slows down token guessing on the venue network. Each address may get a
 * token wrong ten times; after that it is refused outright (even with a
 * right token) for a back-off that doubles with every further burst, from
 * 2 s up to 10 minutes. A right token clears the count. Each lock-out is
 * logged once, with the address and the count, never a token.
 */
export const FREE_ATTEMPTS = 10;
const FIRST_LOCKOUT_MS = 2_000;
const MAX_LOCKOUT_MS = 10 * 60_000;
/** Wrong tokens older than this no longer count. */
const FORGET_AFTER_MS = 10 * 60_000;
/** The most addresses remembered; the oldest are forgotten first (a flood of spoofed addresses cannot grow memory). */
const MAX_ADDRESSES = 10_000;

interface Record {
  failures: number;
  lockouts: number;
  lockedUntil: number;
  lastFailure: number;
}

export class TokenGuard {
  private readonly byAddress = new Map<string, Record>();

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {}

  /** Milliseconds this address must still wait, or 0. */
  lockedFor(address: string): number {
    const record = this.byAddress.get(address);
    return record ? Math.max(0, record.lockedUntil - this.now()) : 0;
  }

  failed(address: string): void {
    const now = this.now();
    let record = this.byAddress.get(address);
    if (record && now - record.lastFailure > FORGET_AFTER_MS) record = undefined;
    record ??= { failures: 0, lockouts: 0, lockedUntil: 0, lastFailure: now };
    record.failures++;
    record.lastFailure = now;
    if (record.failures >= FREE_ATTEMPTS) {
      const lockout = Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** record.lockouts);
      record.lockouts++;
      record.lockedUntil = now + lockout;
      this.log(`network views: ${record.failures} wrong tokens from ${address}; refusing it for ${Math.round(lockout / 1000)} s`);
      record.failures = 0;
    }
    this.byAddress.delete(address);
    this.byAddress.set(address, record);
    if (this.byAddress.size > MAX_ADDRESSES) this.byAddress.delete(this.byAddress.keys().next().value!);
  }

  succeeded(address: string): void {
    this.byAddress.delete(address);
  }
}
