/**
 * The school's settings: the names and year the notices print on their
 * forms ("安庆职业技术学院2024年度“书记项目”申报表", "中共彩神委员会印制"),
 * each document's deadline, and how a submission is handed in. The 组织部
 * changes them once a year — in a pack's `school` or in `config/school.json`
 * next to the pane — without a release. Pure: no Node, no DOM.
 *
 * Template text names these values by token (`{school}`, `{committee}`,
 * `{year}`, `{nextYear}`); `applySchool` resolves them, so no school's name
 * or year is spelt in the template code.
 */
import { z } from 'zod';
import { zh } from '../i18n';
import { err, ok, type Result } from '../core/result';
import { packIssues, type PackIssue } from './pack-issues';
import type { Block, Cell, Field, Scheme, Template } from './schema';

/**
 * A deadline the notices state relative to the project's year: 003 "次年3月"
 * is `{ yearOffset: 1, month: 3, day: 31 }`, 000 "2024年5月15日前" for a 2024
 * project `{ yearOffset: 0, month: 5, day: 15 }`.
 */
export const relativeDeadlineSchema = z.strictObject({
  yearOffset: z.number().int().min(0).max(3),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});
export type RelativeDeadline = z.infer<typeof relativeDeadlineSchema>;

/** A fixed date (YYYY-MM-DD) or one relative to the project's year. */
export const deadlineRuleSchema = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), relativeDeadlineSchema]);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** What a scheme's notice asks of a submission besides the file (000: 纸质版加盖公章…电子版（pdf版本）发送…). */
export const submissionChecklistSchema = z.strictObject({
  /** Paper copies (004: 一式五份); omitted when the notice gives no number. */
  paperCopies: z.number().int().min(1).max(20).optional(),
  /** The paper copy carries the organisation's seal (盖章). */
  sealed: z.boolean().default(true),
  /** Where the paper copy goes ("校综合楼410室"). */
  handInAt: z.string().min(1).max(200).optional(),
  /** A PDF copy is required (000: 电子版（pdf版本）). */
  pdf: z.boolean().default(false),
  /** Where the electronic copy is sent. */
  email: z.string().min(3).max(200).optional(),
  /** Contact person and telephone, as the notice prints them. */
  contact: z.string().min(1).max(200).optional(),
});
export type SubmissionChecklist = z.infer<typeof submissionChecklistSchema>;

const nameSchema = z.string().min(1).max(64);

export const schoolSettingsSchema = z.strictObject({
  /** The school's name as its notices print it. */
  schoolName: nameSchema,
  /** The party committee's name ("中共彩神委员会"); by default 中共 + school name + 委员会. */
  committeeName: nameSchema.optional(),
  /** The round (年度) the forms are issued for; omitted: the current calendar year. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** Deadlines by template id; given ones replace the defaults, the others stay. */
  deadlines: z.record(z.string(), deadlineRuleSchema).default({}),
  /** What a submission needs besides the file (the register shows it after 提交台账); omitted: 000's. */
  submission: submissionChecklistSchema.optional(),
  /** A scheme whose notice asks otherwise (004: 一式五份) overrides `submission` here. */
  schemeSubmission: z.partialRecord(z.enum(['shuji', 'activity', 'brand']), submissionChecklistSchema).default({}),
});
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;
export type SchoolSettingsInput = z.input<typeof schoolSettingsSchema>;

/**
 * Deadlines as the notices state them, relative to the project's year:
 * 000 申报 and 备案 "2024年5月15日前", 结项 "2025年5月10日前"; 003 申报 "5月上旬"
 * (by the 10th), 中期检查 "次年3月", 验收 "次年的5月中下旬" (the 结题报告 is due
 * before it, by the middle of May); 004 申报 "2023年11月10日前", 验收
 * "2024年8月" (the 案例 is due when it begins). 001 gives its 立项书 no date.
 */
