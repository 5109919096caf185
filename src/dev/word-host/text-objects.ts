/**
 * `Word.Paragraph`, `Word.Range`, their collections and `Word.Font`, as
 * strict proxies over the in-memory document. Properties report what Word
 * reports (points, `Centered`, '' for a mixed font), computed from the
 * document model of the current parts.
 */
import type { Alignment, Paragraph as ModelParagraph } from '../../core/model';
import { setParagraphFormat } from '../../word/ooxml/paragraph-edit';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { firstChild, removeAttr, setAttr, type XmlElement } from '../../word/ooxml/xml';
import type { DocumentState } from './document-state';
import { Batch, HostClientResult, HostCollection, HostObject, OfficeLikeError, invalidArgument } from './runtime';
import {
  deleteRange,
  expandRange,
  formatRange,
  insertOoxmlAt,
  insertParagraphNear,
  insertTextAt,
  paragraphRange,
  rangeText,
  runsIn,
  searchRange,
  subRange,
  type InsertLocation,
  type RangeLocation,
  type RangeTarget,
  type SearchOptions,
} from './targets';

export interface HostEnvironment {
  readonly state: DocumentState;
  readonly batch: Batch;
  /** WordApiDesktop 1.3 (`Font.nameFarEast`) is available. */
  readonly desktop: boolean;
}

const WORD_ALIGNMENT: Record<Alignment, string> = { left: 'Left', center: 'Centered', right: 'Right', both: 'Justified', distribute: 'Justified' };
const FROM_WORD_ALIGNMENT: Record<string, Alignment> = { Left: 'left', Centered: 'center', Right: 'right', Justified: 'both' };

function modelParagraph(state: DocumentState, paragraph: XmlElement): ModelParagraph {
  return state.model().paragraphs[state.indexOf(paragraph)] as ModelParagraph;
}

function sizeOf(paragraph: ModelParagraph): number {
  return paragraph.runs[0]?.format.sizePt ?? 10.5;
}

/** `Word.Font` of a range: reads report one value, or '' / null when the runs differ. */
export class HostFont extends HostObject<RangeTarget> {
  protected readonly scalarNames: readonly string[];

  constructor(private readonly env: HostEnvironment, derive: () => RangeTarget) {
    super(env.batch, derive);
    this.scalarNames = env.desktop ? ['name', 'size', 'bold', 'nameFarEast', 'nameAscii'] : ['name', 'size', 'bold'];
  }

  protected readValue(name: string, target: RangeTarget): unknown {
    const runs = runsIn(this.env.state, target);
    const same = <V>(pick: (format: ModelParagraph['runs'][number]['format']) => V | undefined, mixed: V): V | undefined => {
      const values = new Set(runs.map((run) => pick(run.format)));
      return values.size === 1 ? [...values][0] : mixed;
    };
    switch (name) {
      case 'name':
      case 'nameAscii':
        return same((format) => format.asciiFont, '') ?? '';
      case 'nameFarEast':
        return same((format) => format.eastAsiaFont, '') ?? '';
      case 'size':
        return same<number | null>((format) => format.sizePt, null) ?? null;
      case 'bold':
        return same<boolean | null>((format) => format.bold ?? false, null);
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.loaded('name');
  }
  /** Sets the Latin font (`w:ascii`, `w:hAnsi`). Whether Word also writes `w:eastAsia` is unconfirmed, so this host does not. */
  set name(value: string) {
    this.write((target) => formatRange(this.env.state, target, { ascii: value }));
  }
  get size(): number {
    return this.loaded('size');
  }
  set size(value: number) {
    this.write((target) => formatRange(this.env.state, target, { sizePt: value }));
  }
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.write((target) => formatRange(this.env.state, target, { bold: value }));
  }
  get nameFarEast(): string {
    return this.loaded('nameFarEast');
  }
  set nameFarEast(value: string) {
    if (!this.env.desktop) throw new OfficeLikeError('ApiNotFound', 'Font.nameFarEast needs WordApiDesktop 1.3.');
    this.write((target) => formatRange(this.env.state, target, { eastAsiaFont: value }));
  }
}

/** Methods Word gives both ranges and paragraphs. */
abstract class TextObject<T> extends HostObject<T> {
  protected constructor(protected readonly env: HostEnvironment, derive?: () => T) {
    super(env.batch, derive);
  }

  protected abstract range(target: T): RangeTarget;

