/** python-docx's view of a .docx (see inspect-docx.py). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from '../../support/tools';
import type { Profile, RoleName, Template } from '../../../src/templates/schema';

export interface InspectedRun {
  readonly text: string;
  readonly eastAsia: string | null;
  readonly ascii: string | null;
  readonly sz: string | null;
  readonly inControl: boolean;
}

export interface InspectedParagraph {
  readonly text: string;
  readonly inTable: boolean;
  readonly inControl: boolean;
  readonly lineRule: string;
  readonly linePt: number | null;
  readonly firstLineChars: string | null;
  readonly firstLine: string | null;
  readonly alignment: string | null;
  readonly markEastAsia: string | null;
  readonly runs: readonly InspectedRun[];
}

export interface InspectedDocx {
  readonly paragraphs: readonly InspectedParagraph[];
  readonly tags: readonly string[];
  readonly placeholders: number;
  readonly parts: Readonly<Record<string, string>>;
  readonly page: Readonly<Record<'widthMm' | 'heightMm' | 'topMm' | 'bottomMm' | 'leftMm' | 'rightMm', number>>;
}

const SCRIPT = readFileSync(join(__dirname, 'inspect-docx.py'), 'utf8');

export function inspectDocx(path: string): InspectedDocx {
  return JSON.parse(runPython(SCRIPT, [path])) as InspectedDocx;
}

/**
 * The role a reader of the printed page would give each paragraph: the
 * first is the title, the line under a report's title its org line, table
 * paragraphs are table cells, "一、" lines are headings, the rest body.
 */
export function expectedRole(template: Template, paragraphs: readonly InspectedParagraph[], index: number): RoleName {
  const paragraph = paragraphs[index];
  const first = template.blocks[0];
  // A 附件 line ("附件1.") above the title is body text.
  const titleAt = first?.type === 'title' && first.mark !== undefined ? 1 : 0;
  if (index < titleAt) return 'body';
  if (index === titleAt) return 'title';
  if (paragraph.inTable) return 'table-cell';
  if (index === titleAt + 1 && template.blocks[1]?.type === 'org') return 'org';
  if (/^[一二三四五六七八九十]+、/.test(paragraph.text)) return 'h1';
  if (/^（[一二三四五六七八九十]+）/.test(paragraph.text)) return 'h2';
  return 'body';
}

export function roleFont(profile: Profile, role: RoleName): { font: string; halfPoints: string } {
  const format = profile.roles[role];
  return { font: format.fonts.preferred, halfPoints: String(format.sizePt * 2) };
}
