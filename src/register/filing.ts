/**
 * The 立项备案表 (000 附件2) lists several 党支部 projects, one per row
 * (序号 / 党支部 / 支部书记 / 项目名称): its 党总支's record that it approved
 * them. Submitting it gives each listed project its register row, with the
 * guarantees of a single submission:
 * - a project that already has a row (its 支部 submitted the 申报表) is
 *   found by name within its 党支部 and updated: status 已立项 and the
 *   备案表's link; its own name, year and 字数 stay;
 * - a project with no row gets one whose 项目编号 is derived from the
 *   备案表's own 项目编号 and the row's 序号, so a second submission, a
 *   retry or a resumed outbox entry reaches the same row, never a new one;
 * - the document's two files are uploaded once, to the 备案表's own folder.
 */
import type { DocumentModel } from '../core/model';
import { err, ok, type Result } from '../core/result';
import type { Template } from '../templates/schema';
import { registerErrorSaying, type RegisterError } from './errors';
import type { RegisterGraph } from './graph/client';
import { listRowsByOrg, type ListLocation } from './graph/list';
import { searchKey } from './project-search';
import { PROJECT_ID_PATTERN, registerRecordSchema, type CheckSummary, type RecordContext, type RegisterRecord } from './record';
import type { FilesSource, RegisterSubmitter, Submission, SubmitOutcome } from './submit';

export interface FiledProject {
  /** 序号, from 1. */
  readonly number: number;
  readonly branch: string;
  readonly secretary: string;
  readonly title: string;
}

const ROW_TAG = /^(branch|secretary|project)(\d+)$/;

/** A template lists projects when its fields are rows of 党支部 / 支部书记 / 项目名称. */
export function listsProjects(template: Pick<Template, 'fields'>): boolean {
  return template.fields.some((field) => field.tag === 'project1') && template.fields.some((field) => field.tag === 'branch1');
}

/** The rows the writer filled, in 序号 order; a row with a 党支部 or 书记 but no 项目名称 (or the reverse) is named. */
export function filedProjects(model: DocumentModel, template: Pick<Template, 'fields'>): Result<FiledProject[], RegisterError[]> {
  const rows = new Map<number, { branch: string; secretary: string; title: string }>();
  const labels = new Map<string, string>();
  for (const field of template.fields) {
    const match = ROW_TAG.exec(field.tag);
    if (!match) continue;
    labels.set(field.tag, field.label);
    const number = Number(match[2]);
    const control = model.contentControls.find((candidate) => candidate.tag === field.tag);
    const value = control && !control.showingPlaceholder ? control.text.trim() : '';
    const row = rows.get(number) ?? { branch: '', secretary: '', title: '' };
    if (match[1] === 'branch') row.branch = value;
    if (match[1] === 'secretary') row.secretary = value;
    if (match[1] === 'project') row.title = value;
    rows.set(number, row);
  }
  const problems: RegisterError[] = [];
  const filed: FiledProject[] = [];
  for (const number of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(number) as { branch: string; secretary: string; title: string };
    if (row.branch === '' && row.secretary === '' && row.title === '') continue;
    if (row.title === '') problems.push(registerErrorSaying('invalid-record', 'missingField', [labels.get(`project${number}`) ?? `project${number}`]));
    if (row.branch === '') problems.push(registerErrorSaying('invalid-record', 'missingField', [labels.get(`branch${number}`) ?? `branch${number}`]));
    if (row.title !== '' && row.branch !== '') filed.push({ number, ...row });
  }
  if (problems.length > 0) return err(problems);
  if (filed.length === 0) return err([registerErrorSaying('invalid-record', 'missingField', [labels.get('project1') ?? 'project1'])]);
  return ok(filed);
}

/** FNV-1a over the text, started from `seed`: 32 bits. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The 项目编号 of a listed project that has no row yet: the same for the
 * same 备案表 and 序号 on every submission (a GUID, version 8 "custom").
 */
export function filedProjectId(filingProjectId: string, number: number): string {
  const text = `${filingProjectId.toLowerCase()}#${number}`;
  const hex = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x7feb352d].map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Fields a 备案表 leaves alone in a row that already has them. */
export const FILING_KEEPS = ['Title', 'Org', 'Leader', 'Level', 'Year', 'WordCount', 'CheckPassed', 'Scheme', 'Category', 'Position', 'Phone'] as const;

