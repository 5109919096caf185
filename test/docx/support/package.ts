/**
 * Writes small .docx packages whose formatting comes from one chosen source
 * (a table style, a numbering level, a list style…), so a test can state what
 * Word shows for it. Each package is also given to LibreOffice
 * (./libreoffice) so that what we read is checked against an independent
 * reader, not only against our own expectations.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = [
  `xmlns:w="${W}"`,
  `xmlns:r="${R}"`,
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'mc:Ignorable="wps"',
].join(' ');

export interface PackageParts {
  /** Inside `<w:body>`; a final sectPr is added. */
  readonly body: string;
  /** Inside `<w:styles>` (docDefaults and styles). */
  readonly styles?: string;
  /** Inside `<w:numbering>`. */
  readonly numbering?: string;
  /** Inside `<w:settings>`. */
  readonly settings?: string;
  /** Inside `<w:footnotes>`, after the separator notes. */
  readonly footnotes?: string;
  /** Inside `<w:endnotes>`, after the separator notes. */
  readonly endnotes?: string;
}

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function separators(kind: 'footnote' | 'endnote'): string {
  return (
    `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>` +
    `<w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>`
  );
}

/** The package's bytes. */
export function docxBytes(parts: PackageParts): Uint8Array {
  const overrides: string[] = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
  ];
  const rels: string[] = [
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${R}/settings" Target="settings.xml"/>`,
  ];
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, xml: string) => (files[name] = strToU8(declaration + xml));
  add('word/styles.xml', `<w:styles ${NAMESPACES}>${parts.styles ?? ''}</w:styles>`);
  add('word/settings.xml', `<w:settings ${NAMESPACES}>${parts.settings ?? ''}</w:settings>`);
  if (parts.numbering !== undefined) {
    add('word/numbering.xml', `<w:numbering ${NAMESPACES}>${parts.numbering}</w:numbering>`);
    overrides.push('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>');
    rels.push(`<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>`);
  }
  if (parts.footnotes !== undefined) {
    add('word/footnotes.xml', `<w:footnotes ${NAMESPACES}>${separators('footnote')}${parts.footnotes}</w:footnotes>`);
    overrides.push('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>');
    rels.push(`<Relationship Id="rIdFootnotes" Type="${R}/footnotes" Target="footnotes.xml"/>`);
  }
  if (parts.endnotes !== undefined) {
    add('word/endnotes.xml', `<w:endnotes ${NAMESPACES}>${separators('endnote')}${parts.endnotes}</w:endnotes>`);
    overrides.push('<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>');
    rels.push(`<Relationship Id="rIdEndnotes" Type="${R}/endnotes" Target="endnotes.xml"/>`);
  }
  const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  add('word/document.xml', `<w:document ${NAMESPACES}><w:body>${parts.body}${sectPr}</w:body></w:document>`);
  add('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  add(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  return zipSync(files);
}

/** Writes the package to `dir/name` and returns its path. */
export function writeDocx(dir: string, name: string, parts: PackageParts): string {
  const path = join(dir, name);
  writeFileSync(path, docxBytes(parts));
  return path;
}

/** A paragraph: `pPr` and each run's `rPr` inner XML, and the runs' text. */
export function paragraphXml(text: string, pPr = '', rPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** docDefaults stating an East Asian font and size (half-points). */
export function docDefaults(eastAsia: string, halfPoints: number, pPr = ''): string {
  return `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="${eastAsia}" w:hAnsi="Times New Roman"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>${pPr}</w:pPr></w:pPrDefault></w:docDefaults>`;
}

export const NORMAL_STYLE = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>';

/** A table of `rows` × `columns` cells, each holding one paragraph with the text `make(row, column)`. */
export function tableXml(tblPr: string, rows: number, columns: number, make: (row: number, column: number) => string): string {
  let xml = `<w:tbl><w:tblPr>${tblPr}<w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`;
  for (let c = 0; c < columns; c++) xml += '<w:gridCol w:w="2000"/>';
  xml += '</w:tblGrid>';
  for (let r = 0; r < rows; r++) {
    xml += '<w:tr>';
    for (let c = 0; c < columns; c++) xml += `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${make(r, c)}</w:tc>`;
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
