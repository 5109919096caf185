/** Word's task pane page: waits for Office, then mounts the pane over the Word adapter. */
import { resolveLocale } from '../i18n';
import { createWordDocumentHost } from '../word/adapter';
import { createOfficeWordApi } from '../word/office-api';
import { coreServices } from './core-services';
import { parseLaunch } from './launch';
import { mountPane, themeFor } from './mount';

void Office.onReady(() => {
  const root = document.getElementById('container');
  if (!root) return;
  const locale = resolveLocale(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  mountPane(root, {
    host: createWordDocumentHost(createOfficeWordApi()),
    locale,
    services: coreServices,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme: themeFor(Office.context.officeTheme),
  });
});
