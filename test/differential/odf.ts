/**
 * Reads LibreOffice's flat ODF (.fodt) export of a .docx: for every
 * paragraph, the formatting LibreOffice applies to it after its own import,
 * resolved through ODF's style inheritance (automatic style → named style →
 * its parents → the family's default style), spans for character formatting,
 * and list levels for the indents lists give.
 *
 * Attributes LibreOffice keeps as one property are inherited as a group
 * (line spacing: fo:line-height / style:line-height-at-least /
 * style:line-spacing; alignment: fo:text-align with fo:text-align-last;
 * indents: fo:margin-left/right with fo:text-indent), so that a level
 * stating one of them replaces the whole property, as in LibreOffice.
 */
import { SaxesParser } from 'saxes';

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (Node | string)[];
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attrs: {}, children: [] };
  const stack: Node[] = [root];
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.write(xml).close();
  return root;
}

function elements(node: Node, name?: string): Node[] {
  return node.children.filter((c): c is Node => typeof c !== 'string' && (name === undefined || c.name === name));
}

function find(node: Node, name: string): Node | undefined {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const found = find(c, name);
    if (found) return found;
  }
  return undefined;
}

type Props = Record<string, string>;

interface OdfStyle {
  readonly name: string;
  readonly family: string;
  readonly parent?: string;
  readonly listStyle?: string;
  readonly paragraph: Props;
  readonly text: Props;
}

/** Attributes LibreOffice holds as one property: a level that states any of them states them all. */
const PARAGRAPH_GROUPS: readonly (readonly string[])[] = [
  ['fo:line-height', 'style:line-height-at-least', 'style:line-spacing'],
  ['fo:text-align', 'fo:text-align-last'],
  ['fo:margin-left', 'fo:margin-right', 'fo:text-indent', 'style:auto-text-indent'],
];
const TEXT_GROUPS: readonly (readonly string[])[] = [['style:font-name-asian', 'style:font-family-asian']];

function merge(under: Props, over: Props, groups: readonly (readonly string[])[]): Props {
  const out: Props = { ...under };
  for (const group of groups) {
    if (group.some((attr) => over[attr] !== undefined)) for (const attr of group) delete out[attr];
  }
  for (const [key, value] of Object.entries(over)) {
    // A relative size is relative to the size it inherits.
    if (value.endsWith('%') && key.startsWith('style:font-size') && out[key] !== undefined) {
      const base = points(out[key]);
      if (base !== undefined) {
        out[key] = `${(base * Number.parseFloat(value)) / 100}pt`;
        continue;
      }
    }
    out[key] = value;
  }
  return out;
}

const UNIT_POINTS: Readonly<Record<string, number>> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/** A length in points; undefined for anything that is not a length. */
export function points(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(-?[0-9.]+)(pt|in|cm|mm|pc|px)$/.exec(value.trim());
  return match ? Number.parseFloat(match[1]) * UNIT_POINTS[match[2]] : undefined;
}

export type OdfLineSpacing = { readonly rule: 'exact' | 'atLeast' | 'leading'; readonly points: number } | { readonly rule: 'multiple'; readonly lines: number };

export interface OdfParagraph {
  readonly id: string;
  readonly text: string;
  readonly inTextBox: boolean;
  /** East Asian font of each visible CJK character, in order. */
  readonly eastAsiaFonts: readonly (string | undefined)[];
  readonly eastAsiaSizes: readonly (number | undefined)[];
  readonly lineSpacing: OdfLineSpacing;
  readonly firstLineIndentPt: number;
  readonly alignment: string;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** Where the first-line indent came from (the paragraph, or its list level). */
  readonly indentFrom: 'paragraph' | 'list';
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ID = /^(D\d{3}P\d{2,3})/;

interface ListLevel {
  readonly textIndent?: string;
}

class OdfDocument {
  private readonly named = new Map<string, OdfStyle>();
  private readonly automatic = new Map<string, OdfStyle>();
  private readonly defaults = new Map<string, OdfStyle>();
  private readonly fontFaces = new Map<string, string>();
  private readonly lists = new Map<string, ListLevel[]>();
  private readonly deletions = new Set<string>();
  private readonly resolved = new Map<string, { paragraph: Props; text: Props }>();
  readonly paragraphs: OdfParagraph[] = [];

  constructor(root: Node) {
    const decls = find(root, 'office:font-face-decls');
    if (decls) {
      for (const face of elements(decls, 'style:font-face')) {
        this.fontFaces.set(face.attrs['style:name'], unquote(face.attrs['svg:font-family'] ?? face.attrs['style:name']));
      }
    }
    const styles = find(root, 'office:styles');
    if (styles) this.readStyles(styles, this.named);
    const automatic = find(root, 'office:automatic-styles');
    if (automatic) this.readStyles(automatic, this.automatic);
    const text = find(root, 'office:text');
    if (!text) throw new Error('fodt without office:text');
    const tracked = find(text, 'text:tracked-changes');
    if (tracked) {
      for (const region of elements(tracked, 'text:changed-region')) {
        if (elements(region, 'text:deletion').length > 0) this.deletions.add(region.attrs['text:id'] ?? region.attrs['xml:id']);
      }
    }
    this.block(text, { listStyle: undefined, level: -1, inTextBox: false });
  }

