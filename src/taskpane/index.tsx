/**
 * Word's task pane page: waits for Office, then mounts the pane; the Word
 * adapter and the checking code are fetched after the first paint.
 */
import { resolveLocale } from '../i18n';
import { coreServices, preloadChecking } from './core-services';
import { parseLaunch } from './launch';
import { lazyHost } from './lazy-host';
import { mountPane, themeFor } from './mount';

const word = lazyHost(async () => {
  const [{ createWordDocumentHost }, { createOfficeWordApi }] = await Promise.all([
    import(/* webpackChunkName: "word-adapter" */ '../word/adapter'),
    import(/* webpackChunkName: "word-adapter" */ '../word/office-api'),
  ]);
  return createWordDocumentHost(createOfficeWordApi());
});

void Office.onReady(() => {
  const root = document.getElementById('container');
  if (!root) return;
  const locale = resolveLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  mountPane(root, {
    host: word.host,
    locale,
    services: coreServices,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme: themeFor(Office.context.officeTheme),
    afterFirstPaint: () => {
      word.prefetch();
      preloadChecking();
    },
  });
});
