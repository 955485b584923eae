/**
 * When backups are taken while the session runs: every 5 minutes, each
 * time only if something changed (the store skips an unchanged one). The
 * host starts it after opening the store and stops it before the 'quit'
 * backup and close. Timers are injected, so tests run hours in a moment.
 */
import type { BackupInfo, BackupReason } from './backups';

export const BACKUP_INTERVAL_MS = 5 * 60_000;

export interface BackupTaker {
  backupNow(reason: BackupReason): Promise<BackupInfo | null>;
}

export interface ScheduleTimers {
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: ScheduleTimers = {
  setTimeout: (run, delayMs) => {
    const handle = setTimeout(run, delayMs);
    // A pending backup must not keep a serve process alive on its own.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface BackupScheduleOptions {
  intervalMs?: number;
  timers?: ScheduleTimers;
  /** Told about every backup taken, and about every failure (a backup never stops the session). */
  onBackup?: (info: BackupInfo) => void;
  onError?: (error: unknown) => void;
}

export class BackupSchedule {
  private handle: unknown = null;
  private running = false;
  private readonly intervalMs: number;
  private readonly timers: ScheduleTimers;

  constructor(
    private readonly store: BackupTaker,
    private readonly options: BackupScheduleOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
    this.timers = options.timers ?? realTimers;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.arm();
  }

  stop(): void {
    this.running = false;
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  /** The next tick is armed only after this one's backup finished, so two never overlap. */
  private arm(): void {
    this.handle = this.timers.setTimeout(() => void this.tick(), this.intervalMs);
  }

  private async tick(): Promise<void> {
    this.handle = null;
    try {
      const info = await this.store.backupNow('interval');
      if (info !== null) this.options.onBackup?.(info);
    } catch (error) {
      this.options.onError?.(error);
    }
    if (this.running) this.arm();
  }
}
