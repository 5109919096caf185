/**
 * Writes .docx documents that combine the places Word takes a paragraph's
 * formatting from: document defaults, theme fonts chosen by
 * `w:themeFontLang`, paragraph-style chains, linked character styles, table
 * styles (named, default, conditional), numbering levels and list styles,
 * direct formatting, paragraph-mark properties, hidden text, automatic
 * spacing, text boxes, fields and tracked changes.
 *
 * Every choice comes from a small seeded generator, so the same seed writes
 * the same documents byte for byte and a disagreement reproduces. Each
 * paragraph's text starts with its id (`D012P07 `), which is how paragraphs
 * are matched between readers, and the generator records for each id which
 * sources of formatting it used (`features`), so a disagreement can be put
 * down to the source that caused it.
 */
import { zipSync } from 'fflate';

/** mulberry32: a tiny, well-known 32-bit PRNG; enough to vary documents reproducibly. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
}

/** A source of formatting a paragraph used; a disagreement is put down to these. */
export type Feature =
  | 'docDefaults'
  | 'themeFont'
  | 'themeFontLang'
  | 'styleChain'
  | 'linkedCharStyle'
  | 'directRun'
  | 'directParagraph'
  | 'paragraphMark'
  | 'tableStyle'
  | 'defaultTableStyle'
  | 'tableConditional'
  | 'numberingPPr'
  | 'numStyleLink'
  | 'hiddenText'
  | 'hiddenParagraphText'
  | 'autospacing'
  | 'textBox'
  | 'field'
  | 'trackedChange'
  | 'lineRuleAbsent'
  | 'lineRuleAuto'
  | 'lineRuleExact'
  | 'lineRuleAtLeast'
  | 'firstLineChars'
  | 'firstLineAndChars'
  | 'hanging'
  | 'beforeLines'
  | 'docGrid'
  | 'jcStartEnd'
  | 'jcDistribute';

/** One level of Word's paragraph-property hierarchy that the paragraph uses, lowest first, with what it states. */
export interface PropertyLevel {
  /** 'docDefaults', 'table:<styleId>', 'style:<styleId>', 'numbering', 'direct'. */
  readonly source: string;
  /** The inner XML of the level's w:pPr (without numPr, pStyle, rPr). */
  readonly pPr: string;
  /** For the document defaults, table-style and paragraph-style levels: the inner XML of its w:rPr. */
  readonly rPr?: string;
}

/** A visible run of the paragraph's body text, in order: its direct w:rPr and its character style's. */
export interface GeneratedRun {
  readonly text: string;
  /** The inner XML of the run's w:rPr without w:rStyle. */
  readonly rPr: string;
  readonly charStyle?: string;
  /** The inner XML of the character style's w:rPr (what it states; it is based on nothing that states anything). */
  readonly charStyleRPr?: string;
}

export interface GeneratedParagraph {
  readonly id: string;
  readonly features: readonly Feature[];
  /**
   * The paragraph-property levels in Word's order: document defaults, table
   * style, the table style's conditional formats that apply to the cell
   * (`table-conditional:<type>:<styleId>`, in the order they apply: band,
   * first column, first row, last row), paragraph style chain (base first),
   * numbering level, direct.
   */
  readonly levels: readonly PropertyLevel[];
  /** The body runs whose text is visible (not the id, hidden or deleted runs), in order. */
  readonly runs: readonly GeneratedRun[];
  /** Whether the paragraph is in a table that names no style (the document's default table style, if any, applies). */
  readonly inUnstyledTable: boolean;
  /** The theme's minor/major `a:ea` typeface ('' when empty) and the document's `w:themeFontLang/@w:eastAsia`. */
  readonly theme: { readonly ea: string; readonly themeFontLang?: string };
  /** True for the paragraphs of a text box: Word's paragraphs collection and our model leave them out. */
  readonly inTextBox: boolean;
  /** The inner XML of the default paragraph style's (Normal's) w:pPr, whether or not the paragraph's style is based on it. */
  readonly defaultStylePPr: string;
}

export interface GeneratedDocument {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly paragraphs: readonly GeneratedParagraph[];
}

export const SEED = 20240612;
/** The text of every hidden (`w:vanish`) run the generator writes, so a comparison can tell hidden characters apart. */
export const HIDDEN_TEXT = '隐藏的批注';
export const DOCUMENT_COUNT = 220;