  private readStyles(container: Node, into: Map<string, OdfStyle>): void {
    for (const element of elements(container)) {
      if (element.name === 'style:style' || element.name === 'style:default-style') {
        const style: OdfStyle = {
          name: element.attrs['style:name'] ?? '',
          family: element.attrs['style:family'],
          parent: element.attrs['style:parent-style-name'],
          listStyle: element.attrs['style:list-style-name'],
          paragraph: { ...(elements(element, 'style:paragraph-properties')[0]?.attrs ?? {}) },
          text: { ...(elements(element, 'style:text-properties')[0]?.attrs ?? {}) },
        };
        if (element.name === 'style:default-style') this.defaults.set(style.family, style);
        else into.set(`${style.family}:${style.name}`, style);
      } else if (element.name === 'text:list-style') {
        const levels: ListLevel[] = [];
        for (const level of elements(element)) {
          const index = Number.parseInt(level.attrs['text:level'] ?? '0', 10) - 1;
          const props = elements(level, 'style:list-level-properties')[0];
          const mode = props?.attrs['text:list-level-position-and-space-mode'];
          const alignment = props ? elements(props, 'style:list-level-label-alignment')[0] : undefined;
          if (index >= 0) levels[index] = { textIndent: mode === 'label-alignment' ? alignment?.attrs['fo:text-indent'] : undefined };
        }
        this.lists.set(element.attrs['style:name'], levels);
      }
    }
  }

  /** The style named `name` of `family`: an automatic style first, then a named one. */
  private style(family: string, name: string | undefined): OdfStyle | undefined {
    if (name === undefined) return undefined;
    return this.automatic.get(`${family}:${name}`) ?? this.named.get(`${family}:${name}`);
  }

  /** The style and its ancestors, most specific first. */
  private lineage(family: string, name: string | undefined): OdfStyle[] {
    const out: OdfStyle[] = [];
    const seen = new Set<string>();
    let style = this.style(family, name);
    while (style && !seen.has(style.name) && out.length < 64) {
      seen.add(style.name);
      out.push(style);
      style = style.parent === undefined ? undefined : this.named.get(`${family}:${style.parent}`);
    }
    return out;
  }

  /** Properties of a style with everything it inherits, down to the family's default style. */
  private resolve(family: string, name: string | undefined): { paragraph: Props; text: Props } {
    const key = `${family}:${name ?? ''}`;
    const memo = this.resolved.get(key);
    if (memo) return memo;
    const base = this.defaults.get(family);
    let paragraph: Props = { ...(base?.paragraph ?? {}) };
    let text: Props = { ...(base?.text ?? {}) };
    for (const style of this.lineage(family, name).reverse()) {
      paragraph = merge(paragraph, style.paragraph, PARAGRAPH_GROUPS);
      text = merge(text, style.text, TEXT_GROUPS);
    }
    const out = { paragraph, text };
    this.resolved.set(key, out);
    return out;
  }

  /** A span's own character properties (its style and that style's parents, no defaults). */
  private spanText(name: string | undefined): Props {
    let text: Props = {};
    for (const style of this.lineage('text', name).reverse()) text = merge(text, style.text, TEXT_GROUPS);
    return text;
  }

  /**
   * Whether the list level's indents apply rather than the paragraph's: they
   * do unless the paragraph states indents itself, or a paragraph style more
   * specific than the one that applies the list style does (LibreOffice's
   * SwTextNode::AreListLevelIndentsApplicable).
   */
  private listIndentsApply(styleName: string | undefined): boolean {
    const stated = (style: OdfStyle) => PARAGRAPH_GROUPS[2].some((attr) => style.paragraph[attr] !== undefined);
    for (const style of this.lineage('paragraph', styleName)) {
      if (stated(style)) return false;
      if (style.listStyle !== undefined) return true;
    }
    return true;
  }

  private listStyleOf(styleName: string | undefined): string | undefined {
    for (const style of this.lineage('paragraph', styleName)) if (style.listStyle !== undefined) return style.listStyle;
    return undefined;
  }

  private block(node: Node, context: { listStyle: string | undefined; level: number; inTextBox: boolean }): void {
    for (const element of elements(node)) {
      switch (element.name) {
        case 'text:p':
        case 'text:h':
          this.paragraph(element, context);
          break;
        case 'text:list':
          this.block(element, { ...context, listStyle: element.attrs['text:style-name'] ?? context.listStyle, level: context.level + 1 });
          break;
        case 'text:tracked-changes':
        case 'text:sequence-decls':
        case 'office:forms':
          break;
        default:
          this.block(element, context);
      }
    }
  }

