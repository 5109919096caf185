/**
 * Submitting a document to the register, exactly once:
 * - one submission per project at a time (a double click joins the first);
 * - files go to deterministic paths with "replace", so a repeated upload
 *   never makes a second copy;
 * - the row is always looked up by ProjectId before it is created, and a
 *   create whose answer was lost is followed by a look-up, never a blind
 *   second POST; the unique ProjectId column answers a duplicate with 409,
 *   which becomes "look up and update";
 * - updates carry If-Match; a 412 re-reads and merges when the fields do not
 *   conflict, and asks the person when they do.
 * A submission that cannot finish returns its progress so the outbox can
 * resume it without redoing what is done.
 */
import type { Status, Template } from '../templates/schema';
import { isRegisterFailure, isTransient, registerErrorSaying, type RegisterError } from './errors';
import type { RegisterGraph } from './graph/client';
import { createRow, findRowByProjectId, updateRow, type ListLocation, type RegisterRow, type RowFields } from './graph/list';
import { uploadFile, type UploadOptions } from './graph/drive';
import { planUpdate, type FieldConflict, type Resolution } from './merge';
import { documentColumn, type RegisterRecord } from './record';

export interface SubmissionFiles {
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
}

export interface UploadedFiles {
  readonly docxUrl: string;
  readonly pdfUrl: string;
}

/** Everything needed to (re)run a submission. Holds no file bytes and no tokens: safe to persist. */
export interface Submission {
  readonly record: RegisterRecord;
  readonly templateId: string;
  readonly documentColumn: DocumentColumn;
  /**
   * Fields written only when the row has none yet: a 备案表 names a project
   * that may already have its own row, whose name, year and 字数 it keeps.
   */
  readonly onlyIfEmpty?: readonly string[];
  /** The document gave no year: keep the row's year (files stay under the project's first year). */
  readonly yearFromRow?: boolean;
  readonly allowBackwards?: boolean;
  readonly resolution?: Resolution;
  /** The row as the person saw it when confirming (null: no row yet). */
  readonly base?: RowFields | null;
  /** Set once both files are in the library. */
  readonly uploaded?: UploadedFiles;
}

export type SubmitOutcome =
  | { readonly kind: 'done'; readonly row: RegisterRow; readonly created: boolean; readonly statusKept?: Status; readonly submission: Submission }
  | { readonly kind: 'conflict'; readonly conflicts: FieldConflict[]; readonly submission: Submission }
  | { readonly kind: 'failed'; readonly error: RegisterError; readonly submission: Submission };

export interface RegisterLocation extends ListLocation {
  readonly libraryFolder: string;
}

export interface SubmitterOptions {
  /** Attempts of each step on transient failures (after the Graph client's own retries). */
  readonly maxAttempts?: number;
  /** Pause between attempts, milliseconds (doubles each time). */
  readonly retryDelayMs?: number;
  readonly upload?: UploadOptions;
}

export type FilesSource = () => Promise<SubmissionFiles>;

/** The link column a document's .docx goes to. */
export type DocumentColumn = 'ApplicationUrl' | 'ReportUrl' | 'FilingUrl';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The submission a document's record makes, for its template. */
export function submissionFor(
  built: { record: RegisterRecord; yearFromDocument: boolean },
  template: Pick<Template, 'id' | 'submitStatus'>,
): Submission {
  return {
    record: built.record,
    templateId: template.id,
    documentColumn: documentColumn(template),
    yearFromRow: !built.yearFromDocument,
  };
}

export function filePath(location: RegisterLocation, record: RegisterRecord, templateId: string, extension: 'docx' | 'pdf'): string[] {
  return [location.libraryFolder, String(record.Year), record.ProjectId, `${templateId}.${extension}`];
}

/** The fields this submission writes (links included once the files are up). */
export function desiredFields(submission: Submission, uploaded: UploadedFiles): RowFields {
  const fields: RowFields = {};
  for (const [name, value] of Object.entries(submission.record)) {
    if (value !== undefined) fields[name] = value;
  }
  fields[submission.documentColumn] = uploaded.docxUrl;
  // A 备案表 lists several projects: its PDF is its own, not the project's latest document.
  if (submission.documentColumn !== 'FilingUrl') fields.PdfUrl = uploaded.pdfUrl;
  return fields;
}

/** What to write into an existing row: `onlyIfEmpty` fields are left out where the row already has a value. */
export function fieldsForExistingRow(mine: RowFields, row: RowFields, onlyIfEmpty: readonly string[] = []): RowFields {
  const fields: RowFields = {};
  for (const [name, value] of Object.entries(mine)) {
    const kept = onlyIfEmpty.includes(name) && row[name] !== undefined && row[name] !== null && row[name] !== '';
    if (!kept) fields[name] = value;
  }
  return fields;
}

