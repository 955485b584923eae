/**
 * Append-only command journal: one JSON line per accepted command, flushed
 * to disk (fdatasync) before the command is acknowledged. Appending costs
 * the same whatever the size of the session.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface JournalEntry {
  seq: number;
  /** Host time (epoch ms that advances with the monotonic clock, kernel/host-clock.ts) at which the host applied the command. */
  at: number;
  /** Ids the command generated, in order, so a replay produces the same ones. */
  ids: string[];
  cmd: unknown;
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Byte length of the well-formed prefix. */
  goodBytes: number;
  /** Bytes after the last complete line (a torn write), if any. */
  tornTail: string | null;
  /** A malformed line followed by more data: the journal is damaged there. */
  damagedAtLine: number | null;
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return Number.isSafeInteger(e.seq) && typeof e.at === 'number' && Array.isArray(e.ids) && typeof e.cmd === 'object' && e.cmd !== null;
}

/** Parses journal text; stops at the first malformed line. */
export function parseJournal(text: string): JournalRead {
  const entries: JournalEntry[] = [];
  let offset = 0;
  let line = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(offset, end);
    line++;
    let parsed: unknown;
    try {
      parsed = raw.trim() === '' ? null : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (parsed === null && newline >= 0) {
      offset = newline + 1;
      continue;
    }
    if (newline < 0 || !isEntry(parsed)) {
      const last = newline < 0 || text.slice(newline + 1).trim() === '';
      return {
        entries,
        goodBytes: Buffer.byteLength(text.slice(0, offset)),
        tornTail: last ? text.slice(offset) : null,
        damagedAtLine: last ? null : line,
      };
    }
    entries.push(parsed);
    offset = newline + 1;
  }
  return { entries, goodBytes: Buffer.byteLength(text), tornTail: null, damagedAtLine: null };
}

export class JournalWriter {
  private constructor(
    private readonly handle: FileHandle,
    private readonly durable: boolean,
    private size: number,
  ) {}

  static async open(path: string, durable = true): Promise<JournalWriter> {
    const handle = await open(path, 'a');
    return new JournalWriter(handle, durable, (await handle.stat()).size);
  }

  /**
   * Appends one entry and flushes it. If the write fails (a full disk), the
   * file is cut back to its last whole line so that no half entry is left
   * in front of the next one.
   */
  async append(entry: JournalEntry): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`);
    try {
      await this.handle.write(line);
      if (this.durable) await this.handle.datasync();
      this.size += line.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
