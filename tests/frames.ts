/**
 * A frame from the host as a test client reads it: JSON text, or a large
 * frame deflated as a binary message (shared/contract/protocol.ts).
 */
import { inflateRawSync } from 'node:zlib';
import type { RawData } from 'ws';
import type { ServerFrame } from '../shared/contract/protocol';

export function frameText(data: RawData, isBinary: boolean): string {
  const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
  return (isBinary ? inflateRawSync(bytes) : bytes).toString();
}

export const readFrame = (data: RawData, isBinary: boolean): ServerFrame => JSON.parse(frameText(data, isBinary)) as ServerFrame;
