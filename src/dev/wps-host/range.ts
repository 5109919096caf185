/**
 * `Range`, `Font`, `ParagraphFormat` and `Paragraph` of the WPS stand-in:
 * synchronous objects over the in-memory Word host's document state and its
 * document operations (src/dev/word-host/targets.ts), with WPS's units and
 * WPS's strictness — points, characters, numeric enumerations, and an
 * error for a value of the wrong type or out of range.
 */
import type { LineSpacing } from '../../core/model';
import { firstRunSize, setParagraphFormat, type ParagraphFormatChange } from '../../word/ooxml/paragraph-edit';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { firstChild, getAttr, type XmlElement } from '../../word/ooxml/xml';
import {
  WdLineSpacing,
  WdParagraphAlignment,
  type WdLineSpacingValue,
  type WdParagraphAlignmentValue,
  type WpsCollection,
  type WpsFont,
  type WpsParagraph,
  type WpsParagraphFormat,
  type WpsRange,
} from '../../wps/object-model';
import { insertTextInControl } from '../word-host/control-typing';
import type { DocumentState } from '../word-host/document-state';
import { controlText } from '../word-host/parts-objects';
import { formatRange, insertOoxmlAt, insertParagraphNear, insertTextAt, rangeText, replaceBody, runsIn, type RangeTarget } from '../word-host/targets';
import { StandInWpsError, checkIndex, checkNumber, checkString } from './errors';
import { positionsOf } from './positions';

/** Word's `wdUndefined`: what a property of a range with mixed values reads as. */
export const WD_UNDEFINED = 9999999;
/** Word's largest line spacing and paragraph spacing, in points. */
const MAX_POINTS = 1584;

export interface StandInEnvironment {
  readonly state: DocumentState;
  /** Called after every change to the document: counts undo steps. */
  changed(): void;
}

/** A list as a 1-based collection; `Item` makes only the object asked for. */
export class StandInCollection<T, E = T> implements WpsCollection<T> {
  constructor(
    private readonly items: () => readonly E[],
    private readonly what: string,
    private readonly make: (item: E) => T = (item) => item as unknown as T,
  ) {}

  get Count(): number {
    return this.items().length;
  }

  Item(index: number): T {
    const items = this.items();
    return this.make(items[checkIndex(index, items.length, this.what) - 1] as E);
  }
}

/** Whether a paragraph is still in the document body (a replaced one is not): its parents lead to the body. */
function inBody(state: DocumentState, element: XmlElement): boolean {
  const body = state.body;
  for (let node: XmlElement | undefined = element; node; node = node.parent) if (node === body) return true;
  return false;
}

function paragraphsOf(state: DocumentState, target: RangeTarget): XmlElement[] {
  if (target.first === target.last) return [target.first];
  const all = state.paragraphs();
  return all.slice(state.indexOf(target.first), state.indexOf(target.last) + 1);
}

function sameOrUndefined<V>(values: readonly V[], mixed: V): V {
  const distinct = new Set(values);
  return distinct.size === 1 ? (values[0] as V) : mixed;
}

class StandInFont implements WpsFont {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly target: () => RangeTarget,
  ) {}

  get NameFarEast(): string {
    return sameOrUndefined(
      runsIn(this.env.state, this.target()).map((run) => run.format.eastAsiaFont ?? ''),
      '',
    );
  }

  set NameFarEast(value: string) {
    if (checkString(value, 'Font.NameFarEast') === '') throw new StandInWpsError('invalidArgument', 'Font.NameFarEast = ""');
    formatRange(this.env.state, this.target(), { eastAsiaFont: value });
    this.env.changed();
  }

  get Size(): number {
    return sameOrUndefined(
      runsIn(this.env.state, this.target()).map((run) => run.format.sizePt ?? WD_UNDEFINED),
      WD_UNDEFINED,
    );
  }

  set Size(value: number) {
    formatRange(this.env.state, this.target(), { sizePt: checkNumber(value, 1, 1638, 'Font.Size') });
    this.env.changed();
  }
}

const ALIGNMENTS = ['left', 'center', 'right', 'both', 'distribute'] as const;

/** The line spacing a paragraph states itself (`w:pPr/w:spacing` with `w:line`), if it does. */
function directSpacing(paragraph: XmlElement): LineSpacing | undefined {
  const pPr = firstChild(paragraph, 'w:pPr');
  const spacing = pPr ? firstChild(pPr, 'w:spacing') : undefined;
  const line = spacing ? Number(getAttr(spacing, 'w:line')) : NaN;
  if (!spacing || !Number.isFinite(line)) return undefined;
  const rule = getAttr(spacing, 'w:lineRule') ?? 'auto';
  if (rule === 'exact' || rule === 'atLeast') return { rule, points: line / 20 };
  return { rule: 'multiple', lines: line / 240 };
}

