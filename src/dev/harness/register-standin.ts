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
import { STANDIN_GRAPH_ORIGIN, STANDIN_SITE_ID } from '../graph-standin';
import { pdfFromParagraphs } from './register-pdf';

export interface RegisterStandinPage {
  readonly settings: RegisterSettings;
  readonly signIn: SignIn;
  documentFiles(host: DocumentHost): Promise<SubmissionFiles>;
  rows(): Record<string, string | number | boolean | null>[];
  files(): { path: string; size: number; head: string }[];
  /** A stored file's bytes, base64, for the test to open. */
  download(path: string): string;
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

export async function startRegisterStandinPage(): Promise<RegisterStandinPage> {
  const standin = await startGraphStandinWorker({ graphOrigin: STANDIN_GRAPH_ORIGIN });
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
  };
}
