/**
 * Row checksums. SQLite checks its own structure (quick_check) but not the
 * bytes of a row: a flipped bit inside a command's JSON, or an edited
 * letter, would load silently. So every command row and every snapshot
 * chunk carries a SHA-256 of exactly the text stored, and the snapshot row
 * carries a digest of its chunk set (count + XOR of the chunk checksums),
 * so a chunk that went missing is noticed too. All are verified at open.
 */
import { createHash } from 'node:crypto';
import type { StoredCommand } from './content';

export interface CommandRow {
  seq: number;
  at: number;
  ids: string;
  cmd: string;
  sum: string;
}

export interface ChunkRow {
  key: string;
  json: string;
  sum: string;
}

export interface SnapshotRow {
  seq: number;
  saved_at: number;
  format_version: number;
  chunk_count: number;
  digest: string;
  sum: string;
}

/** The digest of an empty chunk set. */
export const EMPTY_DIGEST = '0'.repeat(64);

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function commandSum(row: Omit<CommandRow, 'sum'>): string {
  return sha256(`command\n${row.seq}\n${row.at}\n${row.ids}\n${row.cmd}`);
}

export function chunkSum(key: string, json: string): string {
  return sha256(`chunk\n${key}\n${json}`);
}

export function snapshotSum(row: Omit<SnapshotRow, 'sum'>): string {
  return sha256(`snapshot\n${row.seq}\n${row.saved_at}\n${row.format_version}\n${row.chunk_count}\n${row.digest}`);
}

/** Adds a chunk checksum to a digest, or takes it out again (XOR is its own inverse). */
export function toggleDigest(digest: string, sum: string): string {
  const a = Buffer.from(digest, 'hex');
  const b = Buffer.from(sum, 'hex');
  for (let i = 0; i < a.length; i++) a[i]! ^= b[i]!;
  return a.toString('hex');
}

function toJson(value: unknown, what: string): string {
  const json = JSON.stringify(value);
  if (typeof json !== 'string') throw new TypeError(`${what} can not be stored as JSON`);
  return json;
}

/** The row for a command; throws a TypeError for a malformed command (a bug in the caller, not a disk fault). */
export function commandRow(command: StoredCommand): CommandRow {
  if (!Number.isSafeInteger(command.seq) || command.seq < 1) throw new TypeError(`command seq ${command.seq} is not a positive integer`);
  if (!Number.isFinite(command.at)) throw new TypeError(`command ${command.seq}: at is not a finite number`);
  if (!Array.isArray(command.ids) || !command.ids.every((id) => typeof id === 'string')) throw new TypeError(`command ${command.seq}: ids must be strings`);
  const row = { seq: command.seq, at: command.at, ids: toJson(command.ids, `command ${command.seq} ids`), cmd: toJson(command.cmd, `command ${command.seq}`) };
  return { ...row, sum: commandSum(row) };
}

export function chunkRow(key: string, value: unknown): ChunkRow {
  if (typeof key !== 'string' || key === '') throw new TypeError('a snapshot chunk key must be a non-empty string');
  const json = toJson(value, `snapshot chunk ${key}`);
  return { key, json, sum: chunkSum(key, json) };
}

/** The command a verified row holds, or null when its checksum or shape is wrong. */
export function verifiedCommand(row: CommandRow): StoredCommand | null {
  if (commandSum(row) !== row.sum) return null;
  try {
    const ids: unknown = JSON.parse(row.ids);
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
    return { seq: row.seq, at: row.at, ids, cmd: JSON.parse(row.cmd) };
  } catch {
    return null;
  }
}