function ruleOf(spacing: LineSpacing | undefined): WdLineSpacingValue {
  if (!spacing) return WdLineSpacing.single;
  if (spacing.rule === 'exact') return WdLineSpacing.exactly;
  if (spacing.rule === 'atLeast') return WdLineSpacing.atLeast;
  if (spacing.lines === 1) return WdLineSpacing.single;
  if (spacing.lines === 1.5) return WdLineSpacing.onePtFive;
  if (spacing.lines === 2) return WdLineSpacing.double;
  return WdLineSpacing.multiple;
}

/** `LineSpacing` as Word reports it: points, or twelfths of a line for the multiple rules. */
function valueOf(spacing: LineSpacing | undefined): number {
  if (!spacing) return 12;
  return spacing.rule === 'multiple' ? spacing.lines * 12 : spacing.points;
}

class StandInParagraphFormat implements WpsParagraphFormat {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly target: () => RangeTarget,
  ) {}

  private formats() {
    const model = this.env.state.model();
    return paragraphsOf(this.env.state, this.target()).map((element) => {
      const paragraph = model.paragraphs[this.env.state.indexOf(element)];
      if (!paragraph) throw new StandInWpsError('notEmulated', 'a paragraph the reader does not see');
      return paragraph.format;
    });
  }

  /**
   * Writes each paragraph's change. `spacing` is the paragraph's current line spacing: its own `w:spacing`
   * when it states one (no re-read of the whole document per write), else what the reader derives.
   */
  private write(change: (element: XmlElement, spacing: () => LineSpacing | undefined) => ParagraphFormatChange): void {
    const state = this.env.state;
    const elements = paragraphsOf(state, this.target());
    const derived = (element: XmlElement): LineSpacing | undefined => state.model().paragraphs[state.indexOf(element)]?.format.lineSpacing;
    const changes = elements.map((element) => change(element, () => directSpacing(element) ?? derived(element)));
    elements.forEach((element, i) => setParagraphFormat(element, changes[i] as ParagraphFormatChange, firstRunSize(element) ?? 16));
    state.touch();
    this.env.changed();
  }

  get Alignment(): WdParagraphAlignmentValue {
    const values = this.formats().map((format) => WdParagraphAlignment[format.alignment === 'both' ? 'justify' : format.alignment ?? 'left']);
    return sameOrUndefined<number>(values, WD_UNDEFINED) as WdParagraphAlignmentValue;
  }

  set Alignment(value: WdParagraphAlignmentValue) {
    const alignment = ALIGNMENTS[checkNumber(value, 0, 4, 'ParagraphFormat.Alignment')];
    if (!Number.isInteger(value) || !alignment) throw new StandInWpsError('invalidArgument', `ParagraphFormat.Alignment = ${value}`);
    this.write(() => ({ alignment }));
  }

  get LineSpacingRule(): WdLineSpacingValue {
    return sameOrUndefined<number>(this.formats().map((format) => ruleOf(format.lineSpacing)), WD_UNDEFINED) as WdLineSpacingValue;
  }

  /** Changing the rule keeps the spacing's size where it can (points stay points), as Word does. */
  set LineSpacingRule(value: WdLineSpacingValue) {
    const rule = checkNumber(value, 0, 5, 'ParagraphFormat.LineSpacingRule');
    if (!Number.isInteger(rule)) throw new StandInWpsError('invalidArgument', `ParagraphFormat.LineSpacingRule = ${value}`);
    this.write((_, current) => {
      const spacing = current();
      const points = spacing && spacing.rule !== 'multiple' ? spacing.points : 12 * (spacing?.lines ?? 1);
      const lines = spacing && spacing.rule === 'multiple' ? spacing.lines : 1;
      const next: LineSpacing =
        rule === WdLineSpacing.single ? { rule: 'multiple', lines: 1 }
        : rule === WdLineSpacing.onePtFive ? { rule: 'multiple', lines: 1.5 }
        : rule === WdLineSpacing.double ? { rule: 'multiple', lines: 2 }
        : rule === WdLineSpacing.atLeast ? { rule: 'atLeast', points }
        : rule === WdLineSpacing.exactly ? { rule: 'exact', points }
        : { rule: 'multiple', lines };
      return { lineSpacing: next };
    });
  }

  get LineSpacing(): number {
    return sameOrUndefined(this.formats().map((format) => valueOf(format.lineSpacing)), WD_UNDEFINED);
  }

  /** Points under 固定值 / 最小值; twelfths of a line under the multiple rules. */
  set LineSpacing(value: number) {
    const size = checkNumber(value, 0.7, MAX_POINTS, 'ParagraphFormat.LineSpacing');
    this.write((_, current) => {
      const spacing = current();
      return { lineSpacing: spacing && spacing.rule !== 'multiple' ? { rule: spacing.rule, points: size } : { rule: 'multiple', lines: size / 12 } };
    });
  }

  get CharacterUnitFirstLineIndent(): number {
    return sameOrUndefined(this.formats().map((format) => (format.firstLineIndent?.chars ?? 0) / 100), WD_UNDEFINED);
  }

  set CharacterUnitFirstLineIndent(value: number) {
    const chars = checkNumber(value, 0, 100, 'ParagraphFormat.CharacterUnitFirstLineIndent (hanging indents are not emulated)');
    this.write(() => ({ firstLineChars: Math.round(chars * 100) }));
  }

  get SpaceBefore(): number {
    return sameOrUndefined(this.formats().map((format) => format.spaceBeforePt ?? 0), WD_UNDEFINED);
  }

  set SpaceBefore(value: number) {
    const points = checkNumber(value, 0, MAX_POINTS, 'ParagraphFormat.SpaceBefore');
    this.write(() => ({ spaceBeforePt: points }));
  }

  get SpaceAfter(): number {
    return sameOrUndefined(this.formats().map((format) => format.spaceAfterPt ?? 0), WD_UNDEFINED);
  }

  set SpaceAfter(value: number) {
    const points = checkNumber(value, 0, MAX_POINTS, 'ParagraphFormat.SpaceAfter');
    this.write(() => ({ spaceAfterPt: points }));
  }
}