export class RegisterSubmitter {
  private readonly inFlight = new Map<string, Promise<SubmitOutcome>>();
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly graph: RegisterGraph,
    private readonly location: RegisterLocation,
    private readonly options: SubmitterOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 6;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
  }

  /** The row as it is now (for the confirmation screen's "台账现有内容"). */
  async currentRow(projectId: string): Promise<RegisterRow | undefined> {
    return findRowByProjectId(this.graph, this.location, projectId);
  }

  /** Submits; a second call for the same project while one runs gets the first one's outcome. */
  submit(submission: Submission, files: FilesSource): Promise<SubmitOutcome> {
    const key = submission.record.ProjectId;
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = this.run(submission, files).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  isSubmitting(projectId: string): boolean {
    return this.inFlight.has(projectId);
  }

  private async run(submission: Submission, files: FilesSource): Promise<SubmitOutcome> {
    let current = submission;
    try {
      if (current.yearFromRow && !current.uploaded) {
        const row = await this.withRetries(() => findRowByProjectId(this.graph, this.location, current.record.ProjectId));
        const year = row?.fields.Year;
        if (typeof year === 'number') current = { ...current, record: { ...current.record, Year: year } };
        current = { ...current, yearFromRow: false };
      }
      if (!current.uploaded) {
        const uploaded = await this.upload(current, files);
        current = { ...current, uploaded };
      }
      return await this.writeRow(current, current.uploaded as UploadedFiles);
    } catch (failure: unknown) {
      if (isRegisterFailure(failure)) return { kind: 'failed', error: failure.error, submission: current };
      throw failure;
    }
  }

  /** Runs a step, retrying transient failures with a growing pause. */
  private async withRetries<T>(step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await step();
      } catch (failure: unknown) {
        if (!isRegisterFailure(failure) || !isTransient(failure.error) || attempt >= this.maxAttempts) throw failure;
        await sleep(this.retryDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  /** Uploads a document's two files once, for submissions that share them (a 备案表's rows). */
  async uploadDocument(record: RegisterRecord, templateId: string, files: FilesSource): Promise<UploadedFiles> {
    return this.upload({ record, templateId }, files);
  }

  private async upload(submission: Pick<Submission, 'record' | 'templateId'>, files: FilesSource): Promise<UploadedFiles> {
    const bytes = await files();
    const { record, templateId } = submission;
    const docx = await this.withRetries(() =>
      uploadFile(this.graph, this.location.siteId, filePath(this.location, record, templateId, 'docx'), bytes.docx, this.options.upload),
    );
    const pdf = await this.withRetries(() =>
      uploadFile(this.graph, this.location.siteId, filePath(this.location, record, templateId, 'pdf'), bytes.pdf, this.options.upload),
    );
    return { docxUrl: docx.webUrl, pdfUrl: pdf.webUrl };
  }

  /** Look up → create or update, until the row says what we mean or a person must decide. */
  private async writeRow(submission: Submission, uploaded: UploadedFiles): Promise<SubmitOutcome> {
    const mine = desiredFields(submission, uploaded);
    const { ProjectId } = submission.record;
    let base: RowFields | null | undefined = submission.base;
    let lastError: RegisterError | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts * 2; attempt += 1) {
      try {
        const row = await this.withRetries(() => findRowByProjectId(this.graph, this.location, ProjectId));
        if (!row) {
          if (base === undefined) base = null;
          const created = await createRow(this.graph, this.location, mine);
          return { kind: 'done', row: created, created: true, submission };
        }
        if (base === undefined) base = row.fields;
        const plan = planUpdate(base, row.fields, fieldsForExistingRow(mine, row.fields, submission.onlyIfEmpty), {
          allowBackwards: submission.allowBackwards ?? false,
          resolution: submission.resolution ?? {},
        });
        if (plan.conflicts.length > 0) {
          return { kind: 'conflict', conflicts: plan.conflicts, submission: { ...submission, base: row.fields } };
        }
        if (Object.keys(plan.changes).length === 0) {
          return { kind: 'done', row, created: false, statusKept: plan.statusKept, submission };
        }
        const updated = await updateRow(this.graph, this.location, row, plan.changes);
        return { kind: 'done', row: updated, created: false, statusKept: plan.statusKept, submission };
      } catch (failure: unknown) {
        if (!isRegisterFailure(failure)) throw failure;
        const error = failure.error;
        lastError = error;
        // 409: the row exists (someone, or our own lost POST, created it). 412: it changed. Both: read again.
        if (error.code === 'conflict' || error.code === 'precondition-failed') continue;
        if (!isTransient(error)) throw failure;
        // The write may have happened: never repeat it blindly; the next turn starts with a look-up.
        await sleep(this.retryDelayMs * 2 ** Math.min(attempt - 1, 5));
      }
    }
    return {
      kind: 'failed',
      error: lastError && isTransient(lastError) ? lastError : registerErrorSaying('network', 'gaveUp', [this.maxAttempts * 2]),
      submission,
    };
  }
}
