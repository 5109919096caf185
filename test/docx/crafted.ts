/**
 * Small .docx files written part by part, for inputs no word processor would
 * save: damaged bytes, odd namespaces, deep nesting, extreme sizes. Every
 * part is deflated with its true CRC-32 unless a test says otherwise.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { buildZip, type RawZipEntry } from '../support/docx-fixtures';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The related parts a crafted document can carry besides its main part, as text or bytes. */
export interface CraftedParts {
  readonly document: string | Uint8Array;
  readonly styles?: string | Uint8Array;
  readonly theme?: string | Uint8Array;
  readonly settings?: string | Uint8Array;
  readonly numbering?: string | Uint8Array;
  /** Extra parts by name (customXml/item1.xml…). */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>;
}

const RELATED: readonly (readonly [keyof CraftedParts, string, string])[] = [
  ['styles', 'word/styles.xml', 'styles'],
  ['theme', 'word/theme/theme1.xml', 'theme'],
  ['settings', 'word/settings.xml', 'settings'],
  ['numbering', 'word/numbering.xml', 'numbering'],
];

const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content);

/** One part deflated, with its CRC-32 (or `crc` to make it lie). */
export function deflatedEntry(name: string, content: string | Uint8Array, crc?: number): RawZipEntry {
  const data = bytesOf(content);
  return { name, data: new Uint8Array(deflateRawSync(data)), method: 8, declaredSize: data.length, crc: crc ?? crc32(data) >>> 0 };
}

/** The entries of a minimal package around `parts` (content types, package and document relationships). */
export function craftedEntries(parts: CraftedParts): RawZipEntry[] {
  const present = RELATED.filter(([key]) => parts[key] !== undefined);
  const overrides = present.map(([, name]) => `<Override PartName="/${name}" ContentType="application/xml"/>`).join('');
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides}</Types>`;
  const packageRels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`;
  const documentRels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    present.map(([, name, type], index) => `<Relationship Id="rId${index + 1}" Type="${REL_TYPE}/${type}" Target="${name.slice('word/'.length)}"/>`).join('') +
    '</Relationships>';
  return [
    deflatedEntry('[Content_Types].xml', types),
    deflatedEntry('_rels/.rels', packageRels),
    deflatedEntry('word/_rels/document.xml.rels', documentRels),
    deflatedEntry('word/document.xml', parts.document),
    ...present.map(([key, name]) => deflatedEntry(name, parts[key] as string | Uint8Array)),
    ...Object.entries(parts.extra ?? {}).map(([name, content]) => deflatedEntry(name, content)),
  ];
}

export function craftedDocx(parts: CraftedParts): Uint8Array {
  return buildZip(craftedEntries(parts));
}

/** A main part around `body` (paragraphs and tables), binding `w` (or `prefix`) to WordprocessingML. */
export function documentXml(body: string, prefix = 'w'): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  const xmlns = prefix === '' ? `xmlns="${W_NS}"` : `xmlns:${prefix}="${W_NS}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}document ${xmlns} xmlns:r="${REL_NS}"><${p}body>${body}</${p}body></${p}document>`;
}

/** A paragraph of one run of `text` (already escaped). */
export function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A styles part holding `inside` (docDefaults and styles). */
export function stylesXml(inside: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${inside}</w:styles>`;
}

const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

/** A theme whose font scheme sits under `depth` nested elements. */
export function deepThemeXml(depth: number, eastAsia = '华文中宋'): string {
  return (
    `<a:theme xmlns:a="${A_NS}" name="Office"><a:themeElements>${'<a:extLst>'.repeat(depth)}${'</a:extLst>'.repeat(depth)}` +
    `<a:fontScheme name="x"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="${eastAsia}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`
  );
}

/** `paragraphs` empty paragraphs inside content controls nested `depth` deep. */
export function nestedControlsXml(depth: number, paragraphs: number): string {
  return `${'<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>'.repeat(depth)}${'<w:p/>'.repeat(paragraphs)}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
}
