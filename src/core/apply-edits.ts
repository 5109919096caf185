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
  for (const edit of edits) {
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
