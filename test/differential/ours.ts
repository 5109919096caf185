/**
 * Our reader's view of the same paragraphs, in the terms the comparison
 * uses: each visible CJK character's East Asian font and size, and the
 * paragraph's line spacing, first-line indent, alignment and spacing.
 */
import type { LineSpacing } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { HIDDEN_TEXT } from './generate';

export interface OurParagraph {
  readonly id: string;
  readonly text: string;
  readonly eastAsiaFonts: readonly (string | undefined)[];
  readonly eastAsiaSizes: readonly (number | undefined)[];
  /** Per CJK character: whether it is hidden text (the generator's hidden runs), which Word does not show. */
  readonly hidden: readonly boolean[];
  readonly lineSpacing: LineSpacing | undefined;
  readonly firstLineIndentPt: number;
  /** Set when the indent is given in characters (hundredths), as Word keeps it. */
  readonly firstLineChars?: number;
  readonly alignment: string | undefined;
  readonly spaceBeforePt: number | undefined;
  readonly spaceAfterPt: number | undefined;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ID = /^(D\d{3}P\d{2,3})/;

export function readOurs(bytes: Uint8Array): OurParagraph[] {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(`our reader refused the document: ${result.error.code} ${result.error.detail ?? ''}`);
  const out: OurParagraph[] = [];
  for (const paragraph of result.value.model.paragraphs) {
    const match = ID.exec(paragraph.text);
    if (!match) continue;
    const fonts: (string | undefined)[] = [];
    const sizes: (number | undefined)[] = [];
    const hidden: boolean[] = [];
    for (const run of paragraph.runs) {
      // Hidden text (w:vanish) is not shown by Word, so it is not compared: what the reader marks hidden is left out.
      if (run.format.hidden === true) continue;
      for (const ch of run.text) {
        if (!CJK.test(ch)) continue;
        fonts.push(run.format.eastAsiaFont);
        sizes.push(run.format.sizePt);
        hidden.push(run.text === HIDDEN_TEXT);
      }
    }
    const f = paragraph.format;
    out.push({
      id: match[1],
      text: paragraph.text,
      eastAsiaFonts: fonts,
      eastAsiaSizes: sizes,
      hidden,
      lineSpacing: f.lineSpacing,
      firstLineIndentPt: f.firstLineIndent?.points ?? 0,
      firstLineChars: f.firstLineIndent?.chars,
      alignment: f.alignment,
      spaceBeforePt: f.spaceBeforePt,
      spaceAfterPt: f.spaceAfterPt,
    });
  }
  return out;
}