export type RangeKind =
  /** `Document.Content`: InsertXML replaces the body. */
  | { readonly kind: 'story' }
  /** `ContentControl.Range`: setting Text types into the field. */
  | { readonly kind: 'control'; readonly sdt: XmlElement }
  | { readonly kind: 'plain' };

export class StandInRange implements WpsRange {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly resolve: () => RangeTarget,
    private readonly kind: RangeKind = { kind: 'plain' },
  ) {}

  /** What the range stands for now (a range over paragraphs that were replaced throws). */
  get target(): RangeTarget {
    return this.resolve();
  }

  get Start(): number {
    return positionsOf(this.env.state, this.target).start;
  }

  get End(): number {
    return positionsOf(this.env.state, this.target).end;
  }

  get Text(): string {
    if (this.kind.kind === 'control') return controlText(this.kind.sdt);
    const target = this.target;
    return rangeText(target) + (target.whole ? '\r' : '');
  }

  set Text(value: string) {
    const text = checkString(value, 'Range.Text');
    if (this.kind.kind === 'control') {
      insertTextInControl(this.env.state, this.kind.sdt, text, 'Replace');
    } else {
      const target = this.target;
      if (target.whole || target.first !== target.last) throw new StandInWpsError('notEmulated', 'Range.Text over paragraph marks');
      insertTextAt(this.env.state, target, text, 'Replace');
    }
    this.env.changed();
  }

  get Font(): WpsFont {
    return new StandInFont(this.env, () => this.target);
  }

  get ParagraphFormat(): WpsParagraphFormat {
    return new StandInParagraphFormat(this.env, () => this.target);
  }

  get Paragraphs(): WpsCollection<WpsParagraph> {
    return new StandInCollection(() => paragraphsOf(this.env.state, this.target), 'Range.Paragraphs', (element) => new StandInParagraph(this.env, element));
  }

  get WordOpenXML(): string {
    const target = this.target;
    if (!target.whole) throw new StandInWpsError('notEmulated', 'Range.WordOpenXML of part of a paragraph');
    return this.env.state.flatOpcOf(paragraphsOf(this.env.state, target));
  }

  InsertXML(XML: string): void {
    const xml = checkString(XML, 'Range.InsertXML');
    if (this.kind.kind === 'story') replaceBody(this.env.state, xml);
    else if (this.kind.kind === 'control') throw new StandInWpsError('notEmulated', 'InsertXML into a content control');
    else insertOoxmlAt(this.env.state, this.target, xml, 'Replace');
    this.env.changed();
  }

  InsertParagraphBefore(): void {
    if (this.kind.kind === 'control') throw new StandInWpsError('notEmulated', 'InsertParagraphBefore in a content control');
    insertParagraphNear(this.env.state, this.target.first, '', 'Before');
    this.env.changed();
  }

  InsertParagraphAfter(): void {
    if (this.kind.kind === 'control') throw new StandInWpsError('notEmulated', 'InsertParagraphAfter in a content control');
    insertParagraphNear(this.env.state, this.target.last, '', 'After');
    this.env.changed();
  }

  Select(): void {
    const target = this.target;
    const end = target.first === target.last ? target.end : paragraphText(target.first).length;
    this.env.state.selection = { paragraph: target.first, start: target.start, end };
  }
}

export class StandInParagraph implements WpsParagraph {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly element: XmlElement,
  ) {}

  get Range(): StandInRange {
    const element = this.element;
    return new StandInRange(this.env, () => {
      // The paragraph must still be in the document: WPS's object would be dead too.
      if (!inBody(this.env.state, element)) throw new StandInWpsError('notEmulated', 'a paragraph that is no longer in the document');
      return { first: element, last: element, start: 0, end: paragraphText(element).length, whole: true };
    });
  }
}
