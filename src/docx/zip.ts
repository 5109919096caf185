/**
 * Reading a .docx's zip container without trusting it: the entry count comes
 * from the End Of Central Directory record before anything is inflated, and
 * every part is inflated in slices, stopping as soon as it passes its cap
 * (the sizes a zip declares can lie). The caps bound the work and memory a
 * file can cost; how well a part compresses is no reason to refuse it (a
 * long table of empty cells compresses past 250:1). Every part read is
 * checked against the size and CRC-32 its directory entry records, as
 * LibreOffice and Python's zipfile do: a damaged part is refused, never
 * read as garbled text. A part that inflates past its recorded size is
 * refused (as too large) as soon as it does, so a zip bomb costs what it
 * declares: a bomb that declares its size is refused by the caps before
 * inflating, one that lies is refused at the lie.
 */
import { Inflate, inflateSync } from 'fflate';
import { err, ok, type Result } from '../core/result';
import { docxError, type DocxError } from './errors';
import { concatBytes } from './bytes';
import { crc32 } from './crc32';

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  /** Where the compressed bytes start in the zip. */
  readonly dataOffset: number;
}

/**
 * What became of inflating one part's raw deflate bytes with an inflater
 * other than the built-in one: its bytes and their CRC-32; `too-large` as
 * soon as the output passed the limit it was given (it stops there, having
 * produced at most a slice more); `truncated` when the data ends before the
 * deflate stream does; `corrupt` when it does not decode.
 */
export type InflateOutcome =
  | { readonly kind: 'done'; readonly bytes: Uint8Array; readonly crc: number }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'corrupt'; readonly message: string };

/**
 * Inflates raw deflate data, counting its output as it goes and stopping as
 * soon as it passes `limit` bytes. Node's native zlib is one (the command
 * line sets it); without one, the reader inflates with fflate, which runs
 * everywhere, the browser included.
 */
export type RawInflater = (raw: Uint8Array, limit: number) => InflateOutcome;

let rawInflater: RawInflater | undefined;

/** Sets the inflater every later read uses; `undefined` goes back to fflate. */
export function useRawInflater(inflater: RawInflater | undefined): void {
  rawInflater = inflater;
}

/** Shared byte budget across the parts of one file. */
export interface InflateBudget {
  remaining: number;
  readonly maxPartBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
/** Compressed bytes fed to the inflater at a time: bounds one step's output to ~1032 × this. */
const INFLATE_SLICE = 16 * 1024;
/**
 * Largest declared size inflated in one go into a buffer of that size: a
 * declared size can lie, and past this the sliced path only allocates what
 * the part really produces.
 */
const ONE_SHOT_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8');

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x100000000;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

function readDirectoryLocation(bytes: Uint8Array, eocd: number): Result<Directory, DocxError> {
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) {
      return err(docxError('corruptZip', 'zip64 end of central directory locator missing'));
    }
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD_SIGNATURE) {
      return err(docxError('corruptZip', 'zip64 end of central directory record missing'));
    }
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
  }
  return ok({ count, offset, size });
}

function zip64Extra(bytes: Uint8Array, from: number, to: number, need: { size: boolean; csize: boolean; offset: boolean }) {
  const found: { size?: number; csize?: number; offset?: number } = {};
  for (let at = from; at + 4 <= to; ) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (need.size) { found.size = u64(bytes, field); field += 8; }
      if (need.csize) { found.csize = u64(bytes, field); field += 8; }
      if (need.offset) { found.offset = u64(bytes, field); }
      break;
    }
    at += 4 + length;
  }
  return found;
}

/**
 * Lists the zip's entries from its central directory. Refuses more than
 * `maxEntries` before reading a single entry, and any encrypted entry.
 */
export function listEntries(bytes: Uint8Array, maxEntries: number): Result<ZipEntry[], DocxError> {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return err(docxError('corruptZip', 'end of central directory not found'));
  const location = readDirectoryLocation(bytes, eocd);
  if (!location.ok) return location;
  const { count, offset, size } = location.value;
  if (count > maxEntries) return err(docxError('tooManyEntries', `${count} entries (limit ${maxEntries})`));
  if (offset + size > bytes.length) return err(docxError('corruptZip', 'central directory lies outside the file'));

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      return err(docxError('corruptZip', `central directory entry ${index} is damaged`));
    }
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let compressedSize = u32(bytes, at + 20);
    let declaredSize = u32(bytes, at + 24);
    let localOffset = u32(bytes, at + 42);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    if (extraStart + extraLength + commentLength > bytes.length) {
      return err(docxError('corruptZip', `central directory entry ${index} runs past the end`));
    }
    const name = utf8.decode(bytes.subarray(nameStart, extraStart));
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || localOffset === 0xffffffff) {
      const extra = zip64Extra(bytes, extraStart, extraStart + extraLength, {
        size: declaredSize === 0xffffffff,
        csize: compressedSize === 0xffffffff,
        offset: localOffset === 0xffffffff,
      });
      declaredSize = extra.size ?? declaredSize;
      compressedSize = extra.csize ?? compressedSize;
      localOffset = extra.offset ?? localOffset;
    }
    if (flags & FLAG_ENCRYPTED) return err(docxError('encrypted', `entry ${name} is encrypted`));
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL_SIGNATURE) {
      return err(docxError('corruptZip', `local header of ${name} is damaged`));
    }
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    entries.push({
      name,
      flags,
      method,
      dosTime: u16(bytes, at + 12),
      dosDate: u16(bytes, at + 14),
      crc32: u32(bytes, at + 16),
      compressedSize,
      declaredSize,
      dataOffset,
    });
    at = extraStart + extraLength + commentLength;
  }
  return ok(entries);
}

