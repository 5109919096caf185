/**
 * What the files of one batch share: the 组织部 checks dozens of reports
 * made from one template, whose styles, theme, numbering and settings parts
 * are the same bytes in every file. Those parts are read once per batch.
 *
 * A part is taken from the memo only when its zip entry holds exactly the
 * same compressed bytes (same method, CRC-32 and sizes, then compared byte
 * for byte) as a part read before: inflating them again could only give the
 * same text, so reading it again could only give the same value. The file's
 * inflate budget is charged as if the part had been inflated, and a part its
 * budget could not afford is read the ordinary way, so a file is refused for
 * exactly the reasons it would be refused alone.
 *
 * Values kept here are read-only (style sheets, theme fonts, list
 * definitions); nothing that reads a document writes into them.
 */
import type { Result } from '../core/result';
import type { DocxError } from './errors';
import { normalisePartName, type Package } from './package';
import { rawData, type ZipEntry } from './zip';

/** Distinct versions kept of one kind of part; a batch of many templates starts over rather than grow without end. */
const MOST_VERSIONS = 32;

interface Remembered<T> {
  readonly raw: Uint8Array;
  readonly value: T;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keyOf(entry: ZipEntry): string {
  return `${entry.method}:${entry.crc32}:${entry.declaredSize}:${entry.compressedSize}`;
}

/** One kind of part (styles, theme…) read once per distinct content. */
export class PartMemo<T> {
  private readonly versions = new Map<string, Remembered<T>[]>();
  private count = 0;
  hits = 0;

  /**
   * The value of part `name` of `pkg`: remembered when the same bytes were
   * read before and the file's budget affords them, otherwise `read()`
   * (remembered when it succeeds). `also` narrows a hit further (a value
   * that depends on another part's).
   */
  get(pkg: Package, name: string, read: () => Result<T, DocxError>, also: (value: T) => boolean = () => true): Result<T, DocxError> {
    const entry = pkg.byName.get(normalisePartName(name));
    if (!entry || entry.dataOffset + entry.compressedSize > pkg.bytes.length) return read();
    const raw = rawData(pkg.bytes, entry);
    const key = keyOf(entry);
    const cap = Math.min(pkg.budget.maxPartBytes, pkg.budget.remaining);
    if (entry.declaredSize <= cap) {
      const found = this.versions.get(key)?.find((version) => sameBytes(version.raw, raw) && also(version.value));
      if (found) {
        pkg.budget.remaining -= entry.declaredSize;
        this.hits++;
        return { ok: true, value: found.value };
      }
    }
    const value = read();
    if (value.ok) this.remember(key, raw, value.value);
    return value;
  }

  private remember(key: string, raw: Uint8Array, value: T): void {
    if (this.count >= MOST_VERSIONS) {
      this.versions.clear();
      this.count = 0;
    }
    const list = this.versions.get(key) ?? [];
    // A copy: keeping a view would keep the whole file's bytes alive.
    list.push({ raw: raw.slice(), value });
    this.versions.set(key, list);
    this.count++;
  }
}