const FONTS = ['宋体', '仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体', '仿宋', '方正仿宋_GBK', '微软雅黑', '华文中宋'];
const HALF_POINTS = [21, 24, 28, 30, 32, 36, 44];
const TEXTS = ['坚持党的全面领导', '三会一课制度落实情况', '支部书记抓党建述职', '主题党日活动安排', '党员先锋模范作用', '基层组织建设成效', '学习贯彻会议精神', '组织生活会查摆问题'];
const JC_VALUES = ['both', 'distribute', 'left', 'start', 'center', 'right', 'end'];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS =
  `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" mc:Ignorable="wps"';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Records which sources of formatting the paragraph being written used. */
class Features {
  private readonly set = new Set<Feature>();
  add(...features: Feature[]): void {
    for (const f of features) this.set.add(f);
  }
  list(): Feature[] {
    return [...this.set].sort();
  }
}

interface DocContext {
  readonly rnd: Random;
  readonly id: number;
  readonly paragraphs: GeneratedParagraph[];
  readonly styleIds: readonly string[];
  /** Which styles state something, and what; used to tag paragraphs by source. */
  readonly numbering: { readonly direct: string[]; readonly viaListStyle: string | undefined; readonly levelsHavePPr: boolean };
  readonly hasGrid: boolean;
  readonly defaultsUseTheme: boolean;
  readonly themeFontLang: boolean;
  readonly charStyles: readonly string[];
  readonly tableStyle: { readonly named: boolean; readonly conditional: boolean };
  readonly hasDefaultTableStyle: boolean;
  readonly listStyleParagraphStyle: string | undefined;
  readonly styleFeatures: ReadonlyMap<string, readonly Feature[]>;
  readonly stylePPr: ReadonlyMap<string, string>;
  readonly tableRPr: ReadonlyMap<string, string>;
  /** What the document defaults ('') and each paragraph and character style state in their w:rPr. */
  readonly styleRPr: ReadonlyMap<string, string>;
  /** Level pPr by abstractNum id ('1' also serves numId 3 and the list style), then ilvl. */
  readonly levelPPr: ReadonlyMap<string, readonly string[]>;
  readonly theme: { readonly ea: string; readonly themeFontLang?: string };
  paragraphNumber: number;
  revision: number;
}

function fontsXml(rnd: Random, features: Features | undefined, theme: Feature[]): string {
  if (rnd.chance(0.3)) {
    features?.add(...theme);
    return `<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="${rnd.chance(0.7) ? 'minorEastAsia' : 'majorEastAsia'}" w:hAnsiTheme="minorHAnsi"/>`;
  }
  const font = rnd.pick(FONTS);
  // Sometimes both a named font and a theme font at the same level: the theme wins (ECMA-376 17.3.2.26).
  if (rnd.chance(0.1)) {
    features?.add(...theme);
    return `<w:rFonts w:ascii="Times New Roman" w:eastAsia="${font}" w:eastAsiaTheme="minorEastAsia"/>`;
  }
  return `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}"/>`;
}

/** Run properties: a random subset of East Asian font and size. */
function runProps(rnd: Random, pFont: number, pSize: number, features?: Features): string {
  let out = '';
  if (rnd.chance(pFont)) out += fontsXml(rnd, features, ['themeFont']);
  if (rnd.chance(pSize)) {
    const hp = rnd.pick(HALF_POINTS);
    out += `<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`;
  }
  return out;
}

/** A `w:spacing` with line spacing under any of the four lineRule forms, and/or before/after. */
function spacingXml(rnd: Random, features: Features | undefined, allowAuto: boolean, hasGrid: boolean): string {
  const attrs: string[] = [];
  if (rnd.chance(0.6)) {
    const form = rnd.int(0, 3);
    if (form === 0) {
      attrs.push(`w:line="${rnd.pick([240, 276, 360, 480])}"`);
      features?.add('lineRuleAbsent');
    } else if (form === 1) {
      attrs.push(`w:line="${rnd.pick([240, 300, 360, 400])}" w:lineRule="auto"`);
      features?.add('lineRuleAuto');
    } else if (form === 2) {
      attrs.push(`w:line="${rnd.pick([400, 500, 560, 600])}" w:lineRule="exact"`);
      features?.add('lineRuleExact');
    } else {
      attrs.push(`w:line="${rnd.pick([300, 400, 560])}" w:lineRule="atLeast"`);
      features?.add('lineRuleAtLeast');
    }
  } else if (rnd.chance(0.15)) {
    // A rule with no value: only the rule is stated at this level.
    attrs.push(`w:lineRule="${rnd.pick(['exact', 'atLeast', 'auto'])}"`);
    features?.add('lineRuleAbsent');
  }
  if (rnd.chance(0.4)) attrs.push(`w:before="${rnd.pick([0, 120, 200, 240])}"`);
  if (rnd.chance(0.4)) attrs.push(`w:after="${rnd.pick([0, 100, 160, 240])}"`);
  if (rnd.chance(0.1)) {
    attrs.push(`w:beforeLines="${rnd.pick([50, 100])}"`);
    features?.add('beforeLines');
    if (hasGrid) features?.add('docGrid');
  }
  if (allowAuto && rnd.chance(0.15)) {
    attrs.push(rnd.chance(0.5) ? 'w:beforeAutospacing="1"' : 'w:afterAutospacing="1"');
    features?.add('autospacing');
  }
  return attrs.length === 0 ? '' : `<w:spacing ${attrs.join(' ')}/>`;
}

