/**
 * Looks at a write-ahead log before SQLite does. SQLite replays a WAL up to
 * the first frame whose checksum fails and silently ignores the rest; if
 * garbage lands in the middle of a WAL, the committed (acknowledged)
 * transactions after it would vanish without a word, and the first write
 * would then overwrite them. So before the store opens a database, this
 * reads the WAL the way SQLite does (https://sqlite.org/fileformat.html,
 * "The WAL File Format") and reports damage when
 * - the header is not a valid WAL header but the file holds whole frames, or
 * - a commit frame of the current generation (same salts) lies after the
 *   point where SQLite's replay would stop.
 * Frames of an older generation (other salts) and an uncommitted tail are
 * normal after a checkpoint or a crash and are not damage.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const MAGIC_LITTLE_ENDIAN = 0x377f0682;
const MAGIC_BIG_ENDIAN = 0x377f0683;

export type WalCheck =
  | { state: 'absent' | 'clean' }
  | { state: 'damaged'; detail: string; replayedFrames: number; totalFrames: number };

function isPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

/** SQLite's WAL checksum: pairs of 32-bit words, continuing from `seed`. */
function checksum(data: Buffer, bigEndian: boolean, seed: [number, number]): [number, number] {
  let [s0, s1] = seed;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

function readAll(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(fstatSync(fd).size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks `<database>-wal`. Must run before any connection opens the
 * database: the WAL is read with plain file reads, and the database file's
 * own locks are not touched.
 */
export function checkWal(walPath: string): WalCheck {
  const wal = readAll(walPath);
  if (wal === null) return { state: 'absent' };
  if (wal.length < HEADER_BYTES) return { state: 'clean' };
  const magic = wal.readUInt32BE(0);
  const pageSize = wal.readUInt32BE(8);
  const headerValid = (magic === MAGIC_LITTLE_ENDIAN || magic === MAGIC_BIG_ENDIAN) && isPageSize(pageSize);
  const bigEndian = magic === MAGIC_BIG_ENDIAN;
  const stored: [number, number] = [wal.readUInt32BE(24), wal.readUInt32BE(28)];
  const headerSum = headerValid ? checksum(wal.subarray(0, 24), bigEndian, [0, 0]) : [0, 0];
  if (!headerValid || headerSum[0] !== stored[0] || headerSum[1] !== stored[1]) {
    // Without a valid header nothing is replayed. A header alone (no whole
    // frame) holds nothing that was ever committed.
    const smallest = HEADER_BYTES + FRAME_HEADER_BYTES + 512;
    if (wal.length < smallest) return { state: 'clean' };
    return { state: 'damaged', detail: 'its header is unreadable, so none of its changes can be replayed', replayedFrames: 0, totalFrames: Math.floor((wal.length - HEADER_BYTES) / (FRAME_HEADER_BYTES + (isPageSize(pageSize) ? pageSize : 4096))) };
  }

  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  const frameBytes = FRAME_HEADER_BYTES + pageSize;
  const totalFrames = Math.floor((wal.length - HEADER_BYTES) / frameBytes);
  let sum: [number, number] = stored;
  let replayedFrames = 0;
  let chainIntact = true;
  for (let frame = 0; frame < totalFrames; frame++) {
    const at = HEADER_BYTES + frame * frameBytes;
    const isCommit = wal.readUInt32BE(at + 4) !== 0;
    const currentGeneration = wal.readUInt32BE(at + 8) === salt1 && wal.readUInt32BE(at + 12) === salt2;
    if (chainIntact) {
      const next = checksum(Buffer.concat([wal.subarray(at, at + 8), wal.subarray(at + FRAME_HEADER_BYTES, at + frameBytes)]), bigEndian, sum);
      if (currentGeneration && next[0] === wal.readUInt32BE(at + 16) && next[1] === wal.readUInt32BE(at + 20)) {
        sum = next;
        if (isCommit) replayedFrames = frame + 1;
        continue;
      }
      chainIntact = false;
    }
    if (currentGeneration && isCommit) {
      return {
        state: 'damaged',
        detail: `frame ${frame + 1} of ${totalFrames} is a commit that can not be replayed (the log is unreadable after frame ${replayedFrames})`,
        replayedFrames,
        totalFrames,
      };
    }
  }
  return { state: 'clean' };
}
