/**
 * Content controls (w:sdt) met while reading the body: which paragraphs each
 * touches, the text it holds there, and the tag a paragraph reports (the
 * innermost tagged control around it or its runs).
 */
import type { ContentControl } from '../core/model';

export interface ControlRecord {
  tag: string;
  title: string;
  showingPlaceholder: boolean;
  first?: number;
  readonly texts: Map<number, string>;
}

export class ControlTracker {
  private readonly records: ControlRecord[] = [];
  private readonly active: ControlRecord[] = [];
  private tagDepth = -1;
  /** Tag of the innermost tagged control touching the current paragraph. */
  paragraphTag: string | undefined;

  /** A control starts; its properties are filled in as they are read. */
  open(): ControlRecord {
    const record: ControlRecord = { tag: '', title: '', showingPlaceholder: false, texts: new Map() };
    this.records.push(record);
    this.active.push(record);
    return record;
  }

  close(): void {
    this.active.pop();
  }

  startParagraph(): void {
    this.paragraphTag = undefined;
    this.tagDepth = -1;
  }

  /** Every open control touches `paragraph`. */
  touch(paragraph: number): void {
    for (let depth = 0; depth < this.active.length; depth++) {
      const control = this.active[depth];
      if (control.first === undefined) control.first = paragraph;
      if (!control.texts.has(paragraph)) control.texts.set(paragraph, '');
      if (control.tag && depth > this.tagDepth) {
        this.paragraphTag = control.tag;
        this.tagDepth = depth;
      }
    }
  }

  /** A run's text, added to every open control. */
  addText(paragraph: number, text: string): void {
    for (const control of this.active) control.texts.set(paragraph, (control.texts.get(paragraph) ?? '') + text);
  }

  /** The controls that touched some paragraph, in document order. */
  contentControls(): ContentControl[] {
    return this.records
      .filter((control) => control.first !== undefined)
      .map((control) => ({
        tag: control.tag,
        title: control.title,
        text: [...control.texts.values()].join('\n'),
        paragraph: control.first ?? 0,
        showingPlaceholder: control.showingPlaceholder,
      }));
  }
}
