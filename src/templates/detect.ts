/**
 * Which template a document is, read from the whole document the way a
 * reviewer would tell: our marker (written when the template was inserted)
 * decides when present; then the title, by the longest keyword it contains
 * (so a 结项报告 is not taken for a 申报表 just because both say 书记项目);
 * then the section headings (a report whose 一、二、三 name the template's
 * parts, content areas matched by meaning); then the form's labels (a
 * table whose cells read 项目名称, 支部书记, …). Each detection says what
 * decided it, so the user can see why a template was assumed.
 */
import type { DocumentModel, Paragraph } from '../core/model';
import type { Template } from './schema';
import { templateSections } from './schema-values';
import { matchSection } from './section-match';

export type DetectionBasis = 'marker' | 'title' | 'sections' | 'labels';

export interface Detection {
  readonly template: Template;
  readonly by: DetectionBasis;
  /** What decided it, as written in the document: the title keyword, the section headings, or the form labels. */
  readonly clues: readonly string[];
}

/** Titles split over two or three lines ("…基层党建" / "“书记项目”结项报告") are read together. */
const TITLE_PARAGRAPHS = 3;

/** Quotes, spaces and 书名号 vary between writers; keywords match without them. */
export function normaliseTitle(text: string): string {
  return text.replace(/[\s\u3000“”"'‘’「」『』《》〈〉]/g, '');
}

function titleText(model: DocumentModel): string {
  const lines: string[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.cell) continue;
    const text = normaliseTitle(paragraph.text);
    if (text === '') continue;
    lines.push(text);
    if (lines.length === TITLE_PARAGRAPHS) break;
  }
  return lines.join('');
}

interface TitleMatch {
  readonly template: Template;
  readonly keyword: string;
  readonly length: number;
  /** Position of the keyword in the template's list: earlier is more specific. */
  readonly rank: number;
}

function byTitle(model: DocumentModel, templates: readonly Template[]): Detection | undefined {
  const title = titleText(model);
  if (title === '') return undefined;
  let best: TitleMatch | undefined;
  for (const template of templates) {
    template.titleKeywords.forEach((keyword, rank) => {
      const normalised = normaliseTitle(keyword);
      if (normalised === '' || !title.includes(normalised)) return;
      const better = !best || normalised.length > best.length || (normalised.length === best.length && rank < best.rank);
      if (better) best = { template, keyword, length: normalised.length, rank };
    });
  }
  return best ? { template: best.template, by: 'title', clues: [best.keyword] } : undefined;
}

/*
 * A first-level heading as written: `一、…`, `（一）…` is second level and not
 * looked at. Roles are the core's business; this only needs the words after
 * a `一、` to compare with the templates' section names.
 */
const FIRST_LEVEL = /^[\s\u3000]*[一二三四五六七八九十]{1,3}[、.．][\s\u3000]*/;
const HEADING_END = /[。！？；：:]/;
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/;
/** Headings longer than this are sentences that happen to start with 一、. */
const HEADING_LIMIT = 40;

function firstLevelHeadings(model: DocumentModel): string[] {
  const headings: string[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.cell) continue;
    const text = (paragraph.listLabel ?? '') + paragraph.text;
    const label = FIRST_LEVEL.exec(text);
    if (!label) continue;
    let title = text.slice(label[0].length);
    const end = title.search(HEADING_END);
    if (end >= 0) title = title.slice(0, end);
    title = normaliseTitle(title).replace(TRAILING_NOTE, '');
    if (title !== '' && title.length <= HEADING_LIMIT) headings.push(title);
  }
  return headings;
}

interface Candidate {
  readonly template: Template;
  readonly clues: readonly string[];
  /** Share of the template's sections or labels the document has. */
  readonly share: number;
}

function better(candidate: Candidate, best: Candidate | undefined): boolean {
  if (!best) return true;
  if (candidate.clues.length !== best.clues.length) return candidate.clues.length > best.clues.length;
  return candidate.share > best.share;
}

/** A report whose first-level headings name at least two of the template's sections, and at least half of them. */
const MIN_SECTIONS = 2;

function bySections(model: DocumentModel, templates: readonly Template[]): Detection | undefined {
  const headings = firstLevelHeadings(model);
  if (headings.length === 0) return undefined;
  let best: Candidate | undefined;
  for (const template of templates) {
    const sections = templateSections(template).filter((section) => section.level === 1);
    if (sections.length === 0) continue;
    const used = new Set<number>();
    const clues: string[] = [];
    for (const section of sections) {
      const found = headings.findIndex((heading, index) => !used.has(index) && matchSection(section, heading) !== undefined);
      if (found < 0) continue;
      used.add(found);
      clues.push(headings[found]);
    }
    const share = clues.length / sections.length;
    if (clues.length < Math.min(MIN_SECTIONS, sections.length) || share < 0.5) continue;
    const candidate = { template, clues, share };
    if (better(candidate, best)) best = candidate;
  }
  return best ? { template: best.template, by: 'sections', clues: best.clues } : undefined;
}

/** Label text as compared: no spaces, line breaks, quotes or trailing colon. */
function normaliseLabel(text: string): string {
  return normaliseTitle(text).replace(/[:：]+$/, '');
}

function templateLabels(template: Template): string[] {
  const labels: string[] = [];
  for (const block of template.blocks) {
    if (block.type !== 'form') continue;
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (!('label' in cell)) continue;
        const label = normaliseLabel(cell.label);
        if (label !== '' && !labels.includes(label)) labels.push(label);
      }
    }
  }
  return labels;
}

/** Each table cell's text, its paragraphs joined (a label such as 所属基层党委 / （党总支） spans two). */
function cellTexts(paragraphs: readonly Paragraph[]): Set<string> {
  const cells = new Map<string, string>();
  for (const paragraph of paragraphs) {
    if (!paragraph.cell) continue;
    const key = `${paragraph.cell.table}/${paragraph.cell.row}/${paragraph.cell.column}`;
    cells.set(key, (cells.get(key) ?? '') + paragraph.text);
  }
  const texts = new Set<string>();
  for (const text of cells.values()) {
    const label = normaliseLabel(text);
    if (label !== '') texts.add(label);
  }
  return texts;
}

/** A form whose tables carry at least three of the template's labels, and at least half of them. */
const MIN_LABELS = 3;

function byLabels(model: DocumentModel, templates: readonly Template[]): Detection | undefined {
  const cells = cellTexts(model.paragraphs);
  if (cells.size === 0) return undefined;
  let best: Candidate | undefined;
  for (const template of templates) {
    const labels = templateLabels(template);
    if (labels.length === 0) continue;
    const clues = labels.filter((label) => cells.has(label));
    const share = clues.length / labels.length;
    if (clues.length < Math.min(MIN_LABELS, labels.length) || share < 0.5) continue;
    const candidate = { template, clues, share };
    if (better(candidate, best)) best = candidate;
  }
  return best ? { template: best.template, by: 'labels', clues: best.clues } : undefined;
}

export function detectTemplate(model: DocumentModel, templates: readonly Template[]): Detection | undefined {
  const markedId = model.marker.templateId;
  if (markedId) {
    const marked = templates.find((template) => template.id === markedId);
    if (marked) return { template: marked, by: 'marker', clues: [] };
  }
  return byTitle(model, templates) ?? bySections(model, templates) ?? byLabels(model, templates);
}