  private paragraph(element: Node, context: { listStyle: string | undefined; level: number; inTextBox: boolean }): void {
    const styleName = element.attrs['text:style-name'];
    const { paragraph: props, text: paragraphText } = this.resolve('paragraph', styleName);
    const fonts: (string | undefined)[] = [];
    const sizes: (number | undefined)[] = [];
    let text = '';
    let deleting = false;
    const visit = (node: Node, textProps: Props) => {
      for (const c of node.children) {
        if (typeof c === 'string') {
          if (deleting) continue;
          text += c;
          if (textProps['text:display'] === 'none') continue;
          for (const ch of c) {
            if (!CJK.test(ch)) continue;
            fonts.push(this.fontName(textProps));
            sizes.push(points(textProps['style:font-size-asian']));
          }
          continue;
        }
        switch (c.name) {
          case 'text:span':
            visit(c, merge(textProps, this.spanText(c.attrs['text:style-name']), TEXT_GROUPS));
            break;
          case 'text:change-start':
            if (this.deletions.has(c.attrs['text:change-id'])) deleting = true;
            break;
          case 'text:change-end':
            if (this.deletions.has(c.attrs['text:change-id'])) deleting = false;
            break;
          case 'text:s':
            if (!deleting) text += ' '.repeat(Number.parseInt(c.attrs['text:c'] ?? '1', 10));
            break;
          case 'text:tab':
            if (!deleting) text += '\t';
            break;
          case 'text:line-break':
            if (!deleting) text += '\n';
            break;
          case 'draw:frame':
          case 'draw:custom-shape':
          case 'draw:rect':
          case 'draw:a':
            // Text boxes: their paragraphs are paragraphs of their own, not text of this one.
            this.block(c, { listStyle: undefined, level: -1, inTextBox: true });
            break;
          case 'text:note':
          case 'office:annotation':
          case 'office:annotation-end':
          case 'text:bookmark':
          case 'text:bookmark-start':
          case 'text:bookmark-end':
          case 'text:soft-page-break':
          case 'text:change':
          case 'text:hidden-text':
            break;
          default:
            // Hyperlinks, fields, metadata: their text stands in the paragraph.
            visit(c, textProps);
        }
      }
    };
    visit(element, paragraphText);
    const match = ID.exec(text);
    if (!match) return;
    const listStyle = this.listStyleOf(styleName) ?? context.listStyle;
    let indent = points(props['fo:text-indent']) ?? 0;
    let indentFrom: OdfParagraph['indentFrom'] = 'paragraph';
    if (listStyle !== undefined && context.level >= 0 && this.listIndentsApply(styleName)) {
      const level = this.lists.get(listStyle)?.[context.level];
      if (level?.textIndent !== undefined) {
        indent = points(level.textIndent) ?? 0;
        indentFrom = 'list';
      }
    }
    this.paragraphs.push({
      id: match[1],
      text,
      inTextBox: context.inTextBox,
      eastAsiaFonts: fonts,
      eastAsiaSizes: sizes,
      lineSpacing: lineSpacing(props),
      firstLineIndentPt: indent,
      alignment: alignment(props),
      spaceBeforePt: points(props['fo:margin-top']) ?? 0,
      spaceAfterPt: points(props['fo:margin-bottom']) ?? 0,
      indentFrom,
    });
  }

  private fontName(props: Props): string | undefined {
    const face = props['style:font-name-asian'];
    if (face !== undefined) return this.fontFaces.get(face) ?? face;
    const family = props['style:font-family-asian'];
    return family === undefined ? undefined : unquote(family);
  }
}

function unquote(value: string): string {
  const first = value.split(',')[0].trim();
  return first.replace(/^['"]|['"]$/g, '');
}

function lineSpacing(props: Props): OdfLineSpacing {
  const height = props['fo:line-height'];
  if (height !== undefined && height !== 'normal') {
    if (height.endsWith('%')) return { rule: 'multiple', lines: Number.parseFloat(height) / 100 };
    const pt = points(height);
    if (pt !== undefined) return { rule: 'exact', points: pt };
  }
  const atLeast = points(props['style:line-height-at-least']);
  if (atLeast !== undefined) return { rule: 'atLeast', points: atLeast };
  const leading = points(props['style:line-spacing']);
  if (leading !== undefined) return { rule: 'leading', points: leading };
  return { rule: 'multiple', lines: 1 };
}

/** ODF alignment in OOXML's terms: justify with a justified last line is Word's `distribute`. */
function alignment(props: Props): string {
  const align = props['fo:text-align'] ?? 'start';
  if (align === 'justify') return props['fo:text-align-last'] === 'justify' ? 'distribute' : 'both';
  if (align === 'start' || align === 'left') return 'left';
  if (align === 'end' || align === 'right') return 'right';
  return align;
}

/** Every paragraph of a .fodt that carries a generated id. */
export function readFodt(xml: string): OdfParagraph[] {
  return new OdfDocument(parse(xml)).paragraphs;
}
