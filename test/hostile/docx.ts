/**
 * Smallest .docx packages for crafted inputs: the three parts Word needs
 * (content types, package relationships, the main document), zipped by
 * fflate. Each generator returns bytes; nothing binary is committed.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A package around `documentXml` (a whole w:document), with any extra parts. */
export function docxPackage(documentXml: string, extraParts: Readonly<Record<string, string>> = {}): Uint8Array {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXml),
  };
  for (const [name, xml] of Object.entries(extraParts)) parts[name] = strToU8(xml);
  return zipSync(parts);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One paragraph whose runs are in `font` at `halfPoints`. */
export function paragraph(text: string, font = '宋体', halfPoints = 24): string {
  return (
    `<w:p><w:r><w:rPr><w:rFonts w:eastAsia="${escapeXml(font)}"/><w:sz w:val="${halfPoints}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`
  );
}

export function documentXml(paragraphs: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}</w:body></w:document>`;
}

/** Text that compresses poorly, so a document can be made as large as a test needs. */
export function varied(length: number, seed = 1): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(0x4e00 + ((state >>> 8) % 0x5000));
  }
  return text;
}

/**
 * A closing report (基层党建"书记项目"结项报告) in 宋体 小四: recognised by
 * its title, and with font and size errors `--fix` can fix. Body paragraphs
 * of varied text make it as large as needed.
 */
export function closingReport(
  bodyParagraphs = 3,
  options: { font?: string; title?: string; paragraphLength?: number } = {},
): Uint8Array {
  const font = options.font ?? '宋体';
  const length = options.paragraphLength ?? 60;
  const paragraphs = [
    paragraph(options.title ?? '基层党建“书记项目”结项报告', font, 44),
    paragraph('一、项目简介', font),
    ...Array.from({ length: bodyParagraphs }, (_, i) => paragraph(`本项目${varied(length, i + 1)}。`, font)),
    paragraph('二、推进情况', font),
    paragraph('三、主要成效', font),
  ];
  return docxPackage(documentXml(paragraphs));
}

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** `word/_rels/document.xml.rels` naming parts by their relationship type's last segment (`theme`, `styles`, …). */
export function documentRels(targets: Readonly<Record<string, string>>): string {
  const rels = Object.entries(targets)
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIP_TYPES}${type}" Target="${target}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}