function indentXml(rnd: Random, features: Features | undefined): string {
  const form = rnd.int(0, 4);
  if (form === 0) return `<w:ind w:firstLine="${rnd.pick([420, 480, 560, 640])}"/>`;
  if (form === 1) {
    features?.add('firstLineChars');
    return `<w:ind w:firstLineChars="${rnd.pick([100, 200])}"/>`;
  }
  if (form === 2) {
    features?.add('firstLineChars', 'firstLineAndChars');
    return `<w:ind w:firstLine="${rnd.pick([420, 640])}" w:firstLineChars="${rnd.pick([0, 200])}"/>`;
  }
  if (form === 3) {
    features?.add('hanging');
    return `<w:ind w:left="${rnd.pick([420, 720])}" w:hanging="${rnd.pick([420, 360])}"/>`;
  }
  return '<w:ind w:firstLine="0"/>';
}

function jcXml(rnd: Random, features: Features | undefined): string {
  const value = rnd.pick(JC_VALUES);
  if (value === 'start' || value === 'end') features?.add('jcStartEnd');
  if (value === 'distribute') features?.add('jcDistribute');
  return `<w:jc w:val="${value}"/>`;
}

/** Paragraph properties of a style or of direct formatting (no numPr / pStyle). */
function paragraphProps(rnd: Random, features: Features | undefined, hasGrid: boolean, p = 0.5): string {
  let out = '';
  if (rnd.chance(p)) out += spacingXml(rnd, features, true, hasGrid);
  if (rnd.chance(p)) out += indentXml(rnd, features);
  if (rnd.chance(p * 0.8)) out += jcXml(rnd, features);
  return out;
}

