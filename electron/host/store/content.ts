/**
 * What a session store holds, in the shape every store module passes around:
 * the newest snapshot (as chunks), the commands after it, and the recovery
 * notes. A database file, a backup and a legacy folder are all read into
 * this shape, and a new database is always built from it.
 */
/** One acknowledged command, as the host replays it (the same record the legacy journal.jsonl kept). */
export interface StoredCommand {
  seq: number;
  /** Host time (epoch ms that advances with the monotonic clock, shared/kernel/host-clock.ts) at which the host applied it. */
  at: number;
  /** Ids the command generated, in order, so a replay produces the same ones. */
  ids: string[];
  cmd: unknown;
}

/**
 * The newest snapshot. The host decides how its state is cut into chunks
 * (e.g. `doc.event`, `rec.item.<id>`, `history`); the store keeps each chunk
 * as JSON with a checksum, so a snapshot costs what changed, not the session.
 */
export interface StoredSnapshot {
  /** The last command the snapshot includes. */
  seq: number;
  savedAt: number;
  /** The session document format (shared/session/document.ts FORMAT_VERSION) that wrote it. */
  formatVersion: number;
  chunks: Map<string, unknown>;
}

export type RecoveryKind =
  /** Damage was found and the session was rebuilt from what could be verified. */
  | 'recovered'
  /** Damage was found and nothing usable remained: the session starts empty. */
  | 'unrecoverable'
  /** A folder in the previous file format was converted. */
  | 'migrated'
  /** The user restored a backup (UI or CLI). */
  | 'restored'
  /** A stored command this version's rules refuse was left out of the session (shared/session/upgrade.ts replayCommand). */
  | 'left-out';

/** What was repaired, in plain words, kept until the user acknowledges it. */
export interface RecoveryNote {
  id: string;
  at: number;
  kind: RecoveryKind;
  message: string;
}

export interface StoredNote extends RecoveryNote {
  acknowledgedAt: number | null;
}

/** Everything a new database file is built from. */
export interface StoreContent {
  /** Identifies one line of history; a restored backup starts a new one. */
  historyId: string;
  snapshot: StoredSnapshot | null;
  commands: StoredCommand[];
  notes: StoredNote[];
}

/** The last command a content reaches: its newest command, else its snapshot. */
export function lastSeqOf(content: Pick<StoreContent, 'snapshot' | 'commands'>): number {
  return content.commands.at(-1)?.seq ?? content.snapshot?.seq ?? 0;
}

/** "2023-10-16 09:55:00 UTC": a time in a note, the same for everyone who reads it. */
export function utcTime(epochMs: number): string {
  return `${new Date(epochMs).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}
