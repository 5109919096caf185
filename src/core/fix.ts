/**
 * The fix planner (textlint's source-code-fixer): gather the edits of
 * fixable findings, leave out any whose text edits overlap an edit already
 * taken (that finding goes to `remaining`, to be fixed on the next check),
 * merge compatible formatting edits, and order the plan for sequential
 * application: later paragraphs first; within a paragraph formatting first
 * (run indexes still valid), then text edits from the end backwards (offsets
 * still valid), then paragraph insertions before it.
 *
 * `applyEditsToModel` applies a plan to a model in memory — the add-in's
 * in-memory host and the scenario tests use it; adapters apply the same plan
 * to .docx files and to Word.
 */
import type { Edit, InsertParagraphEdit, ReplaceTextEdit, SetParagraphFormatEdit, SetRunFormatEdit } from './edits';
import { editParagraph } from './edits';
import type { Finding } from './finding';
import type { LineSpacing } from './model';

export { applyEditsToModel } from './apply-edits';

export interface FixPlan {
  /** Apply in this order. */
  readonly edits: Edit[];
  readonly applied: Finding[];
  /** Not fixed by this plan: unfixable, not selected, or overlapping an applied fix. */
  readonly remaining: Finding[];
}

export interface PlanOptions {
  /** Fix only findings of these rule ids. */
  readonly rules?: readonly string[];
}

/**
 * The text ranges already taken, paragraph by paragraph, as marks on each
 * offset: checking an edit costs its own length, however many edits were
 * taken before it. Two edits clash when they start at the same offset or
 * their ranges share a character (an insertion clashes with a range that
 * holds its offset strictly inside).
 */
const COVERED = 1;
const STARTS = 2;
const INSERTS = 4;

class TakenText {
  private readonly marks = new Map<number, Uint8Array>();

  private row(paragraph: number, size: number): Uint8Array {
    const existing = this.marks.get(paragraph);
    if (existing && existing.length >= size) return existing;
    const grown = new Uint8Array(Math.max(size, (existing?.length ?? 0) * 2, 16));
    if (existing) grown.set(existing);
    this.marks.set(paragraph, grown);
    return grown;
  }

  clashes(edit: ReplaceTextEdit): boolean {
    const row = this.marks.get(edit.paragraph);
    if (!row) return false;
    const mark = (offset: number): number => (offset >= 0 && offset < row.length ? row[offset] : 0);
    if (mark(edit.start) & (STARTS | (edit.start === edit.end ? COVERED : 0))) return true;
    const last = Math.min(edit.end, row.length);
    for (let offset = Math.max(edit.start, 0); offset < last; offset += 1) {
      if (row[offset] & COVERED || (offset > edit.start && row[offset] & INSERTS)) return true;
    }
    return false;
  }

  take(edit: ReplaceTextEdit): void {
    if (edit.start < 0 || edit.end < edit.start) return;
    const row = this.row(edit.paragraph, edit.end + 1);
    row[edit.start] |= STARTS | (edit.start === edit.end ? INSERTS : 0);
    for (let offset = edit.start; offset < edit.end; offset += 1) row[offset] |= COVERED;
  }
}