export interface FilingPlan {
  /** The 备案表 itself, for its files' folder. */
  readonly filing: RegisterRecord;
  readonly templateId: string;
  /** One submission per listed project, in 序号 order. */
  readonly rows: readonly Submission[];
}

/**
 * The rows a 备案表 writes. `existing` answers "which row, if any, already
 * holds this project" (by name within its 党支部); see `findFiledProjects`.
 */
export function planFiling(
  model: DocumentModel,
  template: Template,
  check: CheckSummary,
  context: RecordContext,
  existing: ReadonlyMap<number, string>,
): Result<FilingPlan, RegisterError[]> {
  const filingId = model.marker.projectId;
  if (!filingId) return err([registerErrorSaying('invalid-record', 'noMarker', [])]);
  if (!PROJECT_ID_PATTERN.test(filingId)) return err([registerErrorSaying('invalid-record', 'badProjectId', [filingId.slice(0, 40)])]);
  const listed = filedProjects(model, template);
  if (!listed.ok) return listed;
  const orgControl = model.contentControls.find((control) => control.tag === 'org');
  const filingOrg = orgControl && !orgControl.showingPlaceholder && orgControl.text.trim() !== '' ? orgControl.text.trim() : listed.value[0].branch;
  const common = {
    Scheme: '书记项目' as const,
    Year: context.now.getFullYear(),
    Status: template.submitStatus,
    WordCount: check.wordCount,
    CheckPassed: !check.findings.some((finding) => finding.severity === 'error'),
    SubmittedAt: context.now.toISOString(),
    SubmittedBy: context.submittedBy,
  };
  const problems: RegisterError[] = [];
  const rows: Submission[] = [];
  for (const project of listed.value) {
    const parsed = registerRecordSchema.safeParse({
      ...common,
      Title: project.title,
      ProjectId: existing.get(project.number) ?? filedProjectId(filingId, project.number),
      Org: project.branch,
      ...(project.secretary ? { Leader: project.secretary } : {}),
      // 000 附件2 lists 基层党支部 projects: their 党总支 approves them.
      Level: '党支部' as const,
    });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => registerErrorSaying('invalid-record', 'badRequest', [`${project.number}. ${issue.path.join('.')}: ${issue.message}`])));
      continue;
    }
    rows.push({ record: parsed.data, templateId: template.id, documentColumn: 'FilingUrl', onlyIfEmpty: FILING_KEEPS, yearFromRow: false });
  }
  if (problems.length > 0) return err(problems);
  const filing = registerRecordSchema.parse({ ...common, Title: template.shortName, ProjectId: filingId, Org: filingOrg });
  return ok({ filing, templateId: template.id, rows });
}

/** For each listed project, the 项目编号 of the row that already holds it (same name, same 党支部), if any. */
export async function findFiledProjects(graph: RegisterGraph, location: ListLocation, projects: readonly FiledProject[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const byBranch = new Map<string, FiledProject[]>();
  for (const project of projects) byBranch.set(project.branch, [...(byBranch.get(project.branch) ?? []), project]);
  for (const [branch, listed] of byBranch) {
    let nextLink: string | undefined;
    do {
      const page = await listRowsByOrg(graph, location, branch, { top: 200, nextLink });
      for (const row of page.rows) {
        const match = listed.find((project) => typeof row.fields.Title === 'string' && searchKey(row.fields.Title) === searchKey(project.title));
        if (match && typeof row.fields.ProjectId === 'string' && !found.has(match.number)) found.set(match.number, row.fields.ProjectId);
      }
      nextLink = page.nextLink;
    } while (nextLink);
  }
  return found;
}

/**
 * Uploads the 备案表 once, then writes each listed project's row; one outcome
 * per row, in 序号 order. An upload that cannot finish throws (nothing is
 * queued: 提交台账 starts again); a row that cannot finish is queued with the
 * files' links, so 重试 finishes it without the document.
 */
export async function submitFiling(submitter: RegisterSubmitter, plan: FilingPlan, files: FilesSource): Promise<SubmitOutcome[]> {
  const uploaded = await submitter.uploadDocument(plan.filing, plan.templateId, files);
  const outcomes: SubmitOutcome[] = [];
  const noFiles: FilesSource = async () => Promise.reject(new Error('the filing files are already uploaded'));
  for (const submission of plan.rows) outcomes.push(await submitter.submit({ ...submission, uploaded }, noFiles));
  return outcomes;
}
