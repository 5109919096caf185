/**
 * The harness's register, loaded only with `?register=standin`: the Graph
 * stand-in in a service worker, settings that point at it, a fixed sign-in,
 * the list provisioned through the register's own code, and the document's
 * files made in the page where the harness's hosts cannot export them
 * (the small host has no .docx; neither host makes PDF in a browser).
 */
import { CATALOG } from '../../templates/catalog';
import { OFFICIAL_PROFILE } from '../../templates/profiles/official';
import { writeTemplateDocx } from '../../docx/write';
import type { DocumentModel } from '../../core/model';
import type { DocumentHost, FileKind } from '../../word/host';
import type { SignIn } from '../../register/auth';
import { createRegisterGraph } from '../../register/graph/client';
import { PROVISION_SCOPES, qualifyScopes } from '../../register/auth/token-provider';
import { provisionRegister } from '../../register/provision';
import { parseRegisterSettings, type RegisterSettings } from '../../register/settings';
import type { SubmissionFiles } from '../../register/submit';
import { startGraphStandinWorker } from '../graph-standin/browser';
import { STANDIN_GRAPH_ORIGIN, STANDIN_SITE_ID, type SiteStore } from '../graph-standin';
import type { SiteSnapshot } from '../graph-standin/store';
import type { SchoolSubmissionSettings } from '../../register/paperwork';
import { pdfFromParagraphs } from './register-pdf';

export interface RegisterStandinPage {
  readonly settings: RegisterSettings;
  readonly signIn: SignIn;
  documentFiles(host: DocumentHost): Promise<SubmissionFiles>;
  rows(): Record<string, string | number | boolean | null>[];
  files(): { path: string; size: number; head: string }[];
  /** A stored file's bytes, base64, for the test to open. */
  download(path: string): string;
  /** Resolves once the site's last write is saved (with `keepSite`: a reload then finds it). */
  flush(): Promise<void>;
}

const ACCOUNT = 'shuji@standin.invalid';

/** The error codes the harness hosts give when they have no such file (the small host, the in-memory Word). */
const NO_FILE_CODES = new Set(['file-unavailable', 'fileUnavailable', 'pdfUnavailable']);

function hasNoFile(failure: unknown): boolean {
  const code = (failure as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NO_FILE_CODES.has(code);
}

/** The document's .docx as written from its template and typed fields, with its project marker. */
function docxFromModel(model: DocumentModel): Uint8Array {
  const template = CATALOG.find((candidate) => candidate.id === model.marker.templateId);
  if (!template || !model.marker.projectId) throw new Error('the harness document has no template marker');
  const values = Object.fromEntries(model.contentControls.filter((control) => !control.showingPlaceholder).map((control) => [control.tag, control.text]));
  return writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: model.marker.projectId, values });
}

async function fileOf(host: DocumentHost, kind: FileKind, model: DocumentModel): Promise<Uint8Array> {
  try {
    return await host.getFile(kind);
  } catch (failure: unknown) {
    if (!hasNoFile(failure)) throw failure;
    return kind === 'docx' ? docxFromModel(model) : pdfFromParagraphs(model.paragraphs.map((paragraph) => paragraph.text));
  }
}

const SITE_DATABASE = 'dangjian-register-standin';
const SITE_STORE = 'site';

function openSiteDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(SITE_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(SITE_STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function siteRequest<T>(database: IDBDatabase, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = run(database.transaction(SITE_STORE, mode).objectStore(SITE_STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * With `keepSite`, the site outlives the page: it is saved to IndexedDB after
 * every write and read back on the next load — so a reload is "a new Word
 * document" against the same register, as for a 书记 who opens a new file.
 */
async function keepSiteAcrossReloads(store: SiteStore): Promise<() => Promise<void>> {
  const database = await openSiteDatabase();
  const saved = await siteRequest<SiteSnapshot | undefined>(database, 'readonly', (objects) => objects.get('site') as IDBRequest<SiteSnapshot | undefined>);
  if (saved) store.restore(saved);
  let saving: Promise<void> = Promise.resolve();
  store.onWrite = () => {
    saving = saving.then(async () => {
      await siteRequest(database, 'readwrite', (objects) => objects.put(store.snapshot(), 'site'));
    });
  };
  return () => saving;
}

/** What the school asks on paper in the harness: 000's "纸质版加盖公章报校综合楼410室，电子版（pdf版本）". */
export const HARNESS_SCHOOL: SchoolSubmissionSettings = { submission: { pdf: true, sealed: true, handInAt: '校综合楼410室' } };

export async function startRegisterStandinPage(options: { keepSite?: boolean } = {}): Promise<RegisterStandinPage> {
  const standin = await startGraphStandinWorker({ graphOrigin: STANDIN_GRAPH_ORIGIN });
  const flush = options.keepSite ? await keepSiteAcrossReloads(standin.store) : async () => undefined;
  const parsed = parseRegisterSettings({
    tenantId: 'standin.onmicrosoft.com',
    clientId: '00000000-0000-4000-8000-00000000d00d',
    siteId: STANDIN_SITE_ID,
    graphBaseUrl: STANDIN_GRAPH_ORIGIN,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const settings = parsed.value;
  const signIn: SignIn = { tokens: { getToken: async () => 'standin-token' }, account: () => ACCOUNT, method: 'dialog' };
  const graph = createRegisterGraph({ baseUrl: settings.graphBaseUrl, tokens: signIn.tokens, scopes: qualifyScopes(PROVISION_SCOPES, settings.graphBaseUrl) });
  await provisionRegister(graph, settings);

  return {
    settings,
    signIn,
    async documentFiles(host) {
      const model = await host.readDocument();
      return { docx: await fileOf(host, 'docx', model), pdf: await fileOf(host, 'pdf', model) };
    },
    rows: () => [...standin.store.findList(settings.listName).items.values()].map((item) => ({ ...item.fields })),
    files: () =>
      [...standin.store.files.values()].map((file) => ({
        path: file.path,
        size: file.bytes.length,
        head: String.fromCharCode(...file.bytes.subarray(0, 5)),
      })),
    download(path) {
      const bytes = standin.store.findFile(path).bytes;
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      return btoa(binary);
    },
    flush,
  };
}
