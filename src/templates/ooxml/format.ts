/**
 * Direct formatting from a profile role. Every paragraph and run we write
 * carries its fonts, size and spacing directly, because `insertOoxml` keeps
 * a document's own styles: direct formatting is what survives insertion
 * into any document.
 */
import type { Alignment, LineSpacing } from '../../core/model';
import type { Profile, RoleName } from '../schema';
import { attrs, escapeXml, twips } from './xml';

/** Latin text may be in any font; official documents use Times New Roman. */
export const LATIN_FONT = 'Times New Roman';
/** Word's placeholder grey, so an unfilled field reads as unfilled. */
export const PLACEHOLDER_COLOR = '808080';

export interface RunFormatSpec {
  readonly eastAsiaFont: string;
  readonly latinFont?: string;
  readonly sizePt: number;
  readonly bold?: boolean;
  /** Hex RGB without '#'. */
  readonly color?: string;
}

export interface ParagraphFormatSpec {
  readonly alignment?: Alignment;
  /** null: single spacing (a role whose spacing the profile does not fix). */
  readonly lineSpacing: LineSpacing | null;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** Hundredths of a character; 0 writes an explicit zero indent so a host style cannot add one. */
  readonly firstLineChars: number;
  /** Right indent in hundredths of a character. */
  readonly rightChars?: number;
  readonly keepNext?: boolean;
  /** A paragraph style carrying the role's fonts (see ROLE_STYLES); omitted where the host document's styles rule. */
  readonly styleId?: string;
}

export interface OoxmlFormat {
  readonly run: RunFormatSpec;
  readonly paragraph: ParagraphFormatSpec;
}

const HEADINGS: readonly RoleName[] = ['h1', 'h2', 'h3', 'h4'];

/**
 * One paragraph style per role, written in the .docx we make (not inserted
 * into a writer's document, whose styles are theirs). The direct formatting
 * still decides; the style gives the role's fonts to what an editor draws
 * without the runs' properties: LibreOffice shows a plain-text control's
 * content in its paragraph's style, so without these the 楷体 署名 line and
 * every form value fell back to the document's default font.
 */
export const ROLE_STYLES: Readonly<Record<RoleName, { readonly id: string; readonly name: string }>> = {
  title: { id: 'DangjianTitle', name: '党建 标题' },
  org: { id: 'DangjianOrg', name: '党建 署名' },
  h1: { id: 'DangjianH1', name: '党建 一级标题' },
  h2: { id: 'DangjianH2', name: '党建 二级标题' },
  h3: { id: 'DangjianH3', name: '党建 三级标题' },
  h4: { id: 'DangjianH4', name: '党建 四级标题' },
  body: { id: 'DangjianBody', name: '党建 正文' },
  'table-cell': { id: 'DangjianTableCell', name: '党建 表格' },
};

/**
 * The role's format as direct properties. Headings are indented two
 * characters like the body (空两字, as 公文 write them) when the profile
 * leaves their indent open.
 */
export function roleFormat(profile: Profile, role: RoleName): OoxmlFormat {
  const format = profile.roles[role];
  const defaultIndent = role === 'body' || HEADINGS.includes(role) ? 200 : 0;
  return {
    run: { eastAsiaFont: format.fonts.preferred, latinFont: LATIN_FONT, sizePt: format.sizePt },
    paragraph: {
      alignment: format.alignment ?? (role === 'table-cell' ? undefined : 'both'),
      lineSpacing: format.lineSpacing === undefined ? profile.lineSpacing : format.lineSpacing,
      spaceBeforePt: profile.spaceBeforePt,
      spaceAfterPt: profile.spaceAfterPt,
      firstLineChars: format.firstLineChars ?? defaultIndent,
      keepNext: HEADINGS.includes(role) || role === 'title' || role === 'org',
    },
  };
}

export function runPropertiesXml(format: RunFormatSpec): string {
  const latin = format.latinFont ?? LATIN_FONT;
  const halfPoints = Math.round(format.sizePt * 2);
  return (
    '<w:rPr>' +
    `<w:rFonts${attrs({ 'w:ascii': latin, 'w:hAnsi': latin, 'w:eastAsia': format.eastAsiaFont, 'w:cs': latin, 'w:hint': 'eastAsia' })}/>` +
    (format.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    (format.color ? `<w:color w:val="${escapeXml(format.color)}"/>` : '') +
    `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:rPr>'
  );
}

function spacingXml(format: ParagraphFormatSpec): string {
  const before = twips(format.spaceBeforePt);
  const after = twips(format.spaceAfterPt);
  const spacing = format.lineSpacing;
  if (spacing === null) return `<w:spacing${attrs({ 'w:before': before, 'w:after': after, 'w:line': 240, 'w:lineRule': 'auto' })}/>`;
  if (spacing.rule === 'multiple') {
    return `<w:spacing${attrs({ 'w:before': before, 'w:after': after, 'w:line': Math.round(spacing.lines * 240), 'w:lineRule': 'auto' })}/>`;
  }
  return `<w:spacing${attrs({ 'w:before': before, 'w:after': after, 'w:line': twips(spacing.points), 'w:lineRule': spacing.rule })}/>`;
}

/** `w:pPr` with the paragraph mark's run properties, so an empty paragraph keeps the role's font too. */
export function paragraphPropertiesXml(format: ParagraphFormatSpec, run: RunFormatSpec, extra: { pageBreakBefore?: boolean } = {}): string {
  // firstLine in twips is what older readers use; firstLineChars wins in Word.
  const firstLine = Math.round((format.firstLineChars / 100) * twips(run.sizePt));
  const right = format.rightChars === undefined ? undefined : Math.round((format.rightChars / 100) * twips(run.sizePt));
  const indent =
    `<w:ind${attrs({ 'w:right': right, 'w:rightChars': format.rightChars, 'w:firstLineChars': format.firstLineChars, 'w:firstLine': firstLine })}/>`;
  return (
    '<w:pPr>' +
    (format.styleId ? `<w:pStyle w:val="${escapeXml(format.styleId)}"/>` : '') +
    (format.keepNext ? '<w:keepNext/>' : '') +
    (extra.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    spacingXml(format) +
    indent +
    (format.alignment ? `<w:jc w:val="${format.alignment}"/>` : '') +
    runPropertiesXml(run) +
    '</w:pPr>'
  );
}

/** A run of text; "\n" becomes a line break and "\t" a tab, spaces are kept. */
export function runXml(text: string, format: RunFormatSpec): string {
  const pieces = text.split(/(\n|\t)/).filter((piece) => piece !== '');
  const content = pieces
    .map((piece) => (piece === '\n' ? '<w:br/>' : piece === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('');
  return `<w:r>${runPropertiesXml(format)}${content}</w:r>`;
}

/** A paragraph from ready inner XML (runs, content controls). */
export function paragraphWithContentXml(format: OoxmlFormat, content: string): string {
  return `<w:p>${paragraphPropertiesXml(format.paragraph, format.run)}${content}</w:p>`;
}

/**
 * One paragraph of text in a role's format: what the pane inserts when it
 * adds a missing heading (`{ text: '二、推进情况', role: 'h1', profile }`).
 */
export function paragraphXml(options: { text: string; role: RoleName; profile: Profile; alignment?: Alignment }): string {
  const format = roleFormat(options.profile, options.role);
  const paragraph = options.alignment ? { ...format.paragraph, alignment: options.alignment } : format.paragraph;
  return `<w:p>${paragraphPropertiesXml(paragraph, format.run)}${options.text === '' ? '' : runXml(options.text, format.run)}</w:p>`;
}
