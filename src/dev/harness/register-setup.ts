/**
 * The 台账 place in the browser harness, against the Graph stand-in: with
 * `?register=standin` the page answers the register's Graph calls from an
 * in-page SharePoint site (msw's service worker), signs in with a fixed
 * token, and has the register list provisioned before the panel asks for
 * anything. Without the query the harness shows the register as the add-in
 * does (settings first). `&keep=site` keeps the site in IndexedDB across
 * reloads: a reload is then a new Word document against the same register.
 *
 * The environment is configured here, at once, so the panel can never mount
 * with the add-in's defaults; the stand-in itself (msw, Graph code) loads
 * lazily and every call waits for it.
 */
import { configureRegisterEnvironment } from '../../register/ui/environment-override';
import type { RegisterStandinPage } from './register-standin';

declare global {
  interface Window {
    /** Present with `?register=standin`: what the stand-in's SharePoint site holds now. */
    registerStandin?: {
      /** Resolves once the worker runs and the list exists. */
      readonly ready: Promise<void>;
      rows(): Promise<Record<string, string | number | boolean | null>[]>;
      files(): Promise<{ path: string; size: number; head: string }[]>;
      download(path: string): Promise<string>;
      /** Resolves once the site's writes are saved (`&keep=site`: the next load finds them). */
      flush(): Promise<void>;
    };
  }
}

function setUpRegisterStandin(keepSite: boolean): void {
  const standinModule = import(/* webpackChunkName: "register-standin" */ './register-standin');
  const page: Promise<RegisterStandinPage> = standinModule.then((module) => module.startRegisterStandinPage({ keepSite }));
  configureRegisterEnvironment({
    loadSettings: async () => (await page).settings,
    signIn: async () => (await page).signIn,
    documentFiles: async (host) => (await page).documentFiles(host),
    school: async () => (await standinModule).HARNESS_SCHOOL,
  });
  window.registerStandin = {
    ready: page.then(() => undefined),
    rows: async () => (await page).rows(),
    files: async () => (await page).files(),
    download: async (path) => (await page).download(path),
    flush: async () => (await page).flush(),
  };
}

const query = new URLSearchParams(window.location.search);
if (query.get('register') === 'standin') setUpRegisterStandin(query.get('keep') === 'site');
