/**
 * Templates and format profiles are data, validated with zod: the schema is
 * the type. A pack (JSON) may override or add either, so a university can
 * adjust without a release.
 */
import { z } from 'zod';
import { SCHEMES } from './schemes';
import { schoolSettingsSchema } from './school-settings';

import { REGISTER_FIELD_COLUMNS, ROLE_NAMES, STATUSES, XML_FORBIDDEN } from './schema-values';

export { SCHEMES };
export { REGISTER_FIELD_COLUMNS, ROLE_NAMES, STATUSES, templateSections, XML_FORBIDDEN } from './schema-values';
export const roleNameSchema = z.enum(ROLE_NAMES);
export type RoleName = z.infer<typeof roleNameSchema>;

export const alignmentSchema = z.enum(['left', 'center', 'right', 'both', 'distribute']);

/**
 * Limits a format profile's numbers stay within: what 公文 and forms use
 * with room to spare, far inside what Word accepts (a size of 1e300 would be
 * written as `w:sz="2e+300"`, which Word refuses).
 */
export const PROFILE_LIMITS = {
  /** 八号 5 pt to 72 pt (初号 is 42). */
  sizePt: { min: 5, max: 72 },
  /** Hundredths of a character: up to 10 字符. */
  firstLineChars: { max: 1000 },
  /** Exact or at-least spacing, in points. */
  linePoints: { max: 200 },
  /** Multiple spacing, in lines. */
  lines: { max: 10 },
  /** Space before or after a paragraph, in points. */
  paragraphSpacePt: { max: 200 },
  /** Characters in a font name (Windows keeps 31; room for longer names elsewhere). */
  fontName: { max: 64 },
} as const;


/** A font name as written in `w:rFonts`: printable, one line, of a sane length. `&` and `<` are allowed (writers escape them). */
const fontNameSchema = z
  .string()
  .min(1)
  .max(PROFILE_LIMITS.fontName.max)
  .regex(/^[^\u0000-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]+$/);

export const lineSpacingSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('exact'), points: z.number().positive().max(PROFILE_LIMITS.linePoints.max) }),
  z.object({ rule: z.literal('atLeast'), points: z.number().positive().max(PROFILE_LIMITS.linePoints.max) }),
  z.object({ rule: z.literal('multiple'), lines: z.number().positive().max(PROFILE_LIMITS.lines.max) }),
]);

const sizePtSchema = z.number().min(PROFILE_LIMITS.sizePt.min).max(PROFILE_LIMITS.sizePt.max);
const paragraphSpaceSchema = z.number().nonnegative().max(PROFILE_LIMITS.paragraphSpacePt.max);

export const roleFormatSchema = z.object({
  fonts: z.object({
    preferred: fontNameSchema,
    /** Also accepted (the preferred font is always accepted). */
    accepted: z.array(fontNameSchema).default([]),
  }),
  sizePt: sizePtSchema,
  /** Other sizes that pass (form tables use smaller type than reports). */
  acceptedSizesPt: z.array(sizePtSchema).default([]),
  /** Required alignment; omitted means any. */
  alignment: alignmentSchema.optional(),
  /** Required first-line indent in hundredths of a character (200 = 2 字符). */
  firstLineChars: z.number().int().nonnegative().max(PROFILE_LIMITS.firstLineChars.max).optional(),
  /** null: this role's spacing is not checked (form tables). Omitted: the profile's spacing. */
  lineSpacing: lineSpacingSchema.nullable().optional(),
});
export type RoleFormat = z.infer<typeof roleFormatSchema>;

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  lineSpacing: lineSpacingSchema,
  spaceBeforePt: paragraphSpaceSchema,
  spaceAfterPt: paragraphSpaceSchema,
  roles: z.object({
    title: roleFormatSchema,
    org: roleFormatSchema,
    h1: roleFormatSchema,
    h2: roleFormatSchema,
    h3: roleFormatSchema,
    h4: roleFormatSchema,
    body: roleFormatSchema,
    'table-cell': roleFormatSchema,
  }),
});
export type Profile = z.infer<typeof profileSchema>;

/** Register columns a field may feed (PRODUCT.md, "Register"). */

export const fieldSchema = z.object({
  /** Content-control tag, unique in the template (`projectName`). */
  tag: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  placeholder: z.string().min(1),
  required: z.boolean().default(true),
  kind: z.enum(['text', 'multiline', 'choice', 'date', 'number']).default('text'),
  options: z.array(z.string().min(1)).optional(),
  /** The register column this field fills, if any. */
  column: z.enum(REGISTER_FIELD_COLUMNS).optional(),
  /**
   * Who writes it: the applicant, or the body that reviews the submission
   * (上级党组织审核意见, 党总支意见, 学院评审组意见 and their seal and date).
   * A reviewer's box is empty when the applicant submits: no rule asks for it.
   */
  filledBy: z.enum(['applicant', 'reviewer']).default('applicant'),
  /**
   * false: a value the register keeps (项目层级, 年度) that the notice's form
   * does not print. No block shows it and no rule asks for it; the register
   * reads it from the document's properties or asks for it when submitting.
   */
  printed: z.boolean().default(true),
});
export type Field = z.infer<typeof fieldSchema>;

