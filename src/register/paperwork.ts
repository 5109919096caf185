/**
 * What follows an online submission on paper (000: "纸质版加盖公章报校综合楼
 * 410室，电子版（pdf版本）发送…"; 004: "纸质版(一式五份、盖章)…"): the
 * checklist the pane shows after 提交台账, the sealed scan (盖章扫描件) a
 * 支部 attaches to its row later, and 组织部 marking the paper copies
 * received. The requirements are the school's settings, never code.
 */
import { isRegisterFailure, registerErrorSaying, RegisterFailure } from './errors';
import type { RegisterGraph } from './graph/client';
import { uploadFile } from './graph/drive';
import { findRowByProjectId, updateRow, type RegisterRow, type RowFields } from './graph/list';
import type { RegisterLocation } from './submit';
import type { Scheme } from '../templates/schema';
import { DEFAULT_SUBMISSION, submissionChecklist as schemeChecklist, type SchoolSettings } from '../templates/school';

/**
 * The school's paper-submission requirements. Mirrors the `submission`
 * checklist of the school's settings; a page passes them in through the
 * register's environment.
 */
export interface SubmissionRequirements {
  /** Paper copies to hand in (004: 一式五份); absent: the notice names no number. */
  readonly paperCopies?: number;
  /** The paper copy carries the organisation's seal (加盖公章). */
  readonly sealed: boolean;
  /** Where the paper goes (000: 校综合楼410室). */
  readonly handInAt?: string;
  /** An electronic PDF copy is required (000: 电子版（pdf版本）). */
  readonly pdf: boolean;
  /** Where the notice also has the electronic copy sent. */
  readonly email?: string;
  /** Contact person and telephone, as the notice prints them. */
  readonly contact?: string;
}

/** The part of the school's settings the register reads: the requirements, and a scheme's own where its notice differs (004: 一式五份). */
export interface SchoolSubmissionSettings {
  /** The round (年度) the school's forms are issued for; absent: the current calendar year. */
  readonly year?: number;
  readonly submission?: SubmissionRequirements;
  readonly schemeSubmission?: Partial<Record<Scheme, SubmissionRequirements>>;
}

/**
 * What the register reads of the school's deployed settings: the round's
 * year and each scheme's requirements as the pane shows them (the settings'
 * own, else the notices').
 */
export function registerSchool(settings: SchoolSettings): SchoolSubmissionSettings {
  const schemes = ['shuji', 'activity', 'brand'] as const;
  return {
    ...(settings.year === undefined ? {} : { year: settings.year }),
    submission: settings.submission ?? DEFAULT_SUBMISSION,
    schemeSubmission: Object.fromEntries(schemes.map((scheme) => [scheme, schemeChecklist(scheme, settings)])),
  };
}

/** The requirements for a scheme's submissions: its own, else the school's. */
export function requirementsFor(settings: SchoolSubmissionSettings | undefined, scheme: Scheme | undefined): SubmissionRequirements | undefined {
  return (scheme && settings?.schemeSubmission?.[scheme]) || settings?.submission;
}

export type ChecklistItemKind = 'pdf' | 'email' | 'copies' | 'seal' | 'hand-in' | 'sealed-scan' | 'paper-received' | 'contact' | 'ask';

export interface ChecklistItem {
  readonly kind: ChecklistItemKind;
  /** Done as far as the register knows (the PDF is in the row, the scan attached, the paper received). */
  readonly done: boolean;
  readonly copies?: number;
  /** Where to hand in, where to send, whom to ask: as the school's settings say. */
  readonly place?: string;
}

function present(value: unknown): boolean {
  return typeof value === 'string' ? value !== '' : value !== undefined && value !== null && value !== false;
}

/** The checklist for a row after its submission, in the order a 书记 works through it. */
export function submissionChecklist(requirements: SubmissionRequirements | undefined, row: RowFields): ChecklistItem[] {
  const pdfDone = present(row.PdfUrl) || present(row.FilingUrl);
  if (!requirements) return [{ kind: 'pdf', done: pdfDone }, { kind: 'ask', done: false }];
  const items: ChecklistItem[] = [];
  if (requirements.pdf) items.push({ kind: 'pdf', done: pdfDone });
  if (requirements.email) items.push({ kind: 'email', done: false, place: requirements.email });
  if (requirements.paperCopies !== undefined) items.push({ kind: 'copies', done: row.PaperReceived === true, copies: requirements.paperCopies });
  if (requirements.sealed) {
    items.push({ kind: 'seal', done: present(row.SealedScanUrl) });
    items.push({ kind: 'sealed-scan', done: present(row.SealedScanUrl) });
  }
  if (requirements.handInAt) items.push({ kind: 'hand-in', done: row.PaperReceived === true, place: requirements.handInAt });
  items.push({ kind: 'paper-received', done: row.PaperReceived === true });
  if (requirements.contact) items.push({ kind: 'contact', done: false, place: requirements.contact });
  return items;
}

/** Scans a 支部 may attach: a PDF or a photo. */
export const SCAN_TYPES = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
export type ScanType = keyof typeof SCAN_TYPES;

export function isScanType(type: string): type is ScanType {
  return type in SCAN_TYPES;
}

async function rowOf(graph: RegisterGraph, location: RegisterLocation, projectId: string): Promise<RegisterRow> {
  const row = await findRowByProjectId(graph, location, projectId);
  if (!row) throw new RegisterFailure(registerErrorSaying('not-found', 'projectNotInRegister', []));
  return row;
}

/** PATCH with If-Match, reading the row again when someone wrote in between (the fields are ours alone). */
async function setFields(graph: RegisterGraph, location: RegisterLocation, projectId: string, fields: RowFields): Promise<RegisterRow> {
  for (let attempt = 1; ; attempt += 1) {
    const row = await rowOf(graph, location, projectId);
    try {
      return await updateRow(graph, location, row, fields);
    } catch (failure: unknown) {
      if (!isRegisterFailure(failure) || failure.error.code !== 'precondition-failed' || attempt >= 5) throw failure;
    }
  }
}

/**
 * Puts the sealed scan next to the project's other files, at one name per
 * type (a second scan replaces the first), and links it from the row.
 */
export async function attachSealedScan(
  graph: RegisterGraph,
  location: RegisterLocation,
  projectId: string,
  scan: { readonly bytes: Uint8Array; readonly type: ScanType },
): Promise<RegisterRow> {
  const row = await rowOf(graph, location, projectId);
  const year = typeof row.fields.Year === 'number' ? row.fields.Year : new Date().getFullYear();
  const file = await uploadFile(graph, location.siteId, [location.libraryFolder, String(year), projectId, `sealed-scan.${SCAN_TYPES[scan.type]}`], scan.bytes);
  return setFields(graph, location, projectId, { SealedScanUrl: file.webUrl });
}

/** 组织部 marks the paper copies received (or not, to undo a mistake). */
export async function markPaperReceived(graph: RegisterGraph, location: RegisterLocation, projectId: string, received: boolean): Promise<RegisterRow> {
  return setFields(graph, location, projectId, { PaperReceived: received });
}
