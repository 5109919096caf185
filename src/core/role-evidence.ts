/**
 * The evidence a reader uses to tell a paragraph's part in a 公文 beyond its
 * first characters: how it looks against the body text, how long it is and
 * how it ends, and the parts GB/T 9704-2012 §7 puts in fixed places
 * (发文字号 above the title, 主送机关 under it, 成文日期 and 署名 at the end,
 * right of the text). `classify` weighs them; a paragraph none of them
 * settles keeps no role that a format rule would judge.
 */
import type { Paragraph, RunFormat } from './model';
import { isSpace } from './characters';

/** How the body text of this document looks: its most common font, size and weight. */
export interface BodyLook {
  readonly font?: string;
  readonly size?: number;
  readonly bold: boolean;
}

/** A line shorter than this with no sentence end can be a heading, a 署名 or a date. */
export const SHORT_LINE = 40;
/** A paragraph at least this long is body text whatever its ending. */
const BODY_SAMPLE_LENGTH = 20;

const SENTENCE_ENDS = '。！？；!?;，,、…';
const FULL_STOPS = '。！？!?';
/** 〔2024〕12号, [2024]12号, ﹝2024﹞12号, （2024）12号 — the 发文字号 of GB/T 9704 §7.2.4. */
const DOCUMENT_NUMBER = /[〔［[﹝【（(]\s*[0-9０-９]{4}\s*[〕］\]﹞】）)]\s*(?:第\s*)?[0-9０-９]+\s*号/;
/** 2024年5月10日, 二〇二四年五月十日 — a 成文日期 on its own line. */
const DATE_LINE = /^[\s\u3000]*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9０-９〇○一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９〇○一二三四五六七八九十]{1,3}\s*日[\s\u3000]*$/;
const COLONS = '：:';
/** Word's built-in TOC styles (`toc 1`, `TOC Heading`) and WPS's 目录 styles. */
const TOC_STYLE = /^(?:toc|目录)\s*(?:\d|heading|标题)/i;
/** A TOC line typed or made by a field: the title, a tab or leader dots, a page number. */
const TOC_LINE = /(?:\t|[.．·…]{3,})\s*[0-9０-９]+\s*$/;
/** Typefaces GB/T 9704 §7.3 gives titles and headings (黑体, 楷体, 小标宋), never body text. */
const HEADING_TYPEFACE = /黑体|楷体|小标宋|中宋|SimHei|KaiTi|Hei|Kai/i;
const SIGNATURE_STYLE = /落款|署名|签署|signature|closing/i;

/** Characters that are not spaces; a surrogate pair is one character. */
export function visibleLength(text: string): number {
  // Units, not `for…of`: iterating a string makes a string per character, and the body look weighs every run.
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    if (!isSpace(unit)) length += 1;
  }
  return length;
}

/** Whether the text has at most `limit` visible characters, without counting past the limit. */
export function isShort(text: string, limit = SHORT_LINE): boolean {
  // Every character is at most two UTF-16 units: a text this short in units is short in characters.
  if (text.length <= limit) return true;
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff) continue;
    if (!isSpace(unit) && (length += 1) > limit) return false;
  }
  return true;
}

/** The last character that is not a space ('' when there is none): regular expressions anchored at the end scan the whole text. */
function lastVisible(text: string): string {
  for (let index = text.length - 1; index >= 0; index -= 1) if (!isSpace(text.charCodeAt(index))) return text.charAt(index);
  return '';
}

/** Ends as a sentence or clause does (。！？；，…), not as a heading or a name does. */
export function endsLikeSentence(text: string): boolean {
  const last = lastVisible(text);
  return last !== '' && SENTENCE_ENDS.includes(last);
}

/** Ends with 。！？: a full sentence. */
export function endsWithFullStop(text: string): boolean {
  const last = lastVisible(text);
  return last !== '' && FULL_STOPS.includes(last);
}

/** The run with most visible text: the paragraph's look. */
export function mainRun(paragraph: Paragraph): RunFormat | undefined {
  if (paragraph.runs.length === 1) return paragraph.runs[0].format;
  let best: RunFormat | undefined;
  let bestLength = 0;
  for (const run of paragraph.runs) {
    const length = visibleLength(run.text);
    if (length > bestLength) {
      best = run.format;
      bestLength = length;
    }
  }
  return best;
}

/**
 * The body text's look, from paragraphs that read as body text (long, or
 * ending with 。), weighted by their length. Undefined when the document has
 * none.
 */
