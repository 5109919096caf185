/**
 * Walks word/document.xml's body into model paragraphs, in the order of
 * Word's `body.paragraphs`: every w:p under w:body, including table cells
 * (nested tables too), block-level content controls and customXml/smartTag
 * wrappers; never text boxes, mc:Fallback, footnotes or headers.
 *
 * Alongside each paragraph it keeps where its runs and text pieces sit in
 * the source, so the fixer can splice exactly those bytes.
 */
import type { ContentControl, Paragraph, Run, TableCellPosition } from '../core/model';
import type { ListCounter } from './numbering';
import type { FormatResolver, ResolvedParagraph } from './styles';
import { child, type XmlElement } from './xml';

/** One text-bearing child of a run: `w:t` (kind 't'), or a tab/break/hyphen/symbol ('other'). */
export interface TextPiece {
  readonly element: XmlElement;
  readonly text: string;
  /** Offset in the paragraph's text. */
  readonly start: number;
  readonly kind: 't' | 'other';
}

export interface RunSource {
  readonly element: XmlElement;
  readonly pieces: readonly TextPiece[];
}

export interface ParagraphSource {
  readonly element: XmlElement;
  /** Aligned with the model paragraph's `runs`. */
  readonly runs: readonly RunSource[];
  readonly resolved: ResolvedParagraph;
}

export interface BodyContent {
  readonly paragraphs: Paragraph[];
  readonly sources: ParagraphSource[];
  readonly contentControls: ContentControl[];
}

interface ControlRecord {
  readonly tag: string;
  readonly title: string;
  readonly showingPlaceholder: boolean;
  first?: number;
  readonly texts: Map<number, string>;
}

interface TableState {
  readonly table: number;
  row: number;
  column: number;
}

/** Wrappers whose content Word treats as if it stood in their place. */
const TRANSPARENT_BLOCK = new Set(['w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo']);
const TRANSPARENT_INLINE = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:ins', 'w:moveTo', 'w:dir', 'w:bdo']);

const PRIVATE_USE = (code: number) => code >= 0xe000 && code <= 0xf8ff;

export class BodyWalker {
  private readonly paragraphs: Paragraph[] = [];
  private readonly sources: ParagraphSource[] = [];
  private readonly controls: ControlRecord[] = [];
  private readonly active: ControlRecord[] = [];
  private tables = 0;
  /** Open fields whose code (not result) is being read: text there is not document text. */
  private readonly fields: ('code' | 'result')[] = [];
  private codeDepth = 0;

  // Per-paragraph state.
  private text = '';
  private runs: Run[] = [];
  private runSources: RunSource[] = [];
  private paragraphTag: string | undefined;
  private paragraphTagDepth = -1;
  private paragraphIndex = 0;
  private styleId: string | undefined;

  constructor(
    private readonly source: string,
    private readonly resolver: FormatResolver,
    private readonly lists: ListCounter,
  ) {}

  walk(body: XmlElement): BodyContent {
    this.blocks(body, undefined, undefined);
    const contentControls = this.controls
      .filter((control) => control.first !== undefined)
      .map((control) => ({
        tag: control.tag,
        title: control.title,
        text: [...control.texts.values()].join('\n'),
        paragraph: control.first ?? 0,
        showingPlaceholder: control.showingPlaceholder,
      }));
    return { paragraphs: this.paragraphs, sources: this.sources, contentControls };
  }

  private blocks(parent: XmlElement, table: TableState | undefined, cell: TableCellPosition | undefined): void {
    for (const element of parent.children) this.block(element, table, cell);
  }

  private block(element: XmlElement, table: TableState | undefined, cell: TableCellPosition | undefined): void {
    switch (element.name) {
      case 'w:p':
        this.paragraph(element, cell);
        return;
      case 'w:tbl':
        // A table inside a cell reports the outer cell's position.
        if (cell) this.nestedTable(element, cell);
        else this.blocks(element, { table: this.tables++, row: -1, column: -1 }, undefined);
        return;
      case 'w:tr':
        if (table) {
          table.row++;
          table.column = -1;
        }
        this.blocks(element, table, cell);
        return;
      case 'w:tc':
        if (table) {
          table.column++;
          this.blocks(element, table, { table: table.table, row: table.row, column: table.column });
        } else this.blocks(element, table, cell);
        return;
      case 'w:sdt':
        this.control(element, () => {
          const content = child(element, 'w:sdtContent');
          if (content) this.blocks(content, table, cell);
        });
        return;
      case 'mc:AlternateContent': {
        const choice = child(element, 'mc:Choice');
        if (choice) this.blocks(choice, table, cell);
        return;
      }
      default:
        if (TRANSPARENT_BLOCK.has(element.name)) this.blocks(element, table, cell);
    }
  }

  private nestedTable(element: XmlElement, cell: TableCellPosition | undefined): void {
    const visit = (parent: XmlElement): void => {
      for (const c of parent.children) {
        if (c.name === 'w:p') this.paragraph(c, cell);
        else if (c.name === 'w:tbl') this.nestedTable(c, cell);
        else if (c.name === 'w:sdt') this.control(c, () => {
          const content = child(c, 'w:sdtContent');
          if (content) visit(content);
        });
        else if (c.name === 'w:tr' || c.name === 'w:tc' || TRANSPARENT_BLOCK.has(c.name)) visit(c);
      }
    };
    visit(element);
  }

