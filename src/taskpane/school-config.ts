/**
 * The school's settings as deployed next to the pane (`config/school.json`,
 * like `config/register.json`): the 组织部 edits the file once a year and
 * every pane shows the new names, year and deadlines without a release.
 * No file: the notices' defaults. A file that is not valid: the defaults,
 * and the pane says what is wrong with it.
 */
import { DEFAULT_SCHOOL, type SchoolSettings } from '../templates/school';

export const SCHOOL_SETTINGS_PATH = 'config/school.json';

export interface DeployedSchool {
  readonly settings: SchoolSettings;
  /** Why the deployed file was not used (Chinese, names the place). */
  readonly problem?: string;
}

/** What the pane needs from `fetch`: the file's status and text (undefined: unreachable). */
export type FetchText = (url: string) => Promise<{ readonly ok: boolean; readonly status: number; text(): Promise<string> } | undefined>;

export async function loadDeployedSchool(baseUrl: string, fetchText: FetchText): Promise<DeployedSchool> {
  const url = new URL(SCHOOL_SETTINGS_PATH, baseUrl).toString();
  const response = await fetchText(url).then(
    (value) => value,
    // Offline or blocked: the pane still works, with the notices' defaults.
    () => undefined,
  );
  if (!response || !response.ok) return { settings: DEFAULT_SCHOOL };
  // Validation (and zod) is fetched only when a school has deployed its settings.
  const { loadSchoolSettings } = await import('../templates/school-settings');
  const loaded = loadSchoolSettings(await response.text(), SCHOOL_SETTINGS_PATH);
  return loaded.ok ? { settings: loaded.value } : { settings: DEFAULT_SCHOOL, problem: loaded.error.message };
}

/** The response to the request Word's pane page makes for the settings while its scripts load (taskpane.html); undefined when unreachable. */
type EarlyResponse = ReturnType<FetchText>;

declare global {
  interface Window {
    dangjianSchoolSettings?: EarlyResponse;
  }
}

/** The page's early request, once: a response's text can be read only once. */
function takeEarlyRequest(): EarlyResponse | undefined {
  const early = window.dangjianSchoolSettings;
  window.dangjianSchoolSettings = undefined;
  return early;
}

/** The deployed settings in a browser (the pane, the harness). */
export function loadDeployedSchoolInBrowser(): Promise<DeployedSchool> {
  if (typeof fetch !== 'function' || typeof location === 'undefined') return Promise.resolve({ settings: DEFAULT_SCHOOL });
  const early = takeEarlyRequest();
  // The page's own request, made before office.js and the scripts had loaded; a page without one (the harness) asks now.
  return loadDeployedSchool(location.href, (url) => early ?? fetch(url, { cache: 'no-cache' }));
}
