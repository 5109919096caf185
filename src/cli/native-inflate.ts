/**
 * Node's own zlib for the reader and the writer: native code inflates and
 * deflates a large part many times faster than JavaScript does. The caps are the reader's own: zlib is
 * given the part's limit as `maxOutputLength` and stops as soon as its
 * output passes it, so a bomb costs no more than with the built-in inflater.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { useRawInflater, type InflateOutcome, type RawInflater } from '../docx/zip';
import { useRawDeflater, type RawDeflater } from '../docx/zip-write';

/** A string property of what zlib threw (its `code`, its `message`), read without trusting its class. */
function field(error: unknown, name: 'code' | 'message'): string | undefined {
  if (typeof error !== 'object' || error === null || !(name in error)) return undefined;
  const value: unknown = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** zlib's own least output buffer, and the most allocated up front for a part that says it is that large. */
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 16 * 1024 * 1024;

export const nativeInflater: RawInflater = (raw: Uint8Array, limit: number): InflateOutcome => {
  let bytes: Buffer;
  try {
    // One byte over the limit is allowed through, so that output of exactly `limit` bytes is not taken for more.
    // The whole part in one output buffer when it is of a sane size: no 16 KiB pieces to join afterwards.
    bytes = inflateRawSync(raw, { maxOutputLength: Math.max(1, limit + 1), chunkSize: Math.min(Math.max(limit + 1, MIN_CHUNK), MAX_CHUNK) });
  } catch (error: unknown) {
    const code = field(error, 'code');
    if (code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'too-large' };
    if (code === 'Z_BUF_ERROR') return { kind: 'truncated' };
    if (code !== undefined && code.startsWith('Z_')) return { kind: 'corrupt', message: field(error, 'message') ?? code };
    throw error;
  }
  if (bytes.length > limit) return { kind: 'too-large' };
  return { kind: 'done', bytes, crc: crc32(bytes) >>> 0 };
};

/** Node's zlib at the level fflate was given: the fixed copies' parts unpack to the same bytes. */
export const nativeDeflater: RawDeflater = (content: Uint8Array) => ({ data: deflateRawSync(content, { level: 6 }), crc: crc32(content) >>> 0 });

/** Every read from now on inflates, and every write deflates, with Node's zlib. */
export function useNativeInflater(): void {
  useRawInflater(nativeInflater);
  useRawDeflater(nativeDeflater);
}