export function bodyLookOf(paragraphs: readonly Paragraph[], mayBeBody: (index: number) => boolean): BodyLook | undefined {
  // Paragraphs read from one file share their run format objects: weigh each object, then merge equal looks.
  const byFormat = new Map<RunFormat, number>();
  for (let index = 0; index < paragraphs.length; index += 1) {
    if (!mayBeBody(index)) continue;
    const paragraph = paragraphs[index];
    // The ending first: most body text ends with 。 and then its length need not be counted.
    if (!endsWithFullStop(paragraph.text) && isShort(paragraph.text, BODY_SAMPLE_LENGTH - 1)) continue;
    const format = mainRun(paragraph);
    if (format) byFormat.set(format, (byFormat.get(format) ?? 0) + paragraph.text.length);
  }
  const weights = new Map<string, { look: BodyLook; weight: number }>();
  let best: { look: BodyLook; weight: number } | undefined;
  for (const [format, weight] of byFormat) {
    const look: BodyLook = { font: format.eastAsiaFont, size: format.sizePt, bold: format.bold === true };
    const key = `${look.font ?? ''}\u0000${look.size ?? ''}\u0000${look.bold}`;
    let entry = weights.get(key);
    if (!entry) weights.set(key, (entry = { look, weight: 0 }));
    entry.weight += weight;
    if (!best || entry.weight > best.weight) best = entry;
  }
  return best?.look;
}

/**
 * Set apart from the body text as headings are: bold where the body is not,
 * larger type, or a heading typeface (黑体, 楷体, 小标宋) the body does not use.
 */
export function looksLikeHeading(paragraph: Paragraph, body: BodyLook | undefined): boolean {
  const format = mainRun(paragraph);
  if (!format) return false;
  if (format.bold === true && !(body?.bold ?? false)) return true;
  if (format.sizePt !== undefined && body?.size !== undefined && format.sizePt > body.size) return true;
  const font = format.eastAsiaFont;
  return font !== undefined && font !== body?.font && HEADING_TYPEFACE.test(font) && !(body?.font !== undefined && HEADING_TYPEFACE.test(body.font));
}

/** The same font, size and weight in the paragraphs' main runs. */
export function sameLook(a: Paragraph, b: Paragraph): boolean {
  const first = mainRun(a);
  const second = mainRun(b);
  return (
    first !== undefined &&
    second !== undefined &&
    first.eastAsiaFont === second.eastAsiaFont &&
    first.sizePt === second.sizePt &&
    (first.bold ?? false) === (second.bold ?? false)
  );
}

/** A 发文字号 line (`X委〔2024〕12号`): above the title, never the title. */
export function isDocumentNumber(text: string): boolean {
  return isShort(text) && DOCUMENT_NUMBER.test(text);
}

/** A 成文日期 alone on its line. */
export function isDateLine(text: string): boolean {
  return text.length <= 40 && lastVisible(text) === '日' && DATE_LINE.test(text);
}

/** A 主送机关 or salutation (`各部门：`, `敬爱的党组织:`): short, ending with a colon. */
export function isAddressee(text: string): boolean {
  const last = lastVisible(text);
  return last !== '' && COLONS.includes(last) && isShort(text) && !/[。！？!?]/.test(text);
}

/** A table-of-contents line, by its style or by the page number after a tab or leader dots. */
export function isTableOfContents(paragraph: Paragraph): boolean {
  const style = paragraph.format.styleName ?? paragraph.format.styleId ?? '';
  if (styleMatches(TOC_STYLE, style)) return true;
  const text = paragraph.text;
  // Only a short line can be one entry, and its page number is its last character.
  return text.length <= 160 && isDigit(lastVisible(text)) && TOC_LINE.test(text);
}

function isDigit(character: string): boolean {
  const unit = character.charCodeAt(0);
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
}

/** Answers of a style-name pattern, by name: a document names a handful of styles on thousands of paragraphs. */
const STYLE_ANSWERS = new Map<RegExp, Map<string, boolean>>();
/** Beyond this many names per pattern the answers are forgotten and found again, so odd input cannot grow the memo. */
const STYLE_ANSWERS_LIMIT = 256;

function styleMatches(pattern: RegExp, style: string): boolean {
  let answers = STYLE_ANSWERS.get(pattern);
  if (!answers) STYLE_ANSWERS.set(pattern, (answers = new Map()));
  let answer = answers.get(style);
  if (answer === undefined) {
    if (answers.size >= STYLE_ANSWERS_LIMIT) answers.clear();
    answer = pattern.test(style);
    answers.set(style, answer);
  }
  return answer;
}

/** A 署名 or date set right, as 落款 are (GB/T 9704 §7.3.5), or in a style named for it. */
export function isSignatureLine(paragraph: Paragraph): boolean {
  const text = paragraph.text;
  if (paragraph.format.alignment !== 'right' && !styleMatches(SIGNATURE_STYLE, paragraph.format.styleName ?? '')) return false;
  return isShort(text) && !endsLikeSentence(text);
}

/** A paragraph Word shows in the outline (a Heading style or `w:outlineLvl`). */
export function hasOutlineLevel(paragraph: Paragraph): boolean {
  return paragraph.format.outlineLevel !== undefined;
}