  private control(sdt: XmlElement, content: () => void): void {
    const sdtPr = child(sdt, 'w:sdtPr');
    const record: ControlRecord = {
      tag: (sdtPr && child(sdtPr, 'w:tag')?.attrs['w:val']) ?? '',
      title: (sdtPr && child(sdtPr, 'w:alias')?.attrs['w:val']) ?? '',
      showingPlaceholder: sdtPr ? child(sdtPr, 'w:showingPlcHdr') !== undefined : false,
      texts: new Map(),
    };
    this.controls.push(record);
    this.active.push(record);
    content();
    this.active.pop();
  }

  private touchControls(): void {
    for (let depth = 0; depth < this.active.length; depth++) {
      const control = this.active[depth];
      if (control.first === undefined) control.first = this.paragraphIndex;
      if (!control.texts.has(this.paragraphIndex)) control.texts.set(this.paragraphIndex, '');
      if (control.tag && depth > this.paragraphTagDepth) {
        this.paragraphTag = control.tag;
        this.paragraphTagDepth = depth;
      }
    }
  }

  private paragraph(p: XmlElement, cell: TableCellPosition | undefined): void {
    this.paragraphIndex = this.paragraphs.length;
    this.text = '';
    this.runs = [];
    this.runSources = [];
    this.paragraphTag = undefined;
    this.paragraphTagDepth = -1;
    const pPr = child(p, 'w:pPr');
    this.styleId = this.resolver.paragraphStyleId(pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined);
    const resolved = this.resolver.paragraph(this.styleId, pPr, pPr ? this.source.slice(pPr.start, pPr.end) : '');
    this.touchControls();
    this.inline(p);
    const listLabel = this.lists.next(resolved.numId, resolved.ilvl);
    const paragraph: Paragraph = {
      index: this.paragraphIndex,
      text: this.text,
      runs: this.runs,
      format: resolved.format,
      ...(cell ? { cell } : {}),
      ...(this.paragraphTag !== undefined ? { contentControlTag: this.paragraphTag } : {}),
      ...(listLabel !== undefined ? { listLabel } : {}),
    };
    this.paragraphs.push(paragraph);
    this.sources.push({ element: p, runs: this.runSources, resolved });
  }

  private inline(parent: XmlElement): void {
    for (const element of parent.children) {
      const name = element.name;
      if (name === 'w:r') this.run(element);
      else if (TRANSPARENT_INLINE.has(name)) this.inline(element);
      else if (name === 'w:sdt') {
        this.control(element, () => {
          this.touchControls();
          const content = child(element, 'w:sdtContent');
          if (content) this.inline(content);
        });
      } else if (name === 'mc:AlternateContent') {
        const choice = child(element, 'mc:Choice');
        if (choice) this.inline(choice);
      }
    }
  }

  private run(r: XmlElement): void {
    const start = this.text.length;
    const pieces: TextPiece[] = [];
    let rPr: XmlElement | undefined;
    for (const element of r.children) {
      let text: string | undefined;
      let kind: 't' | 'other' = 'other';
      switch (element.name) {
        case 'w:rPr':
          rPr = element;
          break;
        case 'w:t':
          if (this.codeDepth === 0) {
            text = element.text;
            kind = 't';
          }
          break;
        case 'w:tab':
        case 'w:ptab':
          text = '\t';
          break;
        case 'w:br':
        case 'w:cr':
          text = '\n';
          break;
        case 'w:noBreakHyphen':
          text = '-';
          break;
        case 'w:sym': {
          const code = Number.parseInt(element.attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code) && code > 0x20 && !PRIVATE_USE(code)) text = String.fromCodePoint(code);
          break;
        }
        case 'w:fldChar':
          this.fieldChar(element.attrs['w:fldCharType']);
          break;
        default:
          break;
      }
      if (text !== undefined && text.length > 0 && (kind === 't' || this.codeDepth === 0)) {
        pieces.push({ element, text, start: this.text.length, kind });
        this.text += text;
      }
    }
    if (pieces.length === 0) return;
    const runText = this.text.slice(start);
    const format = this.resolver.run(this.styleId, rPr, rPr ? this.source.slice(rPr.start, rPr.end) : '');
    this.runs.push({ text: runText, start, format });
    this.runSources.push({ element: r, pieces });
    for (const control of this.active) control.texts.set(this.paragraphIndex, (control.texts.get(this.paragraphIndex) ?? '') + runText);
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push('code');
      this.codeDepth++;
    } else if (type === 'separate') {
      if (this.fields[this.fields.length - 1] === 'code') {
        this.fields[this.fields.length - 1] = 'result';
        this.codeDepth--;
      }
    } else if (type === 'end') {
      if (this.fields.pop() === 'code') this.codeDepth--;
    }
  }
}
