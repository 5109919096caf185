/**
 * Submissions that could not finish wait here, in the add-in's own storage
 * (`OfficeRuntime.storage` where the host has it, else `localStorage`), and
 * resume on the next open, on 重试, or when the browser comes back online.
 * An entry holds the record and how far it got (file links once uploaded) —
 * never file bytes (storage is small: they are read again from the document)
 * and never tokens.
 */
import { z } from 'zod';
import { zh, type Messages } from '../i18n';
import { RegisterFailure, registerErrorMessage, registerErrorSaying, type RegisterErrorWording } from './errors';
import { PROJECT_ID_PATTERN, registerRecordSchema } from './record';
import type { FilesSource, RegisterSubmitter, Submission, SubmitOutcome } from './submit';

export interface KeyValueStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export function memoryStorage(): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: async (key) => data.get(key) ?? null,
    setItem: async (key, value) => {
      data.set(key, value);
    },
  };
}

interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface AsyncStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

/** OfficeRuntime.storage (shared across the add-in's runtimes, 10 MB) when present, else localStorage. */
export function addinStorage(scope: { OfficeRuntime?: { storage?: AsyncStorage }; localStorage?: SyncStorage } = globalThis as never): KeyValueStorage {
  const office = scope.OfficeRuntime?.storage;
  if (office) return { getItem: (key) => office.getItem(key), setItem: (key, value) => office.setItem(key, value) };
  const local = scope.localStorage;
  if (local) {
    return {
      getItem: async (key) => local.getItem(key),
      setItem: async (key, value) => {
        local.setItem(key, value);
      },
    };
  }
  return memoryStorage();
}

const entrySchema = z.object({
  projectId: z.string().regex(PROJECT_ID_PATTERN),
  title: z.string(),
  queuedAt: z.string(),
  attempts: z.number().int().nonnegative(),
  reason: z.object({
    code: z.string(),
    message: z.string(),
    /** The wording of `message`, so the reason shows in the reader's language; stored JSON turns an absent value into null. */
    says: z
      .object({
        key: z.enum(Object.keys(zh.register.errors) as [RegisterErrorWording, ...RegisterErrorWording[]]),
        args: z.array(z.union([z.string(), z.number(), z.null()]).transform((value) => value ?? undefined)),
      })
      .optional(),
  }),
  conflicts: z.array(z.object({ field: z.string(), mine: z.unknown(), theirs: z.unknown() })).optional(),
  submission: z.object({
    record: registerRecordSchema,
    templateId: z.string(),
    documentColumn: z.enum(['ApplicationUrl', 'ReportUrl', 'FilingUrl']),
    onlyIfEmpty: z.array(z.string()).optional(),
    yearFromRow: z.boolean().optional(),
    allowBackwards: z.boolean().optional(),
    resolution: z.record(z.string(), z.enum(['mine', 'theirs'])).optional(),
    base: z.record(z.string(), z.unknown()).nullable().optional(),
    uploaded: z.object({ docxUrl: z.string(), pdfUrl: z.string() }).optional(),
  }),
});
export type OutboxEntry = z.infer<typeof entrySchema>;

/** Why an entry waits, in the reader's language where its wording is known (its stored message otherwise). */
export function outboxReason(entry: OutboxEntry, table: Messages['register']['errors']): string {
  const { reason } = entry;
  return reason.says ? registerErrorMessage({ code: 'unexpected', message: reason.message, says: reason.says }, table) : reason.message;
}

export const OUTBOX_KEY = 'dangjian.register.outbox.v1';

export class Outbox {
  /** Writes are read-modify-write of one key: run them one at a time. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string = OUTBOX_KEY,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Entries in the order they were queued. Unreadable storage reads as empty (and is reported). */
  async entries(): Promise<OutboxEntry[]> {
    const raw = await this.storage.getItem(this.key);
    if (!raw) return [];
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (broken: unknown) {
      throw new RegisterFailure(registerErrorSaying('unexpected', 'badRequest', [`outbox: ${String(broken)}`]));
    }
    if (!Array.isArray(json)) return [];
    // One entry that no longer reads (an id that is not an id) costs only itself, not the queue.
    return json.flatMap((item: unknown) => {
      const parsed = entrySchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  private async save(entries: OutboxEntry[]): Promise<void> {
    await this.storage.setItem(this.key, JSON.stringify(entries));
  }

  /** Keeps an unfinished outcome (replacing an older entry of the same project); drops a finished one. */
  record(outcome: SubmitOutcome): Promise<void> {
    const next = this.writing.then(() => this.recordNow(outcome));
    // The caller gets the failure through `next`; the chain itself must carry on.
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async recordNow(outcome: SubmitOutcome): Promise<void> {
    const entries = await this.entries();
    const projectId = outcome.submission.record.ProjectId;
    const previous = entries.find((entry) => entry.projectId === projectId);
    const others = entries.filter((entry) => entry.projectId !== projectId);
    if (outcome.kind === 'done') {
      if (previous) await this.save(others);
      return;
    }
    const reason =
      outcome.kind === 'conflict'
        ? registerErrorSaying('fields-conflict', 'fieldsConflict', [outcome.conflicts.map((c) => c.field).join('、')])
        : outcome.error;
    const says = reason.says ? { key: reason.says.key, args: [...reason.says.args] } : undefined;
    const entry: OutboxEntry = {
      projectId,
      title: outcome.submission.record.Title,
      queuedAt: previous?.queuedAt ?? this.clock().toISOString(),
      attempts: (previous?.attempts ?? 0) + 1,
      reason: { code: reason.code, message: reason.message, ...(says ? { says } : {}) },
      conflicts: outcome.kind === 'conflict' ? outcome.conflicts : undefined,
      submission: outcome.submission as OutboxEntry['submission'],
    };
    await this.save([...others, entry]);
  }

  /**
   * Runs every waiting submission again. `filesFor` returns the document's
   * files when that project's document is open; an entry whose files are not
   * uploaded yet waits for it. Conflicts wait for the person.
   */
  async resume(submitter: RegisterSubmitter, filesFor: (projectId: string) => FilesSource | undefined): Promise<SubmitOutcome[]> {
    const outcomes: SubmitOutcome[] = [];
    for (const entry of await this.entries()) {
      if (entry.reason.code === 'fields-conflict') continue;
      const submission = entry.submission as Submission;
      const files = filesFor(entry.projectId);
      if (!submission.uploaded && !files) {
        const waiting = registerErrorSaying('document-not-open', 'documentNotOpen', []);
        await this.record({ kind: 'failed', error: waiting, submission });
        continue;
      }
      const outcome = await submitter.submit(submission, files ?? (async () => Promise.reject(new Error('files already uploaded'))));
      await this.record(outcome);
      outcomes.push(outcome);
    }
    return outcomes;
  }
}