/** The entry's bytes exactly as stored in the zip (still compressed). */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/**
 * One-shot inflation into a buffer of the declared size, when that size is
 * small (under both the cap and `ONE_SHOT_BYTES`). The buffer has one byte to spare: output that
 * fills it, falls short of the declared size, or fails to decode is not
 * trusted, and the sliced path decides (with its own checks and errors).
 * Writes past the buffer are dropped, so a lying size costs no memory.
 */
function inflateAsDeclared(raw: Uint8Array, declaredSize: number, cap: number): Uint8Array | undefined {
  if (declaredSize > cap || declaredSize > ONE_SHOT_BYTES) return undefined;
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(raw, { out: new Uint8Array(declaredSize + 1) });
  } catch (cause) {
    // Not decodable in one go: the sliced path reports why.
    if (cause instanceof Error) return undefined;
    throw cause;
  }
  return inflated.length === declaredSize ? inflated : undefined;
}

/** The part's bytes when they match the CRC-32 its directory entry records. */
function checked(entry: ZipEntry, data: Uint8Array, crc: number): Result<Uint8Array, DocxError> {
  if (crc !== entry.crc32) {
    return err(docxError('corruptZip', `${entry.name}: CRC-32 ${crc.toString(16)} where the zip records ${entry.crc32.toString(16)}`));
  }
  return ok(data);
}

/**
 * Inflates one entry, refusing it as soon as its output passes the part cap
 * or the file's remaining budget — whatever the zip claims its size is — and
 * refusing it when its bytes do not match their CRC-32.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Result<Uint8Array, DocxError> {
  const cap = Math.min(budget.maxPartBytes, budget.remaining);
  if (entry.declaredSize > cap) {
    return err(docxError('tooLarge', `${entry.name} declares ${entry.declaredSize} bytes (cap ${cap})`));
  }
  if (entry.dataOffset + entry.compressedSize > bytes.length) {
    return err(docxError('corruptZip', `${entry.name} runs past the end of the file`));
  }
  const raw = rawData(bytes, entry);
  if (entry.method === 0) {
    if (raw.length !== entry.declaredSize) return err(docxError('corruptZip', `${entry.name} is stored in ${raw.length} bytes but records ${entry.declaredSize}`));
    budget.remaining -= raw.length;
    return checked(entry, raw.slice(), crc32(raw));
  }
  if (entry.method !== 8) return err(docxError('unsupportedCompression', `${entry.name} uses method ${entry.method}`));

  // The declared size is within the cap (checked above): inflating past it is what a lying bomb does.
  if (rawInflater) return inflatedBy(rawInflater, entry, raw, budget);

  const whole = inflateAsDeclared(raw, entry.declaredSize, cap);
  if (whole) {
    budget.remaining -= whole.length;
    return checked(entry, whole, crc32(whole));
  }

  const chunks: Uint8Array[] = [];
  let produced = 0;
  let crc = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk);
    produced += chunk.length;
    crc = crc32(chunk, crc);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < raw.length && !finished; at += INFLATE_SLICE) {
      const end = Math.min(raw.length, at + INFLATE_SLICE);
      inflater.push(raw.subarray(at, end), end === raw.length);
      // More than the zip records: a bomb lying about its size, refused as what it is, too large.
      if (produced > entry.declaredSize) {
        return err(docxError('tooLarge', `${entry.name} inflates past the ${entry.declaredSize} bytes it records`));
      }
      if (produced > cap) {
        return err(docxError('tooLarge', `${entry.name} inflates past ${cap} bytes`));
      }
    }
  } catch (cause) {
    return err(docxError('corruptZip', `${entry.name}: ${cause instanceof Error ? cause.message : String(cause)}`));
  }
  if (!finished && raw.length > 0) return err(docxError('corruptZip', `${entry.name} ends before its compressed data does`));
  if (produced !== entry.declaredSize) return err(docxError('corruptZip', `${entry.name} inflates to ${produced} bytes but records ${entry.declaredSize}`));
  budget.remaining -= produced;
  return checked(entry, concatBytes(chunks, produced), crc);
}

/** One entry inflated by an injected inflater, with the same checks and refusals as the sliced path. */
function inflatedBy(inflater: RawInflater, entry: ZipEntry, raw: Uint8Array, budget: InflateBudget): Result<Uint8Array, DocxError> {
  const outcome: InflateOutcome = raw.length === 0 ? { kind: 'done', bytes: new Uint8Array(0), crc: 0 } : inflater(raw, entry.declaredSize);
  switch (outcome.kind) {
    case 'too-large':
      return err(docxError('tooLarge', `${entry.name} inflates past the ${entry.declaredSize} bytes it records`));
    case 'truncated':
      return err(docxError('corruptZip', `${entry.name} ends before its compressed data does`));
    case 'corrupt':
      return err(docxError('corruptZip', `${entry.name}: ${outcome.message}`));
    case 'done': {
      const produced = outcome.bytes.length;
      if (produced !== entry.declaredSize) return err(docxError('corruptZip', `${entry.name} inflates to ${produced} bytes but records ${entry.declaredSize}`));
      budget.remaining -= produced;
      return checked(entry, outcome.bytes, outcome.crc);
    }
  }
}
