/**
 * Access control for views on the venue network.
 *
 * - Off by default: until the technician turns network views on, nothing
 *   listens beyond loopback.
 * - Two unguessable tokens (192 bits each): a view token that can only
 *   read, and a control token that can also send commands.
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

export type Scope = 'view' | 'control';

const settingsSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(0).max(65535),
  viewToken: z.string().min(32),
  controlToken: z.string().min(32),
});
export type LanSettings = z.infer<typeof settingsSchema>;

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
    let settings: LanSettings = { enabled: false, port: defaultPort, viewToken: newToken(), controlToken: newToken() };
    if (dataDir !== null && file !== null) {
      await keepPrivate(dataDir, file);
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) settings = parsed.data;
      } catch {
        // No settings yet (or unreadable): network views stay off with fresh tokens.
      }
    }
    return new LanAccess(file, settings);
  }

  get current(): Readonly<LanSettings> {
    return this.settings;
  }

  scopeOf(token: string | null): Scope | null {
    if (token === null || token === '') return null;
    if (secretsEqual(token, this.settings.controlToken)) return 'control';
    if (secretsEqual(token, this.settings.viewToken)) return 'view';
    return null;
  }

  async update(patch: Partial<Pick<LanSettings, 'enabled' | 'port'>>): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    await this.save();
  }

  async rotate(): Promise<void> {
    this.settings = { ...this.settings, viewToken: newToken(), controlToken: newToken() };
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
