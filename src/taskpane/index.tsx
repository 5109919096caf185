/**
 * Word's task pane page: waits for Office, then mounts the pane; the Word
 * adapter, the checking code and the places other than 模板 are fetched
 * after the first paint.
 */
import { resolveLocale } from '../i18n/locale';
import { configureRegisterEnvironment, registerEnvironmentOverride } from '../register/ui/environment-override';
import { createCoreServices, preloadChecking } from './core-services';
import { parseLaunch } from './launch';
import { lazyHost } from './lazy-host';
import { mountPane } from './mount';
import { loadDeployedSchoolInBrowser } from './school-config';
import { loadThemeFor } from './theme';

const word = lazyHost(async () => {
  const [{ createWordDocumentHost }, { createOfficeWordApi }] = await Promise.all([
    import(/* webpackChunkName: "word-adapter" */ '../word/adapter'),
    import(/* webpackChunkName: "word-adapter" */ '../word/office-api'),
  ]);
  return createWordDocumentHost(createOfficeWordApi());
});

// The school's names, year and deadlines, as the 组织部 deployed them this year: the page asked for them while office.js loaded (taskpane.html).
const deployedSchool = loadDeployedSchoolInBrowser();

void Office.onReady(async () => {
  const root = document.getElementById('container');
  if (!root) return;
  const locale = resolveLocale(Office.context.displayLanguage);
  // A dark Office's theme is fetched alongside the settings, not after them.
  const [school, theme] = await Promise.all([deployedSchool, loadThemeFor(Office.context.officeTheme)]);
  const services = createCoreServices({ school: school.settings, schoolProblem: school.problem });
  // The 台账 place lists the same deadlines and reads the same templates as the 模板 place.
  // Its checklist and round year are the school's deployed settings (a page's own override, the harness stand-in's, still wins).
  configureRegisterEnvironment({
    school: async () => (await import(/* webpackChunkName: "register-school" */ '../register/paperwork')).registerSchool(school.settings),
    ...registerEnvironmentOverride(),
    catalog: services.catalog,
  });
  document.documentElement.lang = locale;
  mountPane(root, {
    host: word.host,
    locale,
    services,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme,
    afterFirstPaint: () => {
      word.prefetch();
      preloadChecking();
    },
  });
});
