/**
 * What LibreOffice makes of a .docx: it is converted to flat ODF
 * (`soffice --convert-to fodt`), whose paragraphs name automatic styles that
 * state, with their parent styles, each paragraph's effective properties.
 * An independent reader of the same file, to check ours against.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseXml, type XmlElement } from '../../../src/docx/xml';
import { sofficeConvert } from '../../support/tools';

export interface OfficeParagraph {
  readonly text: string;
  /** East Asian font of the first text (span or paragraph). */
  readonly eastAsiaFont?: string;
  readonly eastAsiaSizePt?: number;
  /** `exact 28`, `atLeast 20`, `multiple 1.5`. */
  readonly lineSpacing?: string;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  readonly firstLineIndentPt?: number;
  readonly alignment?: string;
}

const PER_POINT: Readonly<Record<string, number>> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12 };

function points(length: string | undefined): number | undefined {
  const match = length === undefined ? null : /^(-?[\d.]+)(pt|in|cm|mm|pc)$/.exec(length);
  return match ? Math.round(Number(match[1]) * PER_POINT[match[2]] * 100) / 100 : undefined;
}

interface Style {
  readonly parent?: string;
  readonly paragraph: Readonly<Record<string, string>>;
  readonly text: Readonly<Record<string, string>>;
}

function walk(element: XmlElement, visit: (element: XmlElement) => void): void {
  visit(element);
  for (const child of element.children) walk(child, visit);
}

function textOf(element: XmlElement): string {
  let text = element.text;
  for (const child of element.children) {
    if (child.name === 'text:s') text += ' '.repeat(Number(child.attrs['text:c'] ?? '1'));
    else if (child.name === 'text:tab') text += '\t';
    else if (child.name !== 'text:note') text += textOf(child);
  }
  return text;
}

/** Converts `docx` with LibreOffice (into `dir`) and returns its body paragraphs, in order. */
export function libreOfficeParagraphs(docx: string, dir: string): OfficeParagraph[] {
  sofficeConvert(docx, 'fodt', dir);
  const source = readFileSync(join(dir, basename(docx).replace(/\.docx$/, '.fodt')), 'utf8');
  const parsed = parseXml(source, 'fodt', (name) => name === 'text:p' || name === 'text:h' || name === 'text:span');
  if (!parsed.ok) throw new Error(parsed.error.detail ?? parsed.error.message);
  const root = parsed.value.root;
  const fonts = new Map<string, string>();
  const styles = new Map<string, Style>();
  let defaults: Style = { paragraph: {}, text: {} };
  const styleOf = (element: XmlElement): Style => ({
    parent: element.attrs['style:parent-style-name'],
    paragraph: element.children.find((c) => c.name === 'style:paragraph-properties')?.attrs ?? {},
    text: element.children.find((c) => c.name === 'style:text-properties')?.attrs ?? {},
  });
  walk(root, (element) => {
    if (element.name === 'style:font-face') fonts.set(element.attrs['style:name'], (element.attrs['svg:font-family'] ?? '').replace(/^'|'$/g, ''));
    else if (element.name === 'style:default-style' && element.attrs['style:family'] === 'paragraph') defaults = styleOf(element);
    else if (element.name === 'style:style') styles.set(`${element.attrs['style:family']}/${element.attrs['style:name']}`, styleOf(element));
  });
  const lookup = (family: string, name: string | undefined, kind: 'paragraph' | 'text', property: string): string | undefined => {
    const seen = new Set<string>();
    for (let at = name; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = styles.get(`${family}/${at}`);
      if (!style) break;
      const value = style[kind][property];
      if (value !== undefined) return value;
      at = style.parent;
    }
    return defaults[kind][property];
  };
  const body = root.children.find((c) => c.name === 'office:body');
  const paragraphs: OfficeParagraph[] = [];
  if (!body) return paragraphs;
  walk(body, (element) => {
    if (element.name !== 'text:p' && element.name !== 'text:h') return;
    const style = element.attrs['text:style-name'];
    const p = (property: string) => lookup('paragraph', style, 'paragraph', property);
    const span = element.children.find((c) => c.name === 'text:span');
    const t = (property: string) => (span && lookup('text', span.attrs['text:style-name'], 'text', property)) ?? lookup('paragraph', style, 'text', property);
    const fontName = t('style:font-name-asian');
    const height = p('fo:line-height');
    const atLeast = p('style:line-height-at-least');
    let lineSpacing: string | undefined;
    if (atLeast !== undefined) lineSpacing = `atLeast ${points(atLeast)}`;
    else if (height?.endsWith('%')) lineSpacing = `multiple ${Number(height.slice(0, -1)) / 100}`;
    else if (height !== undefined && height !== 'normal') lineSpacing = `exact ${points(height)}`;
    else lineSpacing = 'multiple 1';
    paragraphs.push({
      text: textOf(element),
      eastAsiaFont: fontName === undefined ? undefined : (fonts.get(fontName) ?? fontName),
      eastAsiaSizePt: points(t('style:font-size-asian')),
      lineSpacing,
      spaceBeforePt: points(p('fo:margin-top')) ?? 0,
      spaceAfterPt: points(p('fo:margin-bottom')) ?? 0,
      firstLineIndentPt: points(p('fo:text-indent')) ?? 0,
      alignment: p('fo:text-align'),
    });
  });
  return paragraphs;
}
