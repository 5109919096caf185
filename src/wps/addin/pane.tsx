/**
 * The task pane page inside WPS 文字: the same pane as Word's, mounted over
 * the WPS host (src/wps/host.ts) instead of the Word adapter. WPS gives a
 * task pane page its object model synchronously as `window.Application`
 * (wpsjs's template, js/taskpane.js) and its file helpers as `window.wps`
 * (`wps.FileSystem`, `wps.Env`); there is no Office.js and no Office.onReady. The WPS host is fetched after the first paint, as the
 * Word adapter is in Word's pane.
 */
import { webLightTheme } from '@fluentui/react-components';
import { resolveLocale } from '../../i18n';
import { configureRegisterEnvironment, registerEnvironmentOverride } from '../../register/ui/environment-override';
import { registerSchool } from '../../register/paperwork';
import { createCoreServices, preloadChecking } from '../../taskpane/core-services';
import { parseLaunch } from '../../taskpane/launch';
import { lazyHost } from '../../taskpane/lazy-host';
import { mountPane } from '../../taskpane/mount';
import { loadDeployedSchoolInBrowser } from '../../taskpane/school-config';
import type { WpsApplication, WpsEnv, WpsFileSystem } from '../object-model';
import { WpsHostError } from '../errors';

interface WpsGlobals {
  readonly Application?: WpsApplication;
  readonly wps?: { readonly FileSystem?: WpsFileSystem; readonly Env?: WpsEnv };
}

const wpsHost = lazyHost(async () => {
  const { createWpsDocumentHost } = await import(/* webpackChunkName: "wps-host" */ '../host');
  const globals = window as unknown as WpsGlobals;
  if (!globals.Application) throw new WpsHostError('noDocument', 'window.Application is missing');
  return createWpsDocumentHost({ Application: globals.Application, FileSystem: globals.wps?.FileSystem, Env: globals.wps?.Env });
});

async function main(): Promise<void> {
  const root = document.getElementById('container');
  if (!root) return;
  const school = await loadDeployedSchoolInBrowser();
  const services = createCoreServices({ school: school.settings, schoolProblem: school.problem });
  configureRegisterEnvironment({ school: async () => registerSchool(school.settings), ...registerEnvironmentOverride(), catalog: services.catalog });
  const locale = resolveLocale(navigator.language);
  document.documentElement.lang = locale;
  mountPane(root, {
    host: wpsHost.host,
    locale,
    services,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme: webLightTheme,
    afterFirstPaint: () => {
      wpsHost.prefetch();
      preloadChecking();
    },
  });
}

void main();
