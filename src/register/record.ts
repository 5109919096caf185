/**
 * A register row, built from the document: its content controls (mapped to
 * columns by the template's `field.column`), its marker (project id and
 * template), and the check result (字数, whether any error remains).
 */
import { z } from 'zod';
import { zh } from '../i18n';
import { err, ok, type Result } from '../core/result';
import type { DocumentModel } from '../core/model';
import type { Finding } from '../core/finding';
import { statusSchema, type Template } from '../templates/schema';
import { CATEGORY_CHOICES, LEVEL_CHOICES, SCHEME_CHOICES } from './columns';
import { registerErrorSaying, type RegisterError } from './errors';

const text = z.string().max(255);

/**
 * A project id as the add-in writes it into a document's marker: a GUID.
 * Anything else (`..`, slashes, control characters) is refused where it
 * enters, since the id names the project's folder in the library.
 */
export const PROJECT_ID_PATTERN = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** At most 40 characters of an id, control characters shown as `\uXXXX`, for a message. */
function shownId(id: string): string {
  const cut = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The fields a submission writes. Absent optional fields are left as they are in the row. */
export const registerRecordSchema = z.object({
  Title: text.min(1),
  ProjectId: z.string().regex(PROJECT_ID_PATTERN),
  Scheme: z.enum(SCHEME_CHOICES),
  Level: z.enum(LEVEL_CHOICES).optional(),
  Category: z.enum(CATEGORY_CHOICES).optional(),
  Year: z.number().int().min(1900).max(2999),
  Org: text.min(1),
  Leader: text.optional(),
  Position: text.optional(),
  Phone: text.optional(),
  Status: statusSchema,
  Score: z.number().finite().optional(),
  WordCount: z.number().int().nonnegative(),
  CheckPassed: z.boolean(),
  ApplicationUrl: text.optional(),
  ReportUrl: text.optional(),
  PdfUrl: text.optional(),
  SubmittedAt: z.string().datetime(),
  SubmittedBy: text.optional(),
});
export type RegisterRecord = z.infer<typeof registerRecordSchema>;
export type RegisterFieldName = keyof RegisterRecord;

/** What the submission needs from the check: the numbers the register keeps. */
export interface CheckSummary {
  readonly findings: readonly Pick<Finding, 'severity'>[];
  readonly wordCount: number;
}

const SCHEME_NAMES: Record<Template['scheme'], (typeof SCHEME_CHOICES)[number]> = {
  shuji: '书记项目',
  activity: '立项活动',
  brand: '一支部一特色',
};

/** Which link column a template's documents go to: applications before 立项, reports after. */
export function documentColumn(template: Pick<Template, 'submitStatus'>): 'ApplicationUrl' | 'ReportUrl' {
  return ['草稿', '已申报', '已立项'].includes(template.submitStatus) ? 'ApplicationUrl' : 'ReportUrl';
}

/** `A` / `创新探索型` / `A.创新探索型` → the choice the column accepts. */
function matchChoice(value: string, choices: readonly string[]): string | undefined {
  const compact = value.replace(/\s+/g, '').replace(/[．。、]/g, '.');
  return choices.find((choice) => {
    const [letter, name] = choice.includes('.') ? choice.split('.') : ['', choice];
    return compact === choice || compact === name || (letter !== '' && (compact === letter || compact.startsWith(`${letter}.`)));
  });
}

export interface RecordContext {
  readonly now: Date;
  /** UPN of the person submitting, when signed in. */
  readonly submittedBy?: string;
  /** The register row's 项目名称: kept by documents with no 项目名称 of their own (the 结项报告). */
  readonly currentTitle?: string;
  /** The register row's 党组织: kept by documents with no 党组织 field of their own. */
  readonly currentOrg?: string;
  /**
   * Values of the fields the form does not print (党组织名称, 项目层级, 年度),
   * by tag: from the document's properties or as answered in the pane.
   */
  readonly registerOnly?: Readonly<Record<string, string>>;
  /** The school's round year: a document and its row without a year take it (never the calendar year when known). */
  readonly roundYear?: number;
}

export interface DocumentRecord {
  readonly record: RegisterRecord;
  /** False when the document has no year (a closing report): the row's own year then wins. */
  readonly yearFromDocument: boolean;
}

/** Builds and validates the row; every problem is named in Chinese for the writer to fix in Word. */
export function recordFromDocument(
  model: DocumentModel,
  template: Template,
  check: CheckSummary,
  context: RecordContext,
): Result<DocumentRecord, RegisterError[]> {
  const problems: RegisterError[] = [];
  const projectId = model.marker.projectId;
  if (!projectId) return err([registerErrorSaying('invalid-record', 'noMarker', [])]);
  if (!PROJECT_ID_PATTERN.test(projectId)) return err([registerErrorSaying('invalid-record', 'badProjectId', [shownId(projectId)])]);

  const values: Record<string, string | number> = {};
  for (const field of template.fields) {
    if (!field.column) continue;
    const control = field.printed ? model.contentControls.find((candidate) => candidate.tag === field.tag) : undefined;
    const value = field.printed ? (control && !control.showingPlaceholder ? control.text.trim() : '') : (context.registerOnly?.[field.tag] ?? '').trim();
    if (value === '') {
      if (field.required && field.column !== 'Year') problems.push(registerErrorSaying('invalid-record', 'missingField', [field.label]));
      continue;
    }
    switch (field.column) {
      case 'Year': {
        const year = /^\d{4}/.exec(value.replace(/\s+/g, ''));
        if (year) values.Year = Number(year[0]);
        else problems.push(registerErrorSaying('invalid-record', 'invalidYear', [value]));
        break;
      }
      case 'Score': {
        const score = Number(value.replace(/[分\s]/g, ''));
        if (Number.isFinite(score)) values.Score = score;
        else problems.push(registerErrorSaying('invalid-record', 'invalidNumber', [field.label, value]));
        break;
      }
      case 'Category':
      case 'Level': {
        const choices = field.column === 'Category' ? CATEGORY_CHOICES : LEVEL_CHOICES;
        const choice = matchChoice(value, choices);
        if (choice) values[field.column] = choice;
        else problems.push(registerErrorSaying('invalid-record', 'invalidChoice', [field.label, value, choices.join('、')]));
        break;
      }
      default:
        values[field.column] = value;
    }
  }
  if (!template.fields.some((field) => field.column === 'Title') && !context.currentTitle) {
    problems.push(registerErrorSaying('invalid-record', 'missingField', [zh.register.panel.columns.Title]));
  }
  const orgField = template.fields.find((field) => field.column === 'Org');
  if (!orgField && !context.currentOrg) {
    problems.push(registerErrorSaying('invalid-record', 'missingField', [zh.register.panel.columns.Org]));
  } else if (orgField && !orgField.required && values.Org === undefined && !context.currentOrg) {
    // Not printed, and neither the document's properties nor the pane gave it.
    problems.push(registerErrorSaying('invalid-record', 'missingField', [orgField.label]));
  }
  if (problems.length > 0) return err(problems);

  const candidate = {
    ...(context.currentTitle ? { Title: context.currentTitle } : {}),
    ...(context.currentOrg ? { Org: context.currentOrg } : {}),
    ...values,
    ProjectId: projectId,
    Scheme: SCHEME_NAMES[template.scheme],
    Year: typeof values.Year === 'number' ? values.Year : (context.roundYear ?? context.now.getFullYear()),
    Status: template.submitStatus,
    WordCount: check.wordCount,
    CheckPassed: !check.findings.some((finding) => finding.severity === 'error'),
    SubmittedAt: context.now.toISOString(),
    SubmittedBy: context.submittedBy,
  };
  const parsed = registerRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => registerErrorSaying('invalid-record', 'badRequest', [`${issue.path.join('.')}: ${issue.message}`])));
  }
  return ok({ record: parsed.data, yearFromDocument: typeof values.Year === 'number' });
}