function sameSpacing(a: LineSpacing | undefined, b: LineSpacing | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeParagraphFormats(a: SetParagraphFormatEdit, b: SetParagraphFormatEdit): SetParagraphFormatEdit | undefined {
  const conflict =
    (a.lineSpacing && b.lineSpacing && !sameSpacing(a.lineSpacing, b.lineSpacing)) ||
    (a.firstLineChars !== undefined && b.firstLineChars !== undefined && a.firstLineChars !== b.firstLineChars) ||
    (a.alignment !== undefined && b.alignment !== undefined && a.alignment !== b.alignment) ||
    (a.spaceBeforePt !== undefined && b.spaceBeforePt !== undefined && a.spaceBeforePt !== b.spaceBeforePt) ||
    (a.spaceAfterPt !== undefined && b.spaceAfterPt !== undefined && a.spaceAfterPt !== b.spaceAfterPt);
  if (conflict) return undefined;
  const merged: SetParagraphFormatEdit = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

function runsKey(edit: SetRunFormatEdit): string {
  return edit.runs ? [...edit.runs].sort((x, y) => x - y).join(',') : '*';
}

function mergeRunFormats(a: SetRunFormatEdit, b: SetRunFormatEdit): SetRunFormatEdit | undefined {
  if (runsKey(a) !== runsKey(b)) return undefined;
  if (a.eastAsiaFont !== undefined && b.eastAsiaFont !== undefined && a.eastAsiaFont !== b.eastAsiaFont) return undefined;
  if (a.sizePt !== undefined && b.sizePt !== undefined && a.sizePt !== b.sizePt) return undefined;
  return { ...a, eastAsiaFont: a.eastAsiaFont ?? b.eastAsiaFont, sizePt: a.sizePt ?? b.sizePt };
}

/**
 * Fold formatting edits of one paragraph into as few edits as are compatible.
 * Each edit is merged into the first earlier one it fits, looked up among
 * the earlier edits of its own paragraph and kind (and runs) only.
 */
function mergeFormatting(edits: readonly Edit[]): Edit[] {
  const result: Edit[] = [];
  const candidates = new Map<string, number[]>();
  for (const edit of edits) {
    if (edit.kind !== 'set-paragraph-format' && edit.kind !== 'set-run-format') {
      result.push(edit);
      continue;
    }
    const key = edit.kind === 'set-paragraph-format' ? `p${edit.paragraph}` : `r${edit.paragraph}:${runsKey(edit)}`;
    let bucket = candidates.get(key);
    if (!bucket) candidates.set(key, (bucket = []));
    let merged = false;
    for (let slot = 0; slot < bucket.length && !merged; slot += 1) {
      const index = bucket[slot];
      const earlier = result[index];
      const combined =
        earlier.kind === 'set-paragraph-format' && edit.kind === 'set-paragraph-format'
          ? mergeParagraphFormats(earlier, edit)
          : earlier.kind === 'set-run-format' && edit.kind === 'set-run-format'
            ? mergeRunFormats(earlier, edit)
            : undefined;
      if (combined) {
        result[index] = combined;
        merged = true;
      }
    }
    if (!merged) {
      bucket.push(result.length);
      result.push(edit);
    }
  }
  return result;
}

const KIND_RANK: Record<Edit['kind'], number> = {
  'set-run-format': 0,
  'set-paragraph-format': 0,
  'replace-text': 1,
  'insert-paragraph': 2,
};

/** Order for sequential application (see the module comment). */
function applicationOrder(edits: readonly Edit[]): Edit[] {
  return edits
    .map((edit, taken) => ({ edit, taken }))
    .sort((a, b) => {
      const byParagraph = editParagraph(b.edit) - editParagraph(a.edit);
      if (byParagraph !== 0) return byParagraph;
      const byKind = KIND_RANK[a.edit.kind] - KIND_RANK[b.edit.kind];
      if (byKind !== 0) return byKind;
      if (a.edit.kind === 'replace-text' && b.edit.kind === 'replace-text') return b.edit.start - a.edit.start;
      // Insertions before the same paragraph: the last taken goes in first, so they end up in taken order.
      if (a.edit.kind === 'insert-paragraph') return b.taken - a.taken;
      return a.taken - b.taken;
    })
    .map(({ edit }) => edit);
}

export function planFixes(findings: readonly Finding[], options: PlanOptions = {}): FixPlan {
  const applied: Finding[] = [];
  const remaining: Finding[] = [];
  const taken: Edit[] = [];
  const takenText = new TakenText();
  const insertions = new Set<string>();
  const wanted = options.rules ? new Set(options.rules) : undefined;
  for (const finding of findings) {
    const selected = !wanted || wanted.has(finding.rule);
    if (!finding.fixable || finding.fix.length === 0 || !selected) {
      remaining.push(finding);
      continue;
    }
    const replacements = finding.fix.filter((edit): edit is ReplaceTextEdit => edit.kind === 'replace-text');
    const inserts = finding.fix.filter((edit): edit is InsertParagraphEdit => edit.kind === 'insert-paragraph');
    const clash =
      replacements.some((edit) => takenText.clashes(edit)) ||
      inserts.some((edit) => insertions.has(`${edit.before}\u0000${edit.text}`));
    if (clash) {
      remaining.push(finding);
      continue;
    }
    for (const edit of replacements) takenText.take(edit);
    for (const edit of inserts) insertions.add(`${edit.before}\u0000${edit.text}`);
    for (const edit of finding.fix) taken.push(edit);
    applied.push(finding);
  }
  return { edits: applicationOrder(mergeFormatting(taken)), applied, remaining };
}
