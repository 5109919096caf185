/**
 * Content controls (w:sdt) met while reading the body: which paragraphs each
 * touches, the text it holds there, and the tag a paragraph reports (the
 * innermost tagged control around it or its runs).
 *
 * Every step costs the same however deep controls nest: a control records
 * only where it starts and ends (paragraphs for a block control, runs for
 * one inside a paragraph), and its text is cut from the paragraphs once the
 * body is read. Controls that cover the same paragraphs share one text.
 */
import type { ContentControl, Paragraph } from '../core/model';

export interface ControlRecord {
  tag: string;
  title: string;
  showingPlaceholder: boolean;
  /** First paragraph the control touches (undefined while it touches none). */
  first?: number;
  /** Last paragraph it touches, once it has closed. */
  last: number;
  /** Inside a paragraph: its text is that of the runs in [firstRun, endRun). */
  readonly inline: boolean;
  readonly firstRun: number;
  endRun: number;
}

export class ControlTracker {
  private readonly records: ControlRecord[] = [];
  private readonly active: ControlRecord[] = [];
  /** Active controls from this depth up have touched no paragraph yet. */
  private untouched = 0;
  /** For each active depth, the depth of the innermost tagged control at or above it (-1: none); valid below `tagsKnown`. */
  private readonly taggedAt: number[] = [];
  private tagsKnown = 0;
  private lastTouched = -1;
  private tagDepth = -1;
  /** Tag of the innermost tagged control touching the current paragraph. */
  paragraphTag: string | undefined;

  /** A control starts (`inline` inside a paragraph, where `runCount` runs are recorded so far); its properties are filled in as they are read. */
  open(inline: boolean, runCount: number): ControlRecord {
    const record: ControlRecord = { tag: '', title: '', showingPlaceholder: false, last: -1, inline, firstRun: runCount, endRun: runCount };
    this.records.push(record);
    this.active.push(record);
    return record;
  }

  /** The innermost control closes, `runCount` runs being recorded by then. */
  close(runCount: number): void {
    const record = this.active.pop();
    if (record) {
      record.endRun = runCount;
      if (record.first !== undefined) record.last = this.lastTouched;
    }
    const depth = this.active.length;
    if (this.untouched > depth) this.untouched = depth;
    if (this.tagsKnown > depth) this.tagsKnown = depth;
  }

  /** The innermost control's tag, read from its properties. */
  setTag(record: ControlRecord, tag: string): void {
    record.tag = tag;
    const depth = this.active.lastIndexOf(record);
    if (depth >= 0 && this.tagsKnown > depth) this.tagsKnown = depth;
  }

  startParagraph(): void {
    this.paragraphTag = undefined;
    this.tagDepth = -1;
  }

  /** Every open control touches `paragraph`. */
  touch(paragraph: number): void {
    const active = this.active;
    for (let depth = this.untouched; depth < active.length; depth++) active[depth].first = paragraph;
    this.untouched = active.length;
    this.lastTouched = paragraph;
    if (active.length === 0) return;
    for (let depth = this.tagsKnown; depth < active.length; depth++) {
      this.taggedAt[depth] = active[depth].tag ? depth : depth > 0 ? this.taggedAt[depth - 1] : -1;
    }
    this.tagsKnown = active.length;
    const tagged = this.taggedAt[active.length - 1];
    if (tagged > this.tagDepth) {
      this.paragraphTag = active[tagged].tag;
      this.tagDepth = tagged;
    }
  }

  /**
   * The controls that touched some paragraph, in document order, with their
   * text: `runTexts(paragraph, from, to)` is the text of runs [from, to) of
   * the run numbering `open`/`close` counted in, all in `paragraph`.
   */
  contentControls(paragraphs: readonly Paragraph[], runTexts: (paragraph: number, from: number, to: number) => string): ContentControl[] {
    const blockTexts = new Map<string, string>();
    const blockText = (first: number, last: number): string => {
      const key = `${first}:${last}`;
      let text = blockTexts.get(key);
      if (text === undefined) {
        const parts: string[] = [];
        for (let p = first; p <= last; p++) parts.push(paragraphs[p].text);
        text = parts.join('\n');
        blockTexts.set(key, text);
      }
      return text;
    };
    const controls: ContentControl[] = [];
    for (const control of this.records) {
      if (control.first === undefined) continue;
      const text = control.inline ? runTexts(control.first, control.firstRun, control.endRun) : blockText(control.first, Math.max(control.first, control.last));
      controls.push({ tag: control.tag, title: control.title, text, paragraph: control.first, showingPlaceholder: control.showingPlaceholder });
    }
    return controls;
  }
}