const fieldRefSchema = z.object({ field: z.string() });
/** One cell of a form table: a fixed label, a field, or fixed text ("\n" breaks a label's line). */
export const cellSchema = z.union([
  z.object({ label: z.string(), span: z.number().int().positive().max(63).optional() }),
  z.object({
    field: z.string(),
    span: z.number().int().positive().max(63).optional(),
    /** Fixed lines printed under the field in the same cell, right-aligned ("（签  章）\n年    月    日"). */
    signature: z.string().optional(),
  }),
  z.object({ text: z.string(), span: z.number().int().positive().max(63).optional() }),
]);
export type Cell = z.infer<typeof cellSchema>;

/** The template's body, block by block, as inserted into Word or written to .docx. */
export const blockSchema = z.discriminatedUnion('type', [
  /**
   * `field`, when given, is shown before `text`. `mark` is the 附件 line the
   * notice prints above the title ("附件1."), flush left.
   */
  z.object({ type: z.literal('title'), text: z.string().min(1), field: z.string().optional(), mark: z.string().min(1).optional() }),
  /** The line under a report's title (基层党组织名称), usually a field. */
  z.object({ type: z.literal('org'), text: z.string().optional(), field: z.string().optional() }),
  z.object({
    type: z.literal('section'),
    /** Stable id for findings and the register (`summary`). */
    id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/),
    level: z.union([z.literal(1), z.literal(2)]),
    /** Heading text without its number ("项目简介"); the number comes from its position. */
    title: z.string().min(1),
    required: z.boolean().default(true),
    /** 字数 limit of the section's text (heading excluded). */
    maxChars: z.number().int().positive().optional(),
    /** Guidance shown as the body field's placeholder. */
    guidance: z.string().min(1),
    /** Tag of the body content control under the heading. */
    field: z.string().optional(),
    /**
     * `fixed`: the notice prints this heading (000 附件3), so it is matched
     * word for word and a missing one is an error. `content`: the notice only
     * names a content area (一般应包括…, …等: 001 立项书, 004 案例), so a
     * heading is matched by meaning and a missing one is a warning.
     */
    match: z.enum(['fixed', 'content']).default('fixed'),
    /** Other wordings that name this content area (`背景与起因`: 创建背景, 缘起…). */
    synonyms: z.array(z.string().min(1)).default([]),
    /** Words a heading must all hold to name this content area; by default the title's parts between 与/和/及/、. */
    keyTerms: z.array(z.string().min(1)).optional(),
  }),
  z.object({ type: z.literal('paragraph'), text: z.string().optional(), field: z.string().optional() }),
  z.object({
    type: z.literal('form'),
    /** Relative column widths. */
    columns: z.array(z.number().positive().max(1000)).min(1),
    /** Starts the table on a new page (a form after its cover page). */
    pageBreakBefore: z.boolean().optional(),
    rows: z.array(z.object({ cells: z.array(cellSchema).min(1), minHeightPt: z.number().positive().max(1000).optional() })).min(1),
  }),
  /**
   * A line such as "党总支名称（盖章）：… 日期：" printed under a form; its field
   * is the date or name. `more` continues the same line with further parts
   * (000 附件2 prints 名称, 签字 and 日期 on one line).
   */
  z.object({
    type: z.literal('signature'),
    text: z.string().min(1),
    field: z.string().optional(),
    more: z.array(z.object({ text: z.string().min(1), field: z.string().optional() })).min(1).optional(),
  }),
]);
export type Block = z.infer<typeof blockSchema>;

export const schemeSchema = z.enum(SCHEMES);
export type Scheme = z.infer<typeof schemeSchema>;

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Full name as the notice gives it. */
  name: z.string().min(1),
  shortName: z.string().min(1),
  scheme: schemeSchema,
  kind: z.enum(['form', 'report', 'table']),
  profile: z.string().min(1),
  /** What the form is for, one sentence for the catalog. */
  description: z.string().min(1),
  /** Which notice it comes from (seed file, 附件 number). */
  source: z.string().min(1),
  /** Phrases that identify this template from a document's title, most specific first. */
  titleKeywords: z.array(z.string().min(1)).min(1),
  /** 字数 limit of the whole document. */
  maxChars: z.number().int().positive().optional(),
  /** Register status a submission of this document sets. */
  submitStatus: statusSchema,
  /** ISO date by which it is due, when the notice or pack gives one. */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  fields: z.array(fieldSchema),
  blocks: z.array(blockSchema).min(1),
});
export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type SectionBlock = Extract<Block, { type: 'section' }>;


export const packSchema = z.object({
  /** Shown in the pane ("某某大学党委组织部 2025 年度"). */
  name: z.string().min(1).optional(),
  /** The school's names, year, deadlines and submission checklist. */
  school: schoolSettingsSchema.optional(),
  profiles: z.array(profileSchema).default([]),
  /** Whole templates, or partial overrides of a catalog template by id. */
  templates: z.array(z.union([templateSchema, templateSchema.partial().required({ id: true })])).default([]),
});
export type Pack = z.infer<typeof packSchema>;