export const DEFAULT_DEADLINES: Readonly<Record<string, RelativeDeadline>> = {
  'shuji-application': { yearOffset: 0, month: 5, day: 15 },
  'shuji-filing': { yearOffset: 0, month: 5, day: 15 },
  'shuji-closing-report': { yearOffset: 1, month: 5, day: 10 },
  'activity-application': { yearOffset: 0, month: 5, day: 10 },
  'activity-midterm': { yearOffset: 1, month: 3, day: 31 },
  'activity-closing-report': { yearOffset: 1, month: 5, day: 15 },
  'activity-acceptance': { yearOffset: 1, month: 5, day: 31 },
  'brand-application': { yearOffset: 0, month: 11, day: 10 },
  'brand-case': { yearOffset: 1, month: 8, day: 1 },
};

/** Submission as 000 asks it: "纸质版加盖公章报校综合楼410室，电子版（pdf版本）发送指定邮箱". */
export const DEFAULT_SUBMISSION: SubmissionChecklist = {
  sealed: true,
  handInAt: '校综合楼410室',
  pdf: true,
  email: 'zwj@aqvtc.cn',
  contact: '张文剑，5283189',
};

/** 004 asks the 党建品牌 申报书 otherwise: "纸质版(一式五份、盖章)…报送党委组织部组织科(勤政楼423办公室)". */
export const DEFAULT_SCHEME_SUBMISSION: Readonly<Partial<Record<Scheme, SubmissionChecklist>>> = {
  brand: { paperCopies: 5, sealed: true, handInAt: '党委组织部组织科（勤政楼423办公室）', pdf: false, email: 'xydwzzb@xxmu.edu.cn', contact: '3831311' },
};

/** The settings when the 组织部 has given none: 000's school; the year is the current one. */
export const DEFAULT_SCHOOL: SchoolSettings = schoolSettingsSchema.parse({ schoolName: '安庆职业技术学院' });

export function committeeName(settings: SchoolSettings): string {
  return settings.committeeName ?? `中共${settings.schoolName}委员会`;
}

