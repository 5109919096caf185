/**
 * Writes a zip whose entries are either copied as stored (compressed bytes
 * untouched, so every part we did not change is byte-identical once
 * unpacked) or replaced by new content.
 */
import { deflateSync } from 'fflate';
import { err, ok, type Result } from '../core/result';
import { docxError, type DocxError } from './errors';
import { crc32 } from './crc32';
import type { ZipEntry } from './zip';

export interface OutputEntry {
  readonly entry: ZipEntry;
  /** Compressed bytes as stored in the source zip, or undefined when `content` replaces them. */
  readonly raw?: Uint8Array;
  /** New uncompressed content. */
  readonly content?: Uint8Array;
}

/** Compresses one part's new content as raw deflate data, returning it with the content's CRC-32. */
export type RawDeflater = (content: Uint8Array) => { readonly data: Uint8Array; readonly crc: number };

/** fflate at level 6: runs everywhere, the browser included. */
const fflateDeflater: RawDeflater = (content) => ({ data: deflateSync(content, { level: 6 }), crc: crc32(content) });

let rawDeflater: RawDeflater = fflateDeflater;

/**
 * Sets the deflater every later write uses (the command line sets Node's
 * native zlib, many times faster on a long document); `undefined` goes back
 * to fflate. Either way the parts unpack to the same bytes.
 */
export function useRawDeflater(deflater: RawDeflater | undefined): void {
  rawDeflater = deflater ?? fflateDeflater;
}

interface Prepared {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/**
 * The fields a local file header and its central directory record share, in
 * the same order: flags, method, time, date, CRC, sizes, name length and an
 * empty extra field.
 */
function writeSharedHeader(out: ByteWriter, p: Prepared): void {
  out.u16(p.flags);
  out.u16(p.method);
  out.u16(p.dosTime);
  out.u16(p.dosDate);
  out.u32(p.crc);
  out.u32(p.data.length);
  out.u32(p.size);
  out.u16(p.name.length);
  out.u16(0);
}

const encoder = new TextEncoder();
/** UTF-8 names; no data descriptor (sizes are known up front). */
const FLAG_UTF8 = 0x800;

function prepare(item: OutputEntry): Prepared {
  const { entry } = item;
  const name = encoder.encode(entry.name);
  const flags = (entry.flags & 0x0006) | FLAG_UTF8;
  if (item.content !== undefined) {
    const { data, crc } = rawDeflater(item.content);
    return { name, flags, method: 8, dosTime: entry.dosTime, dosDate: entry.dosDate, crc, size: item.content.length, data };
  }
  return {
    name,
    flags,
    method: entry.method,
    dosTime: entry.dosTime,
    dosDate: entry.dosDate,
    crc: entry.crc32,
    size: entry.declaredSize,
    data: item.raw ?? new Uint8Array(0),
  };
}

class ByteWriter {
  private readonly buffer: Uint8Array;
  private readonly view: DataView;
  at = 0;
  constructor(length: number) {
    this.buffer = new Uint8Array(length);
    this.view = new DataView(this.buffer.buffer);
  }
  u16(value: number): void {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
  }
  u32(value: number): void {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
  }
  bytes(value: Uint8Array): void {
    this.buffer.set(value, this.at);
    this.at += value.length;
  }
  result(): Uint8Array {
    return this.buffer;
  }
}

/** Builds the zip; refuses (rather than silently corrupting) anything that would need zip64. */
export function writeZip(items: readonly OutputEntry[]): Result<Uint8Array, DocxError> {
  const prepared = items.map(prepare);
  let localLength = 0;
  let centralLength = 0;
  for (const p of prepared) {
    localLength += 30 + p.name.length + p.data.length;
    centralLength += 46 + p.name.length;
    if (p.size > 0xfffffffe || p.data.length > 0xfffffffe) return err(docxError('tooLarge', 'entry needs zip64'));
  }
  if (localLength + centralLength + 22 > 0xfffffffe || prepared.length > 0xfffe) {
    return err(docxError('tooLarge', 'output needs zip64'));
  }
  const out = new ByteWriter(localLength + centralLength + 22);
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(out.at);
    out.u32(0x04034b50);
    out.u16(20);
    writeSharedHeader(out, p);
    out.bytes(p.name);
    out.bytes(p.data);
  }
  const centralStart = out.at;
  prepared.forEach((p, index) => {
    out.u32(0x02014b50);
    out.u16(20);
    out.u16(20);
    writeSharedHeader(out, p);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(0);
    out.u32(offsets[index]);
    out.bytes(p.name);
  });
  const centralSize = out.at - centralStart;
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(prepared.length);
  out.u16(prepared.length);
  out.u32(centralSize);
  out.u32(centralStart);
  out.u16(0);
  return ok(out.result());
}
