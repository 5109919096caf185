/**
 * A fix plan applied to a model in memory, edit by edit, in plan order.
 * Inserted paragraphs take their role's formatting from the profile. The
 * result is a new model; the input is not changed.
 */
import type { Edit, InsertParagraphEdit, ReplaceTextEdit, SetParagraphFormatEdit, SetRunFormatEdit } from './edits';
import type { ContentControl, DocumentModel, Paragraph, ParagraphFormat, Run, RunFormat } from './model';
import type { Profile } from '../templates/schema';
import { err, ok, type Result } from './result';
import { rules as text } from '../i18n/zh-CN/rules';

export interface ApplyEditsError {
  readonly code: 'invalid-edit';
  readonly message: string;
}

function withRuns(paragraph: Paragraph, runs: readonly Run[]): Paragraph {
  let start = 0;
  const placed = runs.map((run) => {
    const next = { ...run, start };
    start += run.text.length;
    return next;
  });
  return { ...paragraph, runs: placed, text: placed.map((run) => run.text).join('') };
}

function setRunFormat(paragraph: Paragraph, edit: SetRunFormatEdit): Paragraph {
  const chosen = edit.runs ? new Set(edit.runs) : undefined;
  const runs = paragraph.runs.map((run, index) => {
    if (chosen && !chosen.has(index)) return run;
    const format: RunFormat = {
      ...run.format,
      ...(edit.eastAsiaFont !== undefined ? { eastAsiaFont: edit.eastAsiaFont } : {}),
      ...(edit.sizePt !== undefined ? { sizePt: edit.sizePt } : {}),
    };
    return { ...run, format };
  });
  return { ...paragraph, runs };
}

function setParagraphFormat(paragraph: Paragraph, edit: SetParagraphFormatEdit): Paragraph {
  const fontSize = paragraph.runs.find((run) => run.text.trim() !== '')?.format.sizePt ?? 16;
  const format: ParagraphFormat = {
    ...paragraph.format,
    ...(edit.lineSpacing !== undefined ? { lineSpacing: edit.lineSpacing } : {}),
    ...(edit.alignment !== undefined ? { alignment: edit.alignment } : {}),
    ...(edit.spaceBeforePt !== undefined ? { spaceBeforePt: edit.spaceBeforePt } : {}),
    ...(edit.spaceAfterPt !== undefined ? { spaceAfterPt: edit.spaceAfterPt } : {}),
    ...(edit.firstLineChars !== undefined
      ? { firstLineIndent: { chars: edit.firstLineChars, points: (edit.firstLineChars / 100) * fontSize } }
      : {}),
  };
  return { ...paragraph, format };
}

/** Replace a range of text; the new text takes the format of the run at `start`. */
function replaceText(paragraph: Paragraph, edit: ReplaceTextEdit): Paragraph | undefined {
  if (edit.start < 0 || edit.end > paragraph.text.length || edit.start > edit.end) return undefined;
  const owner = (offset: number): number => {
    const index = paragraph.runs.findIndex((run) => offset >= run.start && offset < run.start + run.text.length);
    return index >= 0 ? index : paragraph.runs.length - 1;
  };
  const anchor = owner(edit.start);
  const runs: Run[] = [];
  paragraph.runs.forEach((run, index) => {
    const clamp = (offset: number): number => Math.max(0, Math.min(run.text.length, offset));
    const before = run.text.slice(0, clamp(edit.start - run.start));
    const after = run.text.slice(clamp(edit.end - run.start));
    const nextText = before + (index === anchor ? edit.text : '') + after;
    if (nextText !== '') runs.push({ ...run, text: nextText });
  });
  if (paragraph.runs.length === 0) runs.push({ text: edit.text, start: 0, format: {} });
  return withRuns(paragraph, runs);
}

/**
 * Several replace edits of one paragraph in plan order (from the end of the
 * text backwards, none overlapping), applied in one walk over the runs: the
 * same result as applying them one by one, in time that grows with the
 * paragraph and the edits, not with their product. Each edit's new text goes
 * into the run that holds its start (the last run at the end of the text).
 */
