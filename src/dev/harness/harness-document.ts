/**
 * What the harness page needs from an in-memory document: the DocumentHost
 * the pane uses, a view of the paragraphs to draw, and the few actions a
 * person (or an end-to-end test) takes in Word itself — typing into a
 * field, pasting text copied from a web page.
 */
import type { Paragraph } from '../../core/model';
import type { DocumentHost } from '../../word/host';

export interface HarnessParagraph {
  readonly paragraph: Paragraph;
  readonly selected: boolean;
  /** The content control this paragraph belongs to, if any. */
  readonly control?: HarnessField;
}

export interface HarnessField {
  readonly tag: string;
  readonly title: string;
  readonly showingPlaceholder: boolean;
  /** A choice field's options: the page draws a drop-down, as Word does for the .docx's list control. */
  readonly options?: readonly string[];
  /**
   * Where the field's text is in the paragraph text, when the paragraph also
   * holds a label ("项目执行者：" before a field). Absent: the whole paragraph.
   */
  readonly span?: { readonly start: number; readonly end: number };
}

/** Formatting that text pasted from a web page brings with it. */
export interface PastedFormat {
  readonly eastAsiaFont: string;
  readonly sizePt: number;
  readonly lineSpacingLines: number;
}

export interface HarnessDocument {
  readonly host: DocumentHost;
  view(): readonly HarnessParagraph[];
  subscribe(listener: () => void): () => void;
  /** Types into the content control tagged `tag` (replacing its placeholder). */
  setControlText(tag: string, text: string): Promise<void>;
  /** Pastes a paragraph after the field tagged `tag`, keeping the pasted formatting. */
  pasteAfter(tag: string, text: string, format: PastedFormat): Promise<void>;
}
