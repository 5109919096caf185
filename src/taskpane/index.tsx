/**
 * Word's task pane page: waits for Office, then mounts the pane; the Word
 * adapter and the checking code are fetched after the first paint.
 */
import { resolveLocale } from '../i18n';
import { configureRegisterEnvironment, registerEnvironmentOverride } from '../register/ui/environment-override';
import { registerSchool } from '../register/paperwork';
import { createCoreServices, preloadChecking } from './core-services';
import { parseLaunch } from './launch';
import { lazyHost } from './lazy-host';
import { mountPane, themeFor } from './mount';
import { loadDeployedSchoolInBrowser } from './school-config';

const word = lazyHost(async () => {
  const [{ createWordDocumentHost }, { createOfficeWordApi }] = await Promise.all([
    import(/* webpackChunkName: "word-adapter" */ '../word/adapter'),
    import(/* webpackChunkName: "word-adapter" */ '../word/office-api'),
  ]);
  return createWordDocumentHost(createOfficeWordApi());
});

void Office.onReady(async () => {
  const root = document.getElementById('container');
  if (!root) return;
  // The school's names, year and deadlines, as the 组织部 deployed them this year.
  const school = await loadDeployedSchoolInBrowser();
  const services = createCoreServices({ school: school.settings, schoolProblem: school.problem });
  // The 台账 place lists the same deadlines and reads the same templates as the 模板 place.
  // Its checklist and round year are the school's deployed settings (a page's own override, the harness stand-in's, still wins).
  configureRegisterEnvironment({ school: async () => registerSchool(school.settings), ...registerEnvironmentOverride(), catalog: services.catalog });
  const locale = resolveLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  mountPane(root, {
    host: word.host,
    locale,
    services,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme: themeFor(Office.context.officeTheme),
    afterFirstPaint: () => {
      word.prefetch();
      preloadChecking();
    },
  });
});
