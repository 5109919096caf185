/** The panel's state: settings, sign-in, submitting with confirmation, conflicts, outbox, the organisation's rows. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentHost } from '../../word/host';
import type { SignIn } from '../auth';
import { SUBMIT_SCOPES_SELECTED, qualifyScopes } from '../auth/token-provider';
import { isRegisterFailure, registerErrorSaying, type RegisterError } from '../errors';
import { createRegisterGraph, type RegisterGraph } from '../graph/client';
import type { RowFields } from '../graph/list';
import { loadRegisterPage, type RegisterListRow } from '../list-view';
import type { Resolution } from '../merge';
import { Outbox, type OutboxEntry } from '../outbox';
import { recordFromDocument } from '../record';
import type { RegisterSettings } from '../settings';
import { RegisterSubmitter, desiredFields, submissionFor, type Submission, type SubmitOutcome } from '../submit';
import { statusSchema, type Status } from '../../templates/schema';
import { isBackwards, outOfOrder } from '../status';
import type { RegisterEnvironment } from './environment';
import { filedProjects, findFiledProjects, listsProjects, planFiling, submitFiling, type FilingPlan } from '../filing';
import { projectSourceFor, searchProjects, type ProjectChoice, type ProjectSearch } from '../project-search';
import { usePaperwork } from './usePaperwork';
import { planRegisterOnly, registerOnlyProperties, registerOnlyPropertyNames, type RegisterOnlyPlan } from '../register-only';

/** Fields the form does not print and the document does not hold yet: asked before the confirmation. */
export interface NeedsFields {
  readonly ask: RegisterOnlyPlan['ask'];
  readonly defaults: RegisterOnlyPlan['defaults'];
  /** The submission started a new row (a later document with no row yet). */
  readonly newRow: boolean;
}

export interface Pending {
  readonly submission: Submission;
  readonly mine: RowFields;
  readonly current?: RowFields;
  readonly backwardsFrom?: string;
  /** The row is not yet where the notices want it before this document (a 结项报告 before 立项): what it should be. */
  readonly outOfOrder?: { readonly current: Status; readonly expected: readonly Status[] };
}

/** A 备案表 waiting for confirmation: its rows, and which of them the register already holds. */
export interface PendingFiling {
  readonly plan: FilingPlan;
  readonly existing: ReadonlySet<string>;
}

interface Connection {
  readonly signIn: SignIn;
  readonly graph: RegisterGraph;
  readonly submitter: RegisterSubmitter;
}