  /** A proxy resolved by a queued action, in order with everything else. */
  protected queued<R, P extends HostObject<R>>(proxy: P, compute: () => R): P {
    this.batch.enqueue(() => proxy.bind(compute()));
    return proxy;
  }

  get font(): HostFont {
    return new HostFont(this.env, () => this.range(this.target()));
  }

  search(text: string, options?: SearchOptions): HostRangeCollection {
    return this.queued(new HostRangeCollection(this.env), () => searchRange(this.range(this.target()), text, options));
  }

  getRange(location: RangeLocation = 'Whole'): HostRange {
    return this.queued(new HostRange(this.env), () => subRange(this.range(this.target()), location));
  }

  insertText(text: string, location: InsertLocation): HostRange {
    return this.queued(new HostRange(this.env), () => insertTextAt(this.env.state, this.range(this.target()), text, location));
  }

  insertOoxml(ooxml: string, location: InsertLocation): HostRange {
    return this.queued(new HostRange(this.env), () => insertOoxmlAt(this.env.state, this.range(this.target()), ooxml, location));
  }

  getOoxml(): HostClientResult<string> {
    const result = new HostClientResult<string>();
    this.batch.enqueue(() => {
      const range = this.range(this.target());
      const state = this.env.state;
      const paragraphs = state.paragraphs().slice(state.indexOf(range.first), state.indexOf(range.last) + 1);
      result.set(state.flatOpcOf(paragraphs));
    });
    return result;
  }

  select(): void {
    this.write((target) => {
      const range = this.range(target);
      this.env.state.selection = { paragraph: range.first, start: range.start, end: range.first === range.last ? range.end : paragraphText(range.first).length };
    });
  }

  delete(): void {
    this.write((target) => deleteRange(this.env.state, this.range(target)));
  }
}

export class HostRange extends TextObject<RangeTarget> {
  protected readonly scalarNames = ['text', 'isEmpty'];

  constructor(env: HostEnvironment, derive?: () => RangeTarget) {
    super(env, derive);
  }

  protected range(target: RangeTarget): RangeTarget {
    return target;
  }

  protected readValue(name: string, target: RangeTarget): unknown {
    if (name === 'text') return rangeText(target);
    if (name === 'isEmpty') return target.first === target.last && target.start === target.end;
    return undefined;
  }

  get text(): string {
    return this.loaded('text');
  }
  get isEmpty(): boolean {
    return this.loaded('isEmpty');
  }

  expandTo(other: HostRange): HostRange {
    return this.queued(new HostRange(this.env), () => expandRange(this.target(), other.target()));
  }

  get paragraphs(): HostParagraphCollection {
    return new HostParagraphCollection(this.env, () => {
      const state = this.env.state;
      const range = this.target();
      return state.paragraphs().slice(state.indexOf(range.first), state.indexOf(range.last) + 1);
    });
  }
}

export class HostRangeCollection extends HostCollection<RangeTarget, HostRange> {
  constructor(private readonly env: HostEnvironment, derive?: () => RangeTarget[]) {
    super(env.batch, derive);
  }

  protected makeItem(): HostRange {
    return new HostRange(this.env);
  }

  getFirst(): HostRange {
    return this.firstProxy(false, () => new HostRange(this.env));
  }

  getFirstOrNullObject(): HostRange {
    return this.firstProxy(true, () => new HostRange(this.env));
  }
}

export class HostParagraph extends TextObject<XmlElement> {
  protected readonly scalarNames = ['text', 'alignment', 'firstLineIndent', 'lineSpacing', 'spaceBefore', 'spaceAfter', 'style', 'tableNestingLevel', 'isLastParagraph'];

  constructor(env: HostEnvironment, derive?: () => XmlElement) {
    super(env, derive);
  }

  protected range(target: XmlElement): RangeTarget {
    return paragraphRange(target);
  }

  protected readValue(name: string, target: XmlElement): unknown {
    const state = this.env.state;
    if (name === 'text') return paragraphText(target);
    if (name === 'isLastParagraph') {
      const all = state.paragraphs();
      return all[all.length - 1] === target;
    }
    const paragraph = modelParagraph(state, target);
    const format = paragraph.format;
    switch (name) {
      case 'alignment':
        return WORD_ALIGNMENT[format.alignment ?? 'left'];
      case 'firstLineIndent': {
        const indent = format.firstLineIndent;
        if (!indent) return 0;
        return indent.chars !== undefined ? (indent.chars / 100) * sizeOf(paragraph) : indent.points;
      }
      case 'lineSpacing': {
        const spacing = format.lineSpacing;
        if (!spacing) return 12;
        return spacing.rule === 'multiple' ? spacing.lines * 12 : spacing.points;
      }
      case 'spaceBefore':
        return format.spaceBeforePt ?? 0;
      case 'spaceAfter':
        return format.spaceAfterPt ?? 0;
      case 'style':
        return format.styleName ?? 'Normal';
      case 'tableNestingLevel':
        return paragraph.cell ? 1 : 0;
      default:
        return undefined;
    }
  }