function replaceTexts(paragraph: Paragraph, descending: readonly ReplaceTextEdit[]): Paragraph | undefined {
  const edits = [...descending].reverse();
  const length = paragraph.text.length;
  for (const edit of edits) if (edit.start < 0 || edit.end > length || edit.start > edit.end) return undefined;
  const runs = paragraph.runs;
  const anchors: number[] = [];
  let owner = 0;
  for (const edit of edits) {
    while (owner < runs.length && !(edit.start >= runs[owner].start && edit.start < runs[owner].start + runs[owner].text.length)) {
      if (runs[owner].start > edit.start) break;
      owner += 1;
    }
    const holds = owner < runs.length && edit.start >= runs[owner].start && edit.start < runs[owner].start + runs[owner].text.length;
    anchors.push(holds ? owner : runs.length - 1);
  }
  const placed: Run[] = [];
  let first = 0;
  runs.forEach((run, index) => {
    const runEnd = run.start + run.text.length;
    const clamp = (offset: number): number => Math.max(0, Math.min(run.text.length, offset));
    while (first < edits.length && edits[first].end <= run.start && anchors[first] < index) first += 1;
    const parts: string[] = [];
    let cursor = 0;
    for (let at = first; at < edits.length && (edits[at].start < runEnd || anchors[at] === index); at += 1) {
      const edit = edits[at];
      const anchored = anchors[at] === index;
      if (!anchored && !(edit.end > run.start && edit.start < runEnd)) continue;
      const from = clamp(edit.start - run.start);
      if (from > cursor) parts.push(run.text.slice(cursor, from));
      if (anchored) parts.push(edit.text);
      cursor = Math.max(cursor, clamp(edit.end - run.start));
    }
    parts.push(run.text.slice(cursor));
    const nextText = parts.join('');
    if (nextText !== '') placed.push({ ...run, text: nextText });
  });
  return withRuns(paragraph, placed);
}

/** How many edits from `from` on are replace edits of one paragraph, each wholly before the one before it. */
function descendingReplaceRun(edits: readonly Edit[], from: number): number {
  const head = edits[from];
  if (head.kind !== 'replace-text') return 0;
  let count = 1;
  for (let at = from + 1; at < edits.length; at += 1) {
    const edit = edits[at];
    const previous = edits[at - 1] as ReplaceTextEdit;
    if (edit.kind !== 'replace-text' || edit.paragraph !== head.paragraph || edit.end > previous.start || edit.start >= previous.start) break;
    count += 1;
  }
  return count;
}

function insertedParagraph(edit: InsertParagraphEdit, profile: Profile): Paragraph {
  const role = profile.roles[edit.role];
  const spacing = role.lineSpacing === null ? undefined : role.lineSpacing ?? profile.lineSpacing;
  return {
    index: edit.before,
    text: edit.text,
    runs: [{ text: edit.text, start: 0, format: { eastAsiaFont: role.fonts.preferred, sizePt: role.sizePt } }],
    format: {
      ...(spacing ? { lineSpacing: spacing } : {}),
      spaceBeforePt: profile.spaceBeforePt,
      spaceAfterPt: profile.spaceAfterPt,
      ...(role.alignment ? { alignment: role.alignment } : {}),
      ...(role.firstLineChars !== undefined
        ? { firstLineIndent: { chars: role.firstLineChars, points: (role.firstLineChars / 100) * role.sizePt } }
        : {}),
    },
  };
}

/** The model after the edits, or an error when an edit does not fit the model (re-check, then plan again). */
export function applyEditsToModel(
  document: DocumentModel,
  edits: readonly Edit[],
  profile: Profile,
): Result<DocumentModel, ApplyEditsError> {
  const invalid = err<ApplyEditsError>({ code: 'invalid-edit', message: text.fix.invalidEdit });
  let paragraphs: Paragraph[] = [...document.paragraphs];
  let controls: ContentControl[] = [...document.contentControls];
  for (let at = 0; at < edits.length; at += 1) {
    const edit = edits[at];
    const batch = descendingReplaceRun(edits, at);
    if (batch > 1 && edit.kind === 'replace-text' && paragraphs[edit.paragraph] && paragraphs[edit.paragraph].runs.length > 0) {
      const changed = replaceTexts(paragraphs[edit.paragraph], edits.slice(at, at + batch) as ReplaceTextEdit[]);
      if (!changed) return invalid;
      paragraphs[edit.paragraph] = changed;
      at += batch - 1;
      continue;
    }
    if (edit.kind === 'insert-paragraph') {
      if (edit.before < 0 || edit.before > paragraphs.length) return invalid;
      paragraphs.splice(edit.before, 0, insertedParagraph(edit, profile));
      paragraphs = paragraphs.map((paragraph, index) => (paragraph.index === index ? paragraph : { ...paragraph, index }));
      controls = controls.map((control) => (control.paragraph >= edit.before ? { ...control, paragraph: control.paragraph + 1 } : control));
      continue;
    }
    const target = paragraphs[edit.paragraph];
    if (!target) return invalid;
    const changed =
      edit.kind === 'set-run-format'
        ? setRunFormat(target, edit)
        : edit.kind === 'set-paragraph-format'
          ? setParagraphFormat(target, edit)
          : replaceText(target, edit);
    if (!changed) return invalid;
    paragraphs[edit.paragraph] = changed;
  }
  return ok({ ...document, paragraphs, contentControls: controls });
}
