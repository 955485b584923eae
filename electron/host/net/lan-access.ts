/**
 * Access control for views on the venue network.
 *
 * - Off by default: until the technician turns network views on, nothing
 *   listens beyond loopback.
 * - Three unguessable tokens (192 bits each), one per scope
 *   (kernel/scopes.ts): a view token that can only look, a control token
 *   for the run-of-show and the timer, a rapporteur token for the
 *   recommendations.
 * - Tokens are compared in constant time (both sides hashed to the same
 *   length first, then crypto.timingSafeEqual).
 * - Rotating the tokens disconnects every client that used the old ones.
 * - The settings live in lan.json beside the session (mode 0600, written
 *   whole or not at all), so venue screens reconnect with the same URL
 *   after a restart.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Scope } from '../../../shared/kernel/scopes';

/** The scopes a token can give (the local console needs none). */
export type TokenScope = Exclude<Scope, 'local'>;

const token = z.string().min(32);
const settingsSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(0).max(65535),
  viewToken: token,
  controlToken: token,
  // Added after the first release: a lan.json without it gets one.
  rapporteurToken: token.optional(),
  // Show control over OSC (osc-bridge.ts): off unless the technician turned it on.
  osc: z.object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535), allowedSenders: z.array(z.string()).max(32) }).optional(),
});
export type LanSettings = Required<z.infer<typeof settingsSchema>>;

export const DEFAULT_OSC = { enabled: false, port: 9190, allowedSenders: [] as string[] };

export const DEFAULT_LAN_PORT = 4190;

const newToken = () => randomBytes(24).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time equality of two secrets of any length. */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** write-file-atomic's temp name: lan.json.<hex>, renamed over lan.json when complete. */
const LEFTOVER = /^lan\.json\.[0-9a-f]+$/;

async function keepPrivate(dataDir: string, file: string): Promise<void> {
  try {
    for (const name of await readdir(dataDir)) if (LEFTOVER.test(name)) await rm(join(dataDir, name), { force: true });
    if (((await stat(file)).mode & 0o777) !== 0o600) await chmod(file, 0o600);
  } catch {
    // No data dir or no lan.json yet (or a folder that can not be changed): the next save writes it 0600.
  }
}

export class LanAccess {
  private listeners = new Set<() => void>();

  private constructor(
    private readonly file: string | null,
    private settings: LanSettings,
  ) {}

  /**
   * Loads lan.json from a data dir (new tokens if missing or unreadable).
   * A file left readable by others (an older release, a copy) is made
   * private again, and temp files of a save a crash cut short are removed.
   */
  static async load(dataDir: string | null, defaultPort = DEFAULT_LAN_PORT): Promise<LanAccess> {
    const file = dataDir === null ? null : join(dataDir, 'lan.json');
    let settings: LanSettings = { enabled: false, port: defaultPort, viewToken: newToken(), controlToken: newToken(), rapporteurToken: newToken(), osc: DEFAULT_OSC };
    if (dataDir !== null && file !== null) {
      await keepPrivate(dataDir, file);
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) settings = { ...parsed.data, rapporteurToken: parsed.data.rapporteurToken ?? newToken(), osc: parsed.data.osc ?? DEFAULT_OSC };
      } catch {
        // No settings yet (or unreadable): network views stay off with fresh tokens.
      }
    }
    return new LanAccess(file, settings);
  }

  get current(): Readonly<LanSettings> {
    return this.settings;
  }

  scopeOf(token: string | null): TokenScope | null {
    if (token === null || token === '') return null;
    // Every token is compared, so the time taken does not tell which one matched.
    const matches: Array<[TokenScope, boolean]> = [
      ['control', secretsEqual(token, this.settings.controlToken)],
      ['rapporteur', secretsEqual(token, this.settings.rapporteurToken)],
      ['view', secretsEqual(token, this.settings.viewToken)],
    ];
    return matches.find(([, match]) => match)?.[0] ?? null;
  }

  async update(patch: Partial<Pick<LanSettings, 'enabled' | 'port' | 'osc'>>): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    await this.save();
  }

  async rotate(): Promise<void> {
    this.settings = { ...this.settings, viewToken: newToken(), controlToken: newToken(), rapporteurToken: newToken() };
    await this.save();
    this.listeners.forEach((l) => l());
  }

  /** Called after tokens change, to drop clients that used the old ones. */
  onRotate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async save(): Promise<void> {
    if (this.file !== null) await writeFileAtomic(this.file, JSON.stringify(this.settings, null, 2), { mode: 0o600 });
  }
}