/** Paragraph-level elements must come in schema order: pStyle, numPr, spacing, ind, jc, rPr. */
function orderPPr(parts: { pStyle?: string; numPr?: string; body: string; rPr?: string }): string {
  const inner = (parts.pStyle ?? '') + (parts.numPr ?? '') + parts.body + (parts.rPr ? `<w:rPr>${parts.rPr}</w:rPr>` : '');
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

function stylesXml(rnd: Random, hasGrid: boolean): {
  xml: string;
  styleIds: string[];
  charStyles: string[];
  defaultsUseTheme: boolean;
  tableStyle: { named: boolean; conditional: boolean };
  hasDefaultTableStyle: boolean;
  listStyleParagraphStyle: string | undefined;
  styleFeatures: Map<string, Feature[]>;
  stylePPr: Map<string, string>;
  tableRPr: Map<string, string>;
  styleRPr: Map<string, string>;
} {
  // What each style's definition states, by style id ('' for the document defaults): a paragraph using it is tagged so.
  const styleFeatures = new Map<string, Feature[]>();
  const stylePPr = new Map<string, string>();
  const tableRPr = new Map<string, string>();
  const styleRPr = new Map<string, string>();
  const tagged = (key: string, make: (f: Features) => string): string => {
    const f = new Features();
    const xml = make(f);
    styleFeatures.set(key, [...(styleFeatures.get(key) ?? []), ...f.list()]);
    return xml;
  };
  const defaultsUseTheme = rnd.chance(0.5);
  const dFont = defaultsUseTheme
    ? '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
    : `<w:rFonts w:ascii="Times New Roman" w:eastAsia="${rnd.pick(FONTS)}" w:hAnsi="Times New Roman"/>`;
  const dSize = rnd.pick(HALF_POINTS);
  const lang = rnd.chance(0.5) ? '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>' : '';
  const pDefaults = tagged('', (f) => paragraphProps(rnd, f, hasGrid, 0.4));
  stylePPr.set('', pDefaults);
  styleRPr.set('', `${dFont}<w:sz w:val="${dSize}"/>`);
  let xml = `${DECL}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${dFont}<w:sz w:val="${dSize}"/><w:szCs w:val="${dSize}"/>${lang}</w:rPr></w:rPrDefault>`;
  xml += `<w:pPrDefault>${pDefaults ? `<w:pPr>${pDefaults}</w:pPr>` : ''}</w:pPrDefault></w:docDefaults>`;
  const style = (type: string, id: string, inner: string, extra = '') =>
    `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${id}"/>${inner}</w:style>`;
  const pStyle = (id: string, basedOn: string | undefined, link: string | undefined, extraPPr = '') => {
    const pPr = tagged(id, (f) => paragraphProps(rnd, f, hasGrid, 0.5)) + extraPPr;
    stylePPr.set(id, pPr);
    const rPr = tagged(id, (f) => runProps(rnd, 0.5, 0.5, f));
    styleRPr.set(id, rPr);
    return style(
      'paragraph',
      id,
      (basedOn ? `<w:basedOn w:val="${basedOn}"/>` : '') + (link ? `<w:link w:val="${link}"/>` : '') + `<w:qFormat/>` +
        (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + (rPr ? `<w:rPr>${rPr}</w:rPr>` : ''),
    );
  };
  xml += style('paragraph', 'Normal', (() => {
    const pPr = tagged('Normal', (f) => paragraphProps(rnd, f, hasGrid, 0.3));
    stylePPr.set('Normal', pPr);
    const rPr = tagged('Normal', (f) => runProps(rnd, 0.3, 0.3, f));
    styleRPr.set('Normal', rPr);
    return '<w:qFormat/>' + (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + (rPr ? `<w:rPr>${rPr}</w:rPr>` : '');
  })(), ' w:default="1"');
  xml += style('character', 'DefaultParagraphFont', '<w:uiPriority w:val="1"/><w:semiHidden/>', ' w:default="1"');
  xml += pStyle('BodyA', 'Normal', 'BodyAChar');
  xml += pStyle('BodyB', 'BodyA', undefined);
  xml += pStyle('BodyC', 'BodyB', undefined);
  xml += pStyle('Title1', undefined, undefined, '<w:outlineLvl w:val="0"/>');
  // Linked character styles: the paragraph style's run properties, usable on runs.
  const linked = tagged('BodyAChar', (f) => runProps(rnd, 0.8, 0.6, f)) || '<w:sz w:val="30"/>';
  styleRPr.set('BodyAChar', linked);
  xml += style('character', 'BodyAChar', `<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="BodyA"/><w:rPr>${linked}</w:rPr>`);
  const emph = tagged('Emph', (f) => runProps(rnd, 0.9, 0.5, f)) || '<w:b/>';
  styleRPr.set('Emph', emph);
  xml += style('character', 'Emph', `<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>${emph}</w:rPr>`);
  // A list style and the paragraph style that uses it.
  xml += style('numbering', 'ListStyleX', '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>');
  const listStyleParagraphStyle = rnd.chance(0.5) ? 'ListPara' : undefined;
  if (listStyleParagraphStyle) xml += style('paragraph', 'ListPara', '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>');
  // Table styles: a named one (maybe with conditional formats) and maybe a default one.
  /** A table style's (or, with `conditional`, one of its tblStylePr's) properties; `tableRPr` keeps the run half. */
  const tableProps = (key: string, conditional?: string) => {
    const at = conditional ? `${key}:conditional:${conditional}` : key;
    const pPr = tagged(key, (f) => paragraphProps(rnd, f, hasGrid, 0.4));
    stylePPr.set(at, (stylePPr.get(at) ?? '') + pPr);
    const rPr = tagged(key, (f) => runProps(rnd, 0.7, 0.7, f));
    tableRPr.set(at, (tableRPr.get(at) ?? '') + rPr);
    return (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + (rPr ? `<w:rPr>${rPr}</w:rPr>` : '');
  };
  const conditional = rnd.chance(0.6);
  let named = `<w:basedOn w:val="TableNormal"/>${tableProps('TableGridX')}<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr>`;
  if (conditional) {
    for (const type of ['firstRow', 'firstCol', 'band1Horz', 'lastRow']) {
      if (rnd.chance(0.6)) named += `<w:tblStylePr w:type="${type}">${tableProps('TableGridX', type) || '<w:rPr><w:b/></w:rPr>'}</w:tblStylePr>`;
    }
  }
  const hasDefaultTableStyle = rnd.chance(0.5);
  xml += style('table', 'TableNormal', '<w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr>', hasDefaultTableStyle ? '' : ' w:default="1"');
  if (hasDefaultTableStyle) xml += style('table', 'TableDefaultX', `<w:basedOn w:val="TableNormal"/>${tableProps('TableDefaultX')}`, ' w:default="1"');
  xml += style('table', 'TableGridX', named);
  xml += '</w:styles>';
  return {
    xml,
    styleIds: ['Normal', 'BodyA', 'BodyB', 'BodyC', 'Title1'],
    charStyles: ['BodyAChar', 'Emph'],
    defaultsUseTheme,
    tableStyle: { named: true, conditional },
    hasDefaultTableStyle,
    listStyleParagraphStyle,
    styleFeatures,
    stylePPr,
    tableRPr,
    styleRPr,
  };
}

function levelXml(rnd: Random, ilvl: number, format: string, text: string, withPPr: boolean, record: string[]): string {
  const inner = withPPr
    ? rnd.pick([
        `<w:ind w:left="${420 * (ilvl + 1)}" w:hanging="420"/>`,
        '<w:ind w:firstLineChars="200" w:firstLine="640"/>',
        `<w:ind w:left="0" w:firstLine="${rnd.pick([480, 640])}"/>`,
        '<w:ind w:firstLineChars="200"/>',
      ])
    : '';
  record[ilvl] = inner;
  const pPr = inner ? `<w:pPr>${inner}</w:pPr>` : '';
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${pPr}</w:lvl>`;
}

/** numId 1 → abstract 1 (defines ListStyleX, w:styleLink); numId 2 → abstract 2 (direct); numId 3 → abstract 3 (only w:numStyleLink). */
function numberingXml(rnd: Random): { xml: string; levelsHavePPr: boolean; levelPPr: Map<string, string[]> } {
  const levelsHavePPr = rnd.chance(0.7);
  const levelPPr = new Map<string, string[]>([['1', []], ['2', []]]);
  const levels = (withPPr: boolean, record: string[]) =>
    levelXml(rnd, 0, 'chineseCounting', '%1、', withPPr, record) +
    levelXml(rnd, 1, 'decimal', '%2.', withPPr, record) +
    levelXml(rnd, 2, 'decimal', '%3）', withPPr, record);
  const xml =
    `${DECL}<w:numbering ${NS}>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="ListStyleX"/>${levels(levelsHavePPr, levelPPr.get('1') ?? [])}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>${levels(levelsHavePPr, levelPPr.get('2') ?? [])}</w:abstractNum>` +
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="ListStyleX"/></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>' +
    '</w:numbering>';
  return { xml, levelsHavePPr, levelPPr };
}

function themeXml(ea: string): string {
  const scripts = (major: boolean) =>
    `<a:font script="Jpan" typeface="${major ? '游ゴシック Light' : '游明朝'}"/><a:font script="Hang" typeface="맑은 고딕"/>` +
    `<a:font script="Hans" typeface="${major ? '等线 Light' : '等线'}"/><a:font script="Hant" typeface="新細明體"/>`;
  return (
    `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>` +
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>' +
    '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>' +
    '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>' +
    '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>' +
    `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/>${scripts(true)}</a:majorFont>` +
    `<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface="${ea}"/><a:cs typeface=""/>${scripts(false)}</a:minorFont></a:fontScheme>` +
    '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>' +
    '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>' +
    '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
    '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>' +
    '</a:themeElements></a:theme>'
  );
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(rPr: string, text: string, tag: 'w:t' | 'w:delText' = 'w:t'): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<${tag} xml:space="preserve">${esc(text)}</${tag}></w:r>`;
}

function nextId(ctx: DocContext): string {
  ctx.paragraphNumber++;
  return `D${String(ctx.id).padStart(3, '0')}P${String(ctx.paragraphNumber).padStart(2, '0')}`;
}

/** A paragraph inside a text box, written twice as Word does: DrawingML and its VML fallback. */
function textBoxRun(ctx: DocContext): string {
  const id = nextId(ctx);
  const rnd = ctx.rnd;
  const rPr = runProps(rnd, 0.6, 0.6);
  const inner = `<w:p><w:pPr>${paragraphProps(rnd, undefined, ctx.hasGrid, 0.4)}</w:pPr>${run('', `${id} `)}${run(rPr, rnd.pick(TEXTS))}</w:p>`;
  ctx.paragraphs.push({ id, features: ['textBox'], inTextBox: true, levels: [], runs: [], inUnstyledTable: false, theme: ctx.theme, defaultStylePPr: ctx.stylePPr.get('Normal') ?? '' });
  const n = ctx.paragraphNumber;
  return (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
    `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>' +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/>' +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${n}" name="文本框 ${n}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
    `<wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp>` +
    '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
    `<v:shape id="Text Box ${n}" o:spid="_x0000_s${1000 + n}" type="#_x0000_t202" style="position:absolute;width:144pt;height:36pt;z-index:${n}">` +
    `<v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}

function fieldRuns(rnd: Random): string {
  if (rnd.chance(0.5)) return `<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">${run('', '1')}</w:fldSimple>`;
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('', '1')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

/** One paragraph with random properties and runs; returns its XML. */
/** Where a cell paragraph is: its table's style, and the conditional formats (types, in the order they apply) that cover its cell. */
interface CellContext {
  readonly conditional: boolean;
  readonly tableStyle: Feature | undefined;
  readonly conditions: readonly string[];
  readonly unstyled: boolean;
}

function paragraphXml(ctx: DocContext, inTable: CellContext | undefined): string {
  const { rnd } = ctx;
  const features = new Features();
  const id = nextId(ctx);
  features.add('docDefaults');
  if (ctx.defaultsUseTheme) features.add('themeFont');
  if (ctx.themeFontLang) features.add('themeFontLang');
  const levels: PropertyLevel[] = [];
  const fromStyle = (id: string, source = `style:${id}`) => {
    features.add(...(ctx.styleFeatures.get(id) ?? []));
    levels.push({ source, pPr: ctx.stylePPr.get(id) ?? '', rPr: ctx.styleRPr.get(id) ?? '' });
  };
  /** A character style: its features count, it adds no paragraph-property level. */
  const fromCharacterStyle = (id: string) => features.add(...(ctx.styleFeatures.get(id) ?? []));
  fromStyle('', 'docDefaults');
  if (inTable?.tableStyle) {
    features.add(inTable.tableStyle);
    const table = inTable.tableStyle === 'tableStyle' ? 'TableGridX' : 'TableDefaultX';
    features.add(...(ctx.styleFeatures.get(table) ?? []));
    levels.push({ source: `table:${table}`, pPr: ctx.stylePPr.get(table) ?? '', rPr: ctx.tableRPr.get(table) ?? '' });
    if (inTable.conditional) {
      for (const type of inTable.conditions) {
        const conditional = `${table}:conditional:${type}`;
        if (ctx.stylePPr.has(conditional)) levels.push({ source: `table-conditional:${type}:${table}`, pPr: ctx.stylePPr.get(conditional) ?? '', rPr: ctx.tableRPr.get(conditional) ?? '' });
      }
    }
  }
  if (inTable?.conditional) features.add('tableConditional');

  let pStyle: string | undefined;
  let numPr: string | undefined;
  const styleChoice = rnd.next();
  if (styleChoice >= 0.62 || (styleChoice >= 0.55 && !ctx.listStyleParagraphStyle)) fromStyle('Normal');
  if (styleChoice < 0.55) {
    const style = rnd.pick(ctx.styleIds);
    pStyle = `<w:pStyle w:val="${style}"/>`;
    if (style !== 'Normal') features.add('styleChain');
    const chain: Record<string, string[]> = { Normal: ['Normal'], BodyA: ['Normal', 'BodyA'], BodyB: ['Normal', 'BodyA', 'BodyB'], BodyC: ['Normal', 'BodyA', 'BodyB', 'BodyC'], Title1: ['Title1'] };
    for (const s of chain[style]) fromStyle(s);
  } else if (styleChoice < 0.62 && ctx.listStyleParagraphStyle) {
    pStyle = `<w:pStyle w:val="${ctx.listStyleParagraphStyle}"/>`;
    fromStyle('Normal');
    levels.push({ source: `style:${ctx.listStyleParagraphStyle}`, pPr: '' });
    levels.push({ source: 'numbering', pPr: ctx.levelPPr.get('1')?.[0] ?? '' });
    features.add('styleChain', 'numStyleLink');
    if (ctx.numbering.levelsHavePPr) features.add('numberingPPr');
  }
  if (!inTable && rnd.chance(0.2)) {
    const numId = rnd.pick(['1', '2', '3']);
    const ilvl = rnd.int(0, 2);
    numPr = `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
    // Direct numbering replaces the list style's level, if any.
    const listLevel = levels.findIndex((level) => level.source === 'numbering');
    if (listLevel >= 0) levels.splice(listLevel, 1);
    levels.push({ source: 'numbering', pPr: ctx.levelPPr.get(numId === '2' ? '2' : '1')?.[ilvl] ?? '' });
    if (ctx.numbering.levelsHavePPr) features.add('numberingPPr');
    if (numId === '3') features.add('numStyleLink');
  }
  const direct = paragraphProps(rnd, features, ctx.hasGrid, 0.4);
  if (direct) features.add('directParagraph');
  levels.push({ source: 'direct', pPr: direct });
  const mark = rnd.chance(0.25) ? runProps(rnd, 0.7, 0.7) + (rnd.chance(0.2) ? '<w:vanish/>' : '') : '';
  if (mark) features.add('paragraphMark');
  // Everything the paragraph's own formatting and styles may say was tagged through `features`;
  // tags for styles are coarse (a style chain may or may not state the property that disagrees).
  let runs = run('', `${id} `);
  const visible: GeneratedRun[] = [];
  const bodyRuns = rnd.int(1, 3);
  for (let i = 0; i < bodyRuns; i++) {
    let rPr = '';
    let charStyle: string | undefined;
    if (rnd.chance(0.25)) {
      charStyle = rnd.pick(ctx.charStyles);
      rPr += `<w:rStyle w:val="${charStyle}"/>`;
      features.add('linkedCharStyle');
      fromCharacterStyle(charStyle);
    }
    const own = runProps(rnd, 0.35, 0.35, features);
    if (own) features.add('directRun');
    rPr += own;
    const text = rnd.pick(TEXTS);
    visible.push(charStyle === undefined ? { text, rPr: own } : { text, rPr: own, charStyle, charStyleRPr: ctx.styleRPr.get(charStyle) ?? '' });
    const r = run(rPr, text);
    const wrap = rnd.next();
    ctx.revision++;
    const revision = `w:id="${ctx.revision}" w:author="审阅" w:date="2024-06-01T00:00:00Z"`;
    if (wrap < 0.08) {
      runs += `<w:ins ${revision}>${r}</w:ins>`;
      features.add('trackedChange');
    } else if (wrap < 0.16) {
      runs += r + `<w:del ${revision}>${run(rPr, '删除的文字', 'w:delText')}</w:del>`;
      features.add('trackedChange');
    } else runs += r;
  }
  if (rnd.chance(0.12)) {
    const hiddenFont = `<w:rFonts w:eastAsia="${rnd.pick(FONTS)}"/><w:sz w:val="${rnd.pick(HALF_POINTS)}"/>`;
    runs += run(`${hiddenFont}<w:vanish/>`, HIDDEN_TEXT);
    features.add('hiddenText');
  }
  if (rnd.chance(0.08)) {
    runs += fieldRuns(rnd);
    features.add('field');
  }
  let textBox = '';
  if (!inTable && rnd.chance(0.08)) textBox = textBoxRun(ctx);
  runs += textBox;
  const pPr = orderPPr({ pStyle, numPr, body: direct, rPr: mark || undefined });
  ctx.paragraphs.push({
    id,
    features: features.list(),
    inTextBox: false,
    levels,
    runs: visible,
    inUnstyledTable: inTable?.unstyled ?? false,
    theme: ctx.theme,
    defaultStylePPr: ctx.stylePPr.get('Normal') ?? '',
  });
  return `<w:p>${pPr}${runs}</w:p>`;
}

function tableXml(ctx: DocContext): string {
  const { rnd } = ctx;
  const named = rnd.chance(0.6);
  const tableStyle: Feature | undefined = named ? 'tableStyle' : ctx.hasDefaultTableStyle ? 'defaultTableStyle' : undefined;
  const rows = rnd.int(2, 3);
  const cols = rnd.int(2, 3);
  // Word writes the 2007 bit mask (w:val) and the named flags together, always agreeing (ECMA-376 Part 1 §17.4.56).
  const firstRow = rnd.chance(0.7);
  const lastRow = rnd.chance(0.3);
  const firstColumn = rnd.chance(0.5);
  const noHBand = rnd.chance(0.5);
  const mask = (firstRow ? 0x20 : 0) | (lastRow ? 0x40 : 0) | (firstColumn ? 0x80 : 0) | (noHBand ? 0x200 : 0) | 0x400;
  const flag = (on: boolean): number => (on ? 1 : 0);
  const look =
    `<w:tblLook w:val="${mask.toString(16).toUpperCase().padStart(4, '0')}" w:firstRow="${flag(firstRow)}" w:lastRow="${flag(lastRow)}" ` +
    `w:firstColumn="${flag(firstColumn)}" w:lastColumn="0" w:noHBand="${flag(noHBand)}" w:noVBand="1"/>`;
  let xml = `<w:tbl><w:tblPr>${named ? '<w:tblStyle w:val="TableGridX"/>' : ''}<w:tblW w:w="0" w:type="auto"/>${look}</w:tblPr><w:tblGrid>`;
  for (let c = 0; c < cols; c++) xml += '<w:gridCol w:w="2000"/>';
  xml += '</w:tblGrid>';
  for (let r = 0; r < rows; r++) {
    xml += '<w:tr>';
    for (let c = 0; c < cols; c++) {
      xml += '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>';
      // The conditional formats that cover this cell, in the order Word applies them (ECMA-376 Part 1 §17.7.6):
      // row bands count the rows the first/last row formats leave to the body of the table.
      const conditions: string[] = [];
      const isFirstRow = firstRow && r === 0;
      const isLastRow = lastRow && r === rows - 1;
      if (!noHBand && !isFirstRow && !isLastRow && (r - (firstRow ? 1 : 0)) % 2 === 0) conditions.push('band1Horz');
      if (firstColumn && c === 0) conditions.push('firstCol');
      if (isFirstRow) conditions.push('firstRow');
      if (isLastRow) conditions.push('lastRow');
      xml += paragraphXml(ctx, { conditional: named && ctx.tableStyle.conditional, tableStyle, conditions, unstyled: !named });
      xml += '</w:tc>';
    }
    xml += '</w:tr>';
  }
  return xml + '</w:tbl>';
}

const CONTENT_TYPES =
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>';

const PACKAGE_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const DOCUMENT_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
  '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>';

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function generateDocument(rnd: Random, id: number): GeneratedDocument {
  const hasGrid = rnd.chance(0.4);
  const themeFontLang = rnd.chance(0.6);
  const lang = rnd.pick(['zh-CN', 'zh-CN', 'zh-TW', 'ja-JP']);
  const styles = stylesXml(rnd, hasGrid);
  const themeEa = rnd.chance(0.3) ? rnd.pick(FONTS) : '';
  const numbering = numberingXml(rnd);
  const ctx: DocContext = {
    rnd,
    id,
    paragraphs: [],
    styleIds: styles.styleIds,
    numbering: { direct: ['2'], viaListStyle: '3', levelsHavePPr: numbering.levelsHavePPr },
    hasGrid,
    defaultsUseTheme: styles.defaultsUseTheme,
    themeFontLang,
    charStyles: styles.charStyles,
    tableStyle: styles.tableStyle,
    hasDefaultTableStyle: styles.hasDefaultTableStyle,
    listStyleParagraphStyle: styles.listStyleParagraphStyle,
    styleFeatures: styles.styleFeatures,
    stylePPr: styles.stylePPr,
    tableRPr: styles.tableRPr,
    styleRPr: styles.styleRPr,
    levelPPr: numbering.levelPPr,
    theme: { ea: themeEa, themeFontLang: themeFontLang ? lang : undefined },
    paragraphNumber: 0,
    revision: 0,
  };
  let body = '';
  const blocks = rnd.int(6, 12);
  for (let i = 0; i < blocks; i++) body += rnd.chance(0.15) ? tableXml(ctx) + paragraphXml(ctx, undefined) : paragraphXml(ctx, undefined);
  const grid = hasGrid ? '<w:docGrid w:type="lines" w:linePitch="312"/>' : '<w:docGrid w:linePitch="360"/>';
  const sectPr = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>${grid}</w:sectPr>`;
  const document = `${DECL}<w:document ${NS}><w:body>${body}${sectPr}</w:body></w:document>`;
  const settings =
    `${DECL}<w:settings ${NS}><w:defaultTabStop w:val="420"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    (themeFontLang ? `<w:themeFontLang w:val="en-US" w:eastAsia="${lang}"/>` : '') +
    '</w:settings>';
  const bytes = zipSync(
    {
      '[Content_Types].xml': utf8(CONTENT_TYPES),
      '_rels/.rels': utf8(PACKAGE_RELS),
      'word/_rels/document.xml.rels': utf8(DOCUMENT_RELS),
      'word/document.xml': utf8(document),
      'word/styles.xml': utf8(styles.xml),
      'word/numbering.xml': utf8(numbering.xml),
      'word/settings.xml': utf8(settings),
      'word/theme/theme1.xml': utf8(themeXml(themeEa)),
    },
    { level: 1, mtime: new Date('2024-06-01T00:00:00Z') },
  );
  return { name: `d${String(id).padStart(3, '0')}.docx`, bytes, paragraphs: ctx.paragraphs };
}

/** The whole corpus, the same for the same seed. */
export function generateCorpus(seed = SEED, count = DOCUMENT_COUNT): GeneratedDocument[] {
  const rnd = new Random(seed);
  const documents: GeneratedDocument[] = [];
  for (let i = 0; i < count; i++) documents.push(generateDocument(rnd, i));
  return documents;
}
