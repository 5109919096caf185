/**
 * The school's settings as the 组织部 writes them (a pack's `school`,
 * `config/school.json`), validated at the edge. Loaded only where such a
 * file is read: the values' uses are in `school.ts`, which needs no zod.
 */
import { z } from 'zod';
import { zh } from '../i18n';
import { err, ok, type Result } from '../core/result';
import { packIssues, packMessage, parsedJson, type PackIssue } from './pack-issues';

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

export interface SchoolSettingsError {
  readonly code: 'school-not-json' | 'school-invalid';
  /** Chinese, names the place and says what to do. */
  readonly message: string;
  readonly issues: readonly PackIssue[];
}

/** Validates school settings given as a parsed value or the file's text; never throws on what the user wrote. */
export function loadSchoolSettings(json: unknown, source: string): Result<SchoolSettings, SchoolSettingsError> {
  const read = parsedJson(json);
  if (!read.ok) return err({ code: 'school-not-json', message: zh.templates.school.notJson(source, read.reason), issues: [] });
  const input = read.value;
  const parsed = schoolSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = packIssues(parsed.error.issues, input);
    return err({ code: 'school-invalid', message: packMessage(source, issues, zh.templates.school), issues });
  }
  return ok(parsed.data);
}
