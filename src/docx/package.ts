/**
 * The .docx as an OPC package: recognise what the bytes are (zip, legacy
 * .doc, password-protected OLE wrapper), find the main document part through
 * `_rels/.rels`, and load only the parts the reader needs, within the limits.
 */
import { err, ok, type Result } from '../core/result';
import { docxError, type DocxError } from './errors';
import { decodePart, parseXml, type Wanted, type XmlDocument } from './xml';
import { inflateEntry, listEntries, type InflateBudget, type ZipEntry } from './zip';

export interface ReadLimits {
  /** Most zip entries accepted (checked from the directory before inflating anything). */
  maxEntries: number;
  /** Most bytes inflated across all the parts read. */
  maxUncompressedBytes: number;
  /** Most bytes any one part may inflate to. */
  maxPartBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntries: 5000,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxPartBytes: 64 * 1024 * 1024,
};

export interface Package {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly budget: InflateBudget;
  /** Lower-cased part name (no leading slash) → entry. */
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = '/officeDocument';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** `EncryptedPackage` as a UTF-16LE directory-entry name: what an encrypted OOXML's OLE wrapper holds. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

function containsSequence(bytes: Uint8Array, sequence: readonly number[]): boolean {
  const first = sequence[0];
  outer: for (let at = bytes.indexOf(first); at >= 0 && at + sequence.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    for (let k = 1; k < sequence.length; k++) if (bytes[at + k] !== sequence[k]) continue outer;
    return true;
  }
  return false;
}

/** Classifies the bytes and lists the zip's entries, refusing what is not a readable .docx. */
export function openPackage(bytes: Uint8Array, limits: ReadLimits): Result<Package, DocxError> {
  if (bytes.length === 0) return err(docxError('empty'));
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // An OLE compound file is either a legacy .doc or Office's wrapper around an encrypted .docx.
    if (containsSequence(bytes, ENCRYPTED_PACKAGE)) return err(docxError('encrypted', 'OLE compound file with EncryptedPackage'));
    return err(docxError('legacyDoc', 'OLE compound file'));
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return err(docxError('notADocx', 'no zip signature'));
  const entries = listEntries(bytes, limits.maxEntries);
  if (!entries.ok) return entries;
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries.value) byName.set(normalisePartName(entry.name), entry);
  return ok({
    bytes,
    entries: entries.value,
    byName,
    budget: { remaining: limits.maxUncompressedBytes, maxPartBytes: limits.maxPartBytes },
  });
}

export function normalisePartName(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** Inflates one part; `undefined` when the package has no such part. */
export function readPartBytes(pkg: Package, name: string): Result<Uint8Array | undefined, DocxError> {
  const entry = pkg.byName.get(normalisePartName(name));
  if (!entry) return ok(undefined);
  return inflateEntry(pkg.bytes, entry, pkg.budget);
}

/** Inflates and decodes one part; `undefined` when the package has no such part. */
export function readPartText(pkg: Package, name: string): Result<{ text: string; encoding: string } | undefined, DocxError> {
  const bytes = readPartBytes(pkg, name);
  if (!bytes.ok || bytes.value === undefined) return bytes as Result<undefined, DocxError>;
  return decodePart(bytes.value, name);
}

export function readPartXml(
  pkg: Package,
  name: string,
  keepText: (element: string) => boolean,
  skip?: ReadonlySet<string>,
  wanted?: Wanted,
): Result<XmlDocument | undefined, DocxError> {
  const text = readPartText(pkg, name);
  if (!text.ok || text.value === undefined) return text as Result<undefined, DocxError>;
  return parseXml(text.value.text, name, keepText, skip, wanted);
}

export interface Relationship {
  readonly type: string;
  /** Part name the relationship points at, resolved against its source (no leading slash). */
  readonly target: string;
  readonly external: boolean;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; '' (the package) → `_rels/.rels`. */
function relsPartFor(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf('/') + 1).split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

export function readRelationships(pkg: Package, source: string): Result<Relationship[], DocxError> {
  const rels = readPartXml(pkg, relsPartFor(source), () => false, undefined, (_, depth) => depth <= 1);
  if (!rels.ok) return rels;
  if (!rels.value) return ok([]);
  return ok(
    rels.value.root.children
      .filter((element) => element.name.endsWith('Relationship'))
      .map((element) => {
        const external = element.attrs.TargetMode === 'External';
        const target = element.attrs.Target ?? '';
        return { type: element.attrs.Type ?? '', target: external ? target : resolveTarget(source, target), external };
      }),
  );
}

/** The main document part: `_rels/.rels`' officeDocument target (word/document.xml if the package has no .rels). */
export function findMainDocument(pkg: Package): Result<string, DocxError> {
  const rels = readRelationships(pkg, '');
  if (!rels.ok) return rels;
  const main = rels.value.find((rel) => rel.type.endsWith(OFFICE_DOCUMENT) && !rel.external);
  const name = main ? main.target : rels.value.length === 0 ? 'word/document.xml' : undefined;
  if (!name || !pkg.byName.has(normalisePartName(name))) {
    return err(docxError('missingDocument', name ? `${name} is missing` : 'no officeDocument relationship'));
  }
  return ok(name);
}

export function relationshipOfType(rels: readonly Relationship[], suffix: string): string | undefined {
  return rels.find((rel) => !rel.external && rel.type.endsWith(suffix))?.target;
}
