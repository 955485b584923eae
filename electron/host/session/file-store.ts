/**
 * Where the session host keeps its commands and snapshots: the journal
 * (journal.ts) and the data dir's snapshots and recovery (data-dir.ts),
 * with the snapshot policy (every N commands). The host only appends and
 * asks whether a snapshot is due.
 */
import { DataDir, type LoadedDataDir, type SnapshotFile } from './data-dir';
import { JournalWriter, type JournalEntry } from './journal';

export interface FileStoreOptions {
  dataDir: string;
  now: () => number;
  /** Take a snapshot (and start a new journal) after this many commands. */
  snapshotEvery: number;
  /** Only benchmarks of the in-memory path turn this off. */
  fsync: boolean;
  /** Where the journal is appended; fault tests point it at a device that fails writes, such as /dev/full. */
  journalPath: (defaultPath: string) => string;
}

/** File-system errors that mean the data dir itself can not be used. */
const UNUSABLE_DIR_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EDQUOT']);

export class FileStore {
  private sinceSnapshot = 0;

  private constructor(
    private readonly data: DataDir,
    private journal: JournalWriter,
    private readonly options: FileStoreOptions,
  ) {}

  /**
   * Opens the data dir (recovering it if needed). A data dir that can not be
   * written (read-only, full, not a folder) stops the start with a message
   * that says what to do; nothing is changed.
   */
  static async open(options: FileStoreOptions): Promise<{ store: FileStore; loaded: LoadedDataDir }> {
    try {
      const data = new DataDir(options.dataDir, options.now);
      const loaded = await data.load();
      const journal = await JournalWriter.open(options.journalPath(data.path('journal.jsonl')), options.fsync);
      const store = new FileStore(data, journal, options);
      // Replayed commands count toward the next snapshot, so a host that
      // crashes often still bounds its journal (and its start-up replay).
      store.sinceSnapshot = loaded.entries.length;
      return { store, loaded };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined || !UNUSABLE_DIR_CODES.has(code)) throw error;
      throw new Error(
        `The data dir ${options.dataDir} can not be used (${code}). Nothing was changed. Free some space, make it writable, or start with another data dir (--data-dir).`,
        { cause: error },
      );
    }
  }

  get dir(): string {
    return this.data.dir;
  }

  /** Appends one command and flushes it to disk; throws if it could not be saved (nothing is then saved). */
  async append(entry: JournalEntry): Promise<void> {
    await this.journal.append(entry);
    this.sinceSnapshot++;
  }

  get snapshotDue(): boolean {
    return this.sinceSnapshot >= this.options.snapshotEvery;
  }

  get unsnapshotted(): number {
    return this.sinceSnapshot;
  }

  /** Writes a snapshot and starts a new journal (see data-dir.ts for the rotation). */
  async snapshot(file: SnapshotFile, fresh: boolean): Promise<void> {
    await this.journal.close();
    try {
      await this.data.rotate(file, fresh);
      this.sinceSnapshot = 0;
    } finally {
      this.journal = await JournalWriter.open(this.options.journalPath(this.data.path('journal.jsonl')), this.options.fsync);
    }
  }

  async close(): Promise<void> {
    await this.journal.close();
  }
}
