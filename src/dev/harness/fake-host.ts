/**
 * A small document held in memory that implements `DocumentHost` well
 * enough to drive the pane in a browser: templates are laid out block by
 * block with the profile's formatting, fixes are applied as Word would
 * apply them, and the harness can type into fields or paste foreign text.
 *
 * The harness opens the in-memory Word host (src/dev/word-host) behind the
 * real adapter; this one is behind `?host=fake`, for checking the pane's
 * behaviour apart from any Word emulation.
 */
import type { Edit } from '../../core/edits';
import type { ContentControl, DocumentMarker, DocumentModel, Paragraph, ParagraphFormat, Run, RunFormat } from '../../core/model';
import type { DocumentHost, FileKind, InsertWhere } from '../../word/host';
import type { Profile, RoleName, Template } from '../../templates/schema';
import type { HarnessDocument, HarnessParagraph } from './harness-document';

interface MutableParagraph {
  runs: { text: string; format: RunFormat }[];
  format: ParagraphFormat;
  cell?: Paragraph['cell'];
  control?: { tag: string; title: string; showingPlaceholder: boolean };
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function hostError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

function roleFormats(profile: Profile, role: RoleName): { run: RunFormat; paragraph: ParagraphFormat } {
  const format = profile.roles[role];
  const spacing = format.lineSpacing === null ? undefined : format.lineSpacing ?? profile.lineSpacing;
  return {
    run: { eastAsiaFont: format.fonts.preferred, asciiFont: 'Times New Roman', sizePt: format.sizePt },
    paragraph: {
      alignment: format.alignment ?? 'both',
      lineSpacing: spacing,
      firstLineIndent: format.firstLineChars === undefined ? { points: 0 } : { chars: format.firstLineChars, points: (format.sizePt * format.firstLineChars) / 100 },
      spaceBeforePt: profile.spaceBeforePt,
      spaceAfterPt: profile.spaceAfterPt,
    },
  };
}

function layOut(template: Template, profile: Profile): MutableParagraph[] {
  const out: MutableParagraph[] = [];
  const fieldOf = (tag: string | undefined) => template.fields.find((field) => field.tag === tag);
  const add = (role: RoleName, text: string, extra: Partial<MutableParagraph> = {}): void => {
    const { run, paragraph } = roleFormats(profile, role);
    out.push({ runs: [{ text, format: run }], format: paragraph, ...extra });
  };
  const addField = (role: RoleName, tag: string | undefined, fallback: string, extra: Partial<MutableParagraph> = {}): void => {
    const field = fieldOf(tag);
    if (!field) return add(role, fallback, extra);
    const options = field.kind === 'choice' && field.options ? { options: field.options } : {};
    add(role, field.placeholder, { ...extra, control: { tag: field.tag, title: field.label, showingPlaceholder: true, ...options } });
  };
  let section = 0;
  let table = 0;
  for (const block of template.blocks) {
    switch (block.type) {
      case 'title':
        if (block.mark !== undefined) add('body', block.mark);
        add('title', block.text);
        break;
      case 'org':
        addField('org', block.field, block.text ?? '');
        break;
      case 'section':
        section += 1;
        add(block.level === 1 ? 'h1' : 'h2', `${block.level === 1 ? `${NUMERALS[section - 1] ?? section}、` : `（${NUMERALS[section - 1] ?? section}）`}${block.title}`);
        addField('body', block.field, block.guidance);
        break;
      case 'paragraph':
        addField('body', block.field, block.text ?? '');
        break;
      case 'signature':
        if (block.more === undefined) {
          addField('body', block.field, block.text);
          break;
        }
        // Several parts on one line: one borderless row, a cell per part.
        [{ text: block.text, field: block.field }, ...block.more].forEach((part, column) => {
          const position = { cell: { table, row: 0, column } };
          add('table-cell', part.text, position);
          if (part.field !== undefined) addField('table-cell', part.field, '', position);
        });
        table += 1;
        break;
      case 'form':
        block.rows.forEach((row, rowIndex) =>
          row.cells.forEach((cell, column) => {
            const position = { cell: { table, row: rowIndex, column } };
            if ('label' in cell) add('table-cell', cell.label, position);
            else if ('field' in cell) addField('table-cell', cell.field, '', position);
            else add('table-cell', cell.text, position);
          }),
        );
        table += 1;
        break;
    }
  }
  return out;
}

function textOf(paragraph: MutableParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

export function createFakeHost(): HarnessDocument {
  let paragraphs: MutableParagraph[] = [{ runs: [], format: {} }];
  let marker: DocumentMarker = {};
  let selected: number | undefined;
  let profileUsed: Profile | undefined;
  const listeners = new Set<() => void>();
  // The view is cached between changes: React's useSyncExternalStore needs a stable snapshot.
  let cachedView: readonly HarnessParagraph[] | undefined;
  const changed = (): void => {
    cachedView = undefined;
    listeners.forEach((listener) => listener());
  };

  function model(): DocumentModel {
    const list: Paragraph[] = paragraphs.map((paragraph, index) => {
      let start = 0;
      const runs: Run[] = paragraph.runs.map((run) => {
        const out = { text: run.text, start, format: { ...run.format } };
        start += run.text.length;
        return out;
      });
      return {
        index,
        text: textOf(paragraph),
        runs,
        format: { ...paragraph.format },
        ...(paragraph.cell ? { cell: paragraph.cell } : {}),
        ...(paragraph.control ? { contentControlTag: paragraph.control.tag } : {}),
      };
    });
    const contentControls: ContentControl[] = paragraphs.flatMap((paragraph, index) =>
      paragraph.control
        ? [{ tag: paragraph.control.tag, title: paragraph.control.title, text: textOf(paragraph), paragraph: index, showingPlaceholder: paragraph.control.showingPlaceholder }]
        : [],
    );
    return { paragraphs: list, contentControls, marker };
  }

  function paragraphAt(index: number): MutableParagraph {
    const paragraph = paragraphs[index];
    if (!paragraph) throw hostError('paragraph-missing', `文档中没有第 ${index + 1} 段：文档可能已被修改，请重新检查。`);
    return paragraph;
  }

  function apply(edit: Edit): void {
    switch (edit.kind) {
      case 'set-run-format': {
        const paragraph = paragraphAt(edit.paragraph);
        paragraph.runs.forEach((run, index) => {
          if (edit.runs && !edit.runs.includes(index)) return;
          run.format = { ...run.format, ...(edit.eastAsiaFont ? { eastAsiaFont: edit.eastAsiaFont } : {}), ...(edit.sizePt ? { sizePt: edit.sizePt } : {}) };
        });
        break;
      }
      case 'set-paragraph-format': {
        const paragraph = paragraphAt(edit.paragraph);
        const size = paragraph.runs[0]?.format.sizePt ?? 16;
        paragraph.format = {
          ...paragraph.format,
          ...(edit.lineSpacing ? { lineSpacing: edit.lineSpacing } : {}),
          ...(edit.alignment ? { alignment: edit.alignment } : {}),
          ...(edit.firstLineChars !== undefined ? { firstLineIndent: { chars: edit.firstLineChars, points: (size * edit.firstLineChars) / 100 } } : {}),
          ...(edit.spaceBeforePt !== undefined ? { spaceBeforePt: edit.spaceBeforePt } : {}),
          ...(edit.spaceAfterPt !== undefined ? { spaceAfterPt: edit.spaceAfterPt } : {}),
        };
        break;
      }
      case 'replace-text': {
        const paragraph = paragraphAt(edit.paragraph);
        let offset = 0;
        let placed = false;
        for (const run of paragraph.runs) {
          const runStart = offset;
          const runEnd = offset + run.text.length;
          offset = runEnd;
          const from = Math.max(edit.start, runStart) - runStart;
          const to = Math.min(edit.end, runEnd) - runStart;
          const touches = edit.start === edit.end ? edit.start >= runStart && edit.start <= runEnd : from < to;
          if (!touches) continue;
          run.text = run.text.slice(0, from) + (placed ? '' : edit.text) + run.text.slice(Math.max(from, to));
          placed = true;
        }
        break;
      }
      case 'insert-paragraph': {
        const profile = profileUsed;
        const formats = profile ? roleFormats(profile, edit.role) : { run: {}, paragraph: {} };
        paragraphs.splice(edit.before, 0, { runs: [{ text: edit.text, format: formats.run }], format: formats.paragraph });
        break;
      }
    }
  }

  // The document's custom properties: the register's details the form does not print.
  const properties = new Map<string, string>();

  const host: DocumentHost = {
    async readDocument() {
      return model();
    },
    async insertTemplate(template: Template, profile: Profile, where: InsertWhere) {
      profileUsed = profile;
      const inserted = layOut(template, profile);
      const empty = paragraphs.every((paragraph) => textOf(paragraph) === '');
      if (where === 'replace-body' || empty) paragraphs = inserted;
      else paragraphs.splice((selected ?? paragraphs.length - 1) + 1, 0, ...inserted);
      marker = { templateId: template.id, projectId: marker.projectId ?? crypto.randomUUID() };
      selected = undefined;
      changed();
      return marker;
    },
    async applyEdits(edits: readonly Edit[]) {
      // Last first, so earlier offsets and indexes stay valid (textlint's order).
      const ordered = [...edits].sort((a, b) => {
        const at = (edit: Edit) => (edit.kind === 'insert-paragraph' ? edit.before : edit.paragraph);
        const start = (edit: Edit) => (edit.kind === 'replace-text' ? edit.start : 0);
        return at(b) - at(a) || start(b) - start(a);
      });
      ordered.forEach(apply);
      changed();
    },
    async selectParagraph(index: number) {
      paragraphAt(index);
      selected = index;
      changed();
    },
    async readMarker() {
      return marker;
    },
    async linkProject(projectId: string) {
      marker = { ...marker, projectId };
      return marker;
    },
    async readProperties(names: readonly string[]) {
      return Object.fromEntries(names.flatMap((name) => (properties.has(name) ? [[name, properties.get(name) as string]] : [])));
    },
    async writeProperties(values: Readonly<Record<string, string>>) {
      for (const [name, value] of Object.entries(values)) properties.set(name, value);
    },
    async getFile(kind: FileKind): Promise<Uint8Array> {
      throw hostError('file-unavailable', `浏览器演示中没有 Word 文件，无法导出 ${kind === 'pdf' ? 'PDF' : '.docx'}：请在 Word 中使用此功能。`);
    },
  };

  return {
    host,
    view(): readonly HarnessParagraph[] {
      cachedView ??= model().paragraphs.map((paragraph, index) => {
        const control = paragraphs[index].control;
        return { paragraph, selected: index === selected, ...(control ? { control: { ...control } } : {}) };
      });
      return cachedView;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async setControlText(tag, text) {
      const index = paragraphs.findIndex((paragraph) => paragraph.control?.tag === tag);
      if (index < 0) throw hostError('control-missing', `文档中没有标记为“${tag}”的栏目：请先插入模板。`);
      const paragraph = paragraphs[index];
      const format = paragraph.runs[0]?.format ?? {};
      paragraph.runs = [{ text, format }];
      if (paragraph.control) paragraph.control.showingPlaceholder = text === '';
      changed();
    },
    async pasteAfter(tag, text, format) {
      const index = paragraphs.findIndex((paragraph) => paragraph.control?.tag === tag);
      if (index < 0) throw hostError('control-missing', `文档中没有标记为“${tag}”的栏目：请先插入模板。`);
      paragraphs.splice(index + 1, 0, {
        runs: [{ text, format: { eastAsiaFont: format.eastAsiaFont, asciiFont: format.eastAsiaFont, sizePt: format.sizePt } }],
        format: { alignment: 'left', lineSpacing: { rule: 'multiple', lines: format.lineSpacingLines }, firstLineIndent: { points: 0 }, spaceBeforePt: 0, spaceAfterPt: 0 },
      });
      changed();
    },
  };
}