  get text(): string {
    return this.loaded('text');
  }
  get alignment(): string {
    return this.loaded('alignment');
  }
  set alignment(value: string) {
    const alignment = FROM_WORD_ALIGNMENT[value];
    if (!alignment) throw invalidArgument(`alignment ${value}`);
    this.edit((p) => setParagraphFormat(p, { alignment }));
  }
  get firstLineIndent(): number {
    return this.loaded('firstLineIndent');
  }
  /** Points, as Word's API takes it: a `w:firstLine` in twips, never characters. */
  set firstLineIndent(points: number) {
    this.edit((p) => {
      setParagraphFormat(p, { firstLineChars: 0 });
      const ind = firstChild(firstChild(p, 'w:pPr') as XmlElement, 'w:ind') as XmlElement;
      removeAttr(ind, 'w:firstLineChars');
      setAttr(ind, 'w:firstLine', String(Math.round(points * 20)));
    });
  }
  get lineSpacing(): number {
    return this.loaded('lineSpacing');
  }
  /** Word's API: the value is points of *multiple* spacing (value / 12 lines) — 30 becomes 2.5 lines (office-js#2296, #3203). */
  set lineSpacing(points: number) {
    this.edit((p) => setParagraphFormat(p, { lineSpacing: { rule: 'multiple', lines: points / 12 } }));
  }
  get spaceBefore(): number {
    return this.loaded('spaceBefore');
  }
  set spaceBefore(points: number) {
    this.edit((p) => setParagraphFormat(p, { spaceBeforePt: points }));
  }
  get spaceAfter(): number {
    return this.loaded('spaceAfter');
  }
  set spaceAfter(points: number) {
    this.edit((p) => setParagraphFormat(p, { spaceAfterPt: points }));
  }
  get style(): string {
    return this.loaded('style');
  }
  get tableNestingLevel(): number {
    return this.loaded('tableNestingLevel');
  }
  get isLastParagraph(): boolean {
    return this.loaded('isLastParagraph');
  }

  private edit(change: (paragraph: XmlElement) => void): void {
    this.write((target) => {
      change(target);
      this.env.state.touch();
    });
  }

  insertParagraph(text: string, location: 'Before' | 'After'): HostParagraph {
    return this.queued(new HostParagraph(this.env), () => insertParagraphNear(this.env.state, this.target(), text, location));
  }

  getNext(): HostParagraph {
    return this.neighbour(1, false);
  }
  getNextOrNullObject(): HostParagraph {
    return this.neighbour(1, true);
  }
  getPrevious(): HostParagraph {
    return this.neighbour(-1, false);
  }
  getPreviousOrNullObject(): HostParagraph {
    return this.neighbour(-1, true);
  }

  private neighbour(step: number, orNull: boolean): HostParagraph {
    const proxy = new HostParagraph(this.env);
    this.batch.enqueue(() => {
      const state = this.env.state;
      const found = state.paragraphs()[state.indexOf(this.target()) + step];
      if (found) proxy.bind(found);
      else if (orNull) proxy.markNull();
      else throw new OfficeLikeError('ItemNotFound', 'There is no such paragraph.');
    });
    return proxy;
  }
}

export class HostParagraphCollection extends HostCollection<XmlElement, HostParagraph> {
  constructor(private readonly env: HostEnvironment, derive: () => XmlElement[]) {
    super(env.batch, derive);
  }

  protected makeItem(): HostParagraph {
    return new HostParagraph(this.env);
  }

  getFirst(): HostParagraph {
    return this.firstProxy(false, () => new HostParagraph(this.env));
  }

  getFirstOrNullObject(): HostParagraph {
    return this.firstProxy(true, () => new HostParagraph(this.env));
  }

  getLast(): HostParagraph {
    const proxy = new HostParagraph(this.env);
    this.batch.enqueue(() => {
      const all = this.target();
      const last = all[all.length - 1];
      if (!last) throw new OfficeLikeError('ItemNotFound', 'The collection is empty.');
      proxy.bind(last);
    });
    return proxy;
  }
}
