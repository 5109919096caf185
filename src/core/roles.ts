/**
 * Paragraph roles (title, org, h1–h4, body, table cell) from numbering text
 * and position — never from Word's Heading styles alone, because real 公文
 * use none.
 */
import type { Paragraph } from './model';
import type { RoleName } from '../templates/schema';

export type Role = RoleName | 'empty';

/** A heading number as written at the start of a paragraph. */
export interface HeadingNumber {
  readonly level: 1 | 2 | 3 | 4;
  /** 1-based value ("三、" → 3, "（12）" → 12). */
  readonly value: number;
  /** The label as written, without extra punctuation ("一、", "（一）", "1．", "(1)"). */
  readonly label: string;
  /** Punctuation written after the label that should not be there ("（一）、" → "、"). */
  readonly extra: string;
  /** Offset in the paragraph text where the heading's title begins. */
  readonly titleStart: number;
}

export interface ClassifiedParagraph {
  readonly paragraph: Paragraph;
  readonly role: Role;
  readonly heading?: HeadingNumber;
}