/** The round the settings are for: their year, or the current calendar year. */
export function roundYear(settings: SchoolSettings, today: Date): number {
  return settings.year ?? today.getFullYear();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The last valid day when a rule names the 31st of a shorter month. */
function isoDate(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`;
}

/**
 * The date a template's document is due for a project of `projectYear`:
 * the settings' rule for it, else the notice's default; undefined when
 * neither gives one.
 */
export function deadlineFor(templateId: string, settings: SchoolSettings, projectYear: number): string | undefined {
  const rule: DeadlineRule | undefined = settings.deadlines[templateId] ?? DEFAULT_DEADLINES[templateId];
  if (rule === undefined) return undefined;
  if (typeof rule === 'string') return rule;
  return isoDate(projectYear + rule.yearOffset, rule.month, rule.day);
}

/** What a submission of this scheme needs besides the file: the scheme's own rule, else the school's, else the notices'. */
/**
 * The deadline the template list shows for this round: a document due a
 * year after its project (结项报告, 中期检查表) is written for the project
 * of an earlier round while that round's date is still ahead — in April
 * 2025 the 结项报告 due is 2024's, on 2025-05-10 — and for this round's
 * project once it has passed.
 */
export function roundDeadline(templateId: string, settings: SchoolSettings, today: Date): string | undefined {
  const year = roundYear(settings, today);
  const rule = settings.deadlines[templateId] ?? DEFAULT_DEADLINES[templateId];
  if (rule === undefined || typeof rule === 'string') return deadlineFor(templateId, settings, year);
  const todayIso = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  for (let projectYear = year - rule.yearOffset; projectYear < year; projectYear += 1) {
    const due = deadlineFor(templateId, settings, projectYear);
    if (due !== undefined && due >= todayIso) return due;
  }
  return deadlineFor(templateId, settings, year);
}

export function submissionChecklist(scheme: Scheme, settings: SchoolSettings): SubmissionChecklist {
  return settings.schemeSubmission[scheme] ?? settings.submission ?? DEFAULT_SCHEME_SUBMISSION[scheme] ?? DEFAULT_SUBMISSION;
}

/** The values the tokens in template text stand for. */
export function schoolWords(settings: SchoolSettings, year: number): Readonly<Record<string, string>> {
  return {
    school: settings.schoolName,
    committee: committeeName(settings),
    year: String(year),
    nextYear: String(year + 1),
  };
}

const TOKEN = /\{(school|committee|year|nextYear)\}/g;

export function resolveSchoolText(text: string, words: Readonly<Record<string, string>>): string {
  return text.replace(TOKEN, (whole, name: string) => words[name] ?? whole);
}

function resolveCell(cell: Cell, say: (text: string) => string): Cell {
  if ('label' in cell) return { ...cell, label: say(cell.label) };
  if ('text' in cell) return { ...cell, text: say(cell.text) };
  return cell.signature === undefined ? cell : { ...cell, signature: say(cell.signature) };
}

function resolveBlock(block: Block, say: (text: string) => string): Block {
  switch (block.type) {
    case 'title':
      return { ...block, text: say(block.text), ...(block.mark === undefined ? {} : { mark: say(block.mark) }) };
    case 'org':
    case 'paragraph':
      return block.text === undefined ? block : { ...block, text: say(block.text) };
    case 'signature':
      return {
        ...block,
        text: say(block.text),
        ...(block.more === undefined ? {} : { more: block.more.map((part) => ({ ...part, text: say(part.text) })) }),
      };
    case 'section':
      return { ...block, title: say(block.title), guidance: say(block.guidance) };
    case 'form':
      return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => resolveCell(cell, say)) })) };
  }
}

function resolveField(field: Field, say: (text: string) => string): Field {
  return { ...field, label: say(field.label), placeholder: say(field.placeholder) };
}

/**
 * A template as this school issues it this round: its text with the
 * school's names and year, its deadline from the settings for the round.
 */
export function applySchool(template: Template, settings: SchoolSettings, today: Date): Template {
  const year = roundYear(settings, today);
  const say = (text: string): string => resolveSchoolText(text, schoolWords(settings, year));
  const deadline = roundDeadline(template.id, settings, today) ?? template.deadline;
  return {
    ...template,
    name: say(template.name),
    description: say(template.description),
    ...(deadline === undefined ? {} : { deadline }),
    fields: template.fields.map((field) => resolveField(field, say)),
    blocks: template.blocks.map((block) => resolveBlock(block, say)),
  };
}

export function applySchoolToCatalog(templates: readonly Template[], settings: SchoolSettings, today: Date): Template[] {
  return templates.map((template) => applySchool(template, settings, today));
}

/**
 * Values of the fields the register keeps but the form does not print
 * (`printed: false`) that the settings already know: the round's year.
 * Written to the document's properties when a blank form is made.
 */
export function registerOnlyValues(template: Template, settings: SchoolSettings, today: Date): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of template.fields) {
    if (field.printed || field.column !== 'Year') continue;
    values[field.tag] = String(roundYear(settings, today));
  }
  return values;
}

export interface SchoolSettingsError {
  readonly code: 'school-not-json' | 'school-invalid';
  /** Chinese, names the place and says what to do. */
  readonly message: string;
  readonly issues: readonly PackIssue[];
}

function settingsMessage(source: string, issues: readonly PackIssue[]): string {
  const text = zh.templates.school;
  const [first, ...rest] = issues;
  const head = first.path === '' ? text.issue(source, first.problem) : text.issueAt(source, first.path, first.problem);
  return `${head}${rest.length > 0 ? text.more(rest.length) : ''}。${text.fixAndRetry}`;
}

/** Validates school settings given as a parsed value or the file's text; never throws on what the user wrote. */
export function loadSchoolSettings(json: unknown, source: string): Result<SchoolSettings, SchoolSettingsError> {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      return err({ code: 'school-not-json', message: zh.templates.school.notJson(source, reason), issues: [] });
    }
  }
  const parsed = schoolSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = packIssues(parsed.error.issues, input);
    return err({ code: 'school-invalid', message: settingsMessage(source, issues), issues });
  }
  return ok(parsed.data);
}