export function useRegister(host: DocumentHost, environment: RegisterEnvironment, settings: RegisterSettings | undefined) {
  const outbox = useMemo(() => new Outbox(environment.storage), [environment]);
  const connection = useRef<Connection>();
  const [errors, setErrors] = useState<RegisterError[]>([]);
  const [pending, setPending] = useState<Pending>();
  const [conflict, setConflict] = useState<Extract<SubmitOutcome, { kind: 'conflict' }>>();
  const [result, setResult] = useState<Extract<SubmitOutcome, { kind: 'done' }>>();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [rows, setRows] = useState<RegisterListRow[]>([]);
  const [nextLink, setNextLink] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [projectId, setProjectId] = useState<string>();
  // A project's life beyond one document: choosing its project, a 备案表's rows, the paperwork after submitting.
  const [needsProject, setNeedsProject] = useState<{ readonly org?: string; readonly typed?: string; readonly canCreate: boolean }>();
  const [linkedTitle, setLinkedTitle] = useState<string>();
  const [pendingFiling, setPendingFiling] = useState<PendingFiling>();
  const [filingResult, setFilingResult] = useState<{ readonly count: number; readonly status: string }>();
  const [needsFields, setNeedsFields] = useState<NeedsFields>();

  const connect = useCallback(async (): Promise<Connection> => {
    if (!settings) throw new Error('settings are required before connecting');
    if (connection.current) return connection.current;
    const signIn = await environment.signIn(settings);
    const graph = createRegisterGraph({ baseUrl: settings.graphBaseUrl, tokens: signIn.tokens, scopes: qualifyScopes(SUBMIT_SCOPES_SELECTED, settings.graphBaseUrl) });
    const location = { siteId: settings.siteId, listName: settings.listName, libraryFolder: settings.libraryFolder };
    connection.current = { signIn, graph, submitter: new RegisterSubmitter(graph, location) };
    return connection.current;
  }, [environment, settings]);

  /** Runs an action; register failures become messages on screen, anything else is a bug and rethrown. */
  const guarded = useCallback(async (action: () => Promise<void>) => {
    setBusy(true);
    setErrors([]);
    try {
      await action();
    } catch (failure: unknown) {
      if (!isRegisterFailure(failure)) throw failure;
      setErrors([failure.error]);
    } finally {
      setBusy(false);
    }
  }, []);

  const paperwork = usePaperwork(environment, settings, connect, guarded);
  const { submitted: paperworkSubmitted, clear: clearPaperwork } = paperwork;
  const refreshOutbox = useCallback(async () => setEntries(await outbox.entries()), [outbox]);
  const files = useCallback(() => () => environment.documentFiles(host), [environment, host]);

  const finish = useCallback(
    async (outcome: SubmitOutcome) => {
      await outbox.record(outcome);
      await refreshOutbox();
      if (outcome.kind === 'done') {
        setResult(outcome);
        await paperworkSubmitted(outcome);
      }
      if (outcome.kind === 'conflict') setConflict(outcome);
      if (outcome.kind === 'failed') setErrors([outcome.error]);
    },
    [outbox, refreshOutbox, paperworkSubmitted],
  );

  const loadRows = useCallback(
    async (org: string, more: boolean) =>
      guarded(async () => {
        if (!settings) return;
        const { graph } = await connect();
        const page = await loadRegisterPage(graph, settings, { org, currentProjectId: projectId, top: 25, nextLink: more ? nextLink : undefined });
        setRows((previous) => (more ? [...previous, ...page.rows] : page.rows));
        setNextLink(page.nextLink);
      }),
    [guarded, settings, connect, projectId, nextLink],
  );

  /** 提交台账: read, check, build the row, look up the current one, and show both for confirmation. */
  const prepareNow = useCallback(
    async (options: { readonly newRow?: boolean; readonly answers?: Readonly<Record<string, string>> } = {}) => {
      setResult(undefined);
      setConflict(undefined);
      setFilingResult(undefined);
      clearPaperwork();
      setNeedsProject(undefined);
      setNeedsFields(undefined);
      const model = await host.readDocument();
      const template = environment.catalog.find((candidate) => candidate.id === model.marker.templateId);
      if (!template) {
        const id = model.marker.templateId;
        setErrors([id ? registerErrorSaying('invalid-record', 'unknownTemplate', [id]) : registerErrorSaying('invalid-record', 'noMarker', [])]);
        return;
      }
      const { submitter, signIn, graph } = await connect();
      if (listsProjects(template) && settings) {
        // A 备案表: one row per listed project, those already in the register found by name.
        const listed = filedProjects(model, template);
        if (!listed.ok) {
          setErrors(listed.error);
          return;
        }
        const existing = await findFiledProjects(graph, settings, listed.value);
        const plan = planFiling(model, template, environment.check(model, template), { now: environment.today(), submittedBy: signIn.account() }, existing);
        if (!plan.ok) {
          setErrors(plan.error);
          return;
        }
        setPendingFiling({ plan: plan.value, existing: new Set(existing.values()) });
        return;
      }
      // The row first: a 结项报告 has no 项目名称 of its own and keeps the one the register has.
      const row = model.marker.projectId ? await submitter.currentRow(model.marker.projectId) : undefined;
      const source = projectSourceFor(template, row !== undefined);
      if (source === 'choose' || (source === 'choose-or-create' && !options.newRow)) {
        // The register does not know this document's project: the 书记 chooses it (never types a field the form lacks).
        const filled = (tag: string) => model.contentControls.find((control) => control.tag === tag && !control.showingPlaceholder)?.text.trim() || undefined;
        setNeedsProject({ org: filled('org'), typed: filled('projectName'), canCreate: source === 'choose-or-create' });
        return;
      }
      // 党组织名称, 项目层级, 年度 are not on the form: the document's properties keep them, or the pane asks once.
      const school = environment.school ? await environment.school() : undefined;
      const roundYear = school?.year ?? environment.today().getFullYear();
      const names = registerOnlyPropertyNames(template);
      const stored = names.length > 0 && host.readProperties ? await host.readProperties(names) : {};
      const kept = planRegisterOnly(template, stored, { row: row?.fields, roundYear });
      if (kept.ask.length > 0 && !options.answers) {
        setNeedsFields({ ask: kept.ask, defaults: kept.defaults, newRow: options.newRow === true });
        return;
      }
      const registerOnly = { ...kept.values, ...options.answers };
      const currentTitle = typeof row?.fields.Title === 'string' ? row.fields.Title : undefined;
      const currentOrg = typeof row?.fields.Org === 'string' ? row.fields.Org : undefined;
      const built = recordFromDocument(model, template, environment.check(model, template), {
        now: environment.today(),
        submittedBy: signIn.account(),
        currentTitle,
        currentOrg,
        registerOnly,
        roundYear,
      });
      if (!built.ok) {
        setErrors(built.error);
        return;
      }
      setProjectId(built.value.record.ProjectId);
      const submission: Submission = { ...submissionFor(built.value, template), base: row?.fields ?? null };
      const mine = desiredFields(submission, { docxUrl: '…', pdfUrl: '…' });
      // A document without a 年度 of its own keeps the row's, as the submitter does: the confirmation says so instead of this year's.
      if (submission.yearFromRow && typeof row?.fields.Year === 'number') mine.Year = row.fields.Year;
      const status = row?.fields.Status;
      const backwardsFrom = statusSchema.safeParse(status).success && isBackwards(status as Status, template.submitStatus) ? String(status) : undefined;
      const expected = statusSchema.safeParse(status).success ? outOfOrder(status as Status, template.submitStatus) : undefined;
      setPending({ submission, mine, current: row?.fields, backwardsFrom, outOfOrder: expected && { current: status as Status, expected } });
    },
    [host, environment, connect, settings, clearPaperwork],
  );
  const prepare = useCallback(
    () =>
      guarded(() => {
        setLinkedTitle(undefined);
        return prepareNow();
      }),
    [guarded, prepareNow],
  );

  /** Projects whose name holds what was typed (the organisation's first); failures show as messages. */
  const findProjects = useCallback(
    async (typed: string, org: string): Promise<ProjectSearch | undefined> => {
      if (!settings) return undefined;
      try {
        const { graph } = await connect();
        return await searchProjects(graph, settings, { typed, org });
      } catch (failure: unknown) {
        if (!isRegisterFailure(failure)) throw failure;
        setErrors([failure.error]);
        return undefined;
      }
    },
    [connect, settings],
  );

  /** The chosen project's 项目编号 goes into the document; then the submission is prepared as usual. */
  const chooseProject = useCallback(
    (choice: ProjectChoice) =>
      guarded(async () => {
        if (!host.linkProject) {
          setErrors([registerErrorSaying('invalid-record', 'cannotLinkProject', ['WordApi 1.3'])]);
          return;
        }
        try {
          await host.linkProject(choice.projectId);
        } catch (refused: unknown) {
          // Word could not store the 项目编号 (an old Word, a read-only document): say so; nothing was submitted.
          setErrors([registerErrorSaying('invalid-record', 'cannotLinkProject', [refused instanceof Error ? refused.message : String(refused)])]);
          return;
        }
        setLinkedTitle(choice.title);
        await prepareNow();
      }),
    [guarded, host, prepareNow],
  );

  /** The answers to the fields the form does not print: kept in the document's properties, then the confirmation as usual. */
  const provideFields = useCallback(
    (answers: Readonly<Record<string, string>>) =>
      guarded(async () => {
        const newRow = needsFields?.newRow === true;
        const trimmed = Object.fromEntries(Object.entries(answers).map(([tag, value]) => [tag, value.trim()]));
        if (host.writeProperties) {
          try {
            await host.writeProperties(registerOnlyProperties(trimmed));
          } catch (refused: unknown) {
            // Word could not keep them (a read-only document): say so; nothing was submitted.
            setErrors([registerErrorSaying('invalid-record', 'cannotKeepFields', [refused instanceof Error ? refused.message : String(refused)])]);
            return;
          }
        }
        await prepareNow({ answers: trimmed, newRow });
      }),
    [guarded, host, prepareNow, needsFields],
  );

  /** A later document whose project truly has no row yet starts one, as a first document would. */
  const createRow = useCallback(() => guarded(() => prepareNow({ newRow: true })), [guarded, prepareNow]);

  const confirmFiling = useCallback(
    () =>
      guarded(async () => {
        if (!pendingFiling) return;
        const { submitter } = await connect();
        const { plan } = pendingFiling;
        setPendingFiling(undefined);
        const outcomes = await submitFiling(submitter, plan, files());
        for (const outcome of outcomes) await outbox.record(outcome);
        await refreshOutbox();
        const failed = outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome.error] : []));
        if (failed.length > 0) setErrors(failed);
        const conflicted = outcomes.find((outcome): outcome is Extract<SubmitOutcome, { kind: 'conflict' }> => outcome.kind === 'conflict');
        if (conflicted) setConflict(conflicted);
        const done = outcomes.filter((outcome) => outcome.kind === 'done');
        if (done.length > 0) setFilingResult({ count: done.length, status: String(plan.rows[0]?.record.Status ?? '') });
      }),
    [guarded, pendingFiling, connect, files, outbox, refreshOutbox],
  );


  const confirm = useCallback(
    (allowBackwards: boolean) =>
      guarded(async () => {
        if (!pending) return;
        const { submitter } = await connect();
        setPending(undefined);
        await finish(await submitter.submit({ ...pending.submission, allowBackwards }, files()));
      }),
    [guarded, pending, connect, finish, files],
  );

  const resolve = useCallback(
    (resolution: Resolution) =>
      guarded(async () => {
        if (!conflict) return;
        const { submitter } = await connect();
        setConflict(undefined);
        await finish(await submitter.submit({ ...conflict.submission, resolution }, files()));
      }),
    [guarded, conflict, connect, finish, files],
  );

  const retry = useCallback(
    () =>
      guarded(async () => {
        const { submitter } = await connect();
        const marker = await host.readMarker();
        await outbox.resume(submitter, (id) => (id === marker.projectId ? files() : undefined));
        await refreshOutbox();
      }),
    [guarded, connect, host, outbox, files, refreshOutbox],
  );

  // Resume on open (when something waits) and whenever the browser comes back online.
  useEffect(() => {
    void outbox.entries().then((waiting) => {
      setEntries(waiting);
      if (waiting.length > 0 && settings) void retry();
    });
    if (typeof window === 'undefined') return undefined;
    const online = () => void retry();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
    // Only on open and when the settings change; retry itself changes with every render's state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outbox, settings]);

  return {
    errors, pending, setPending, conflict, result, entries, rows, nextLink, busy, prepare, confirm, resolve, retry, loadRows,
    needsFields, setNeedsFields, provideFields,
    needsProject, linkedTitle, findProjects, chooseProject, createRow, pendingFiling, setPendingFiling, confirmFiling, filingResult,
    checklist: paperwork.checklist, paperMessage: paperwork.message, attachScan: paperwork.attachScan,
  };
}
