/** Renders the pane into a page with Fluent UI's theme; shared by Word's page and the harness. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n/locale';
import { loadPaneMessages, paneMessagesLoaded, zhPaneMessages } from '../i18n/pane';
import type { DocumentHost } from '../word/host';
import { App } from './App';
import type { Launch } from './launch';
import type { PaneServices } from './services';
import type { PaneText } from './text';

export interface MountOptions {
  readonly host: DocumentHost;
  readonly locale: Locale;
  readonly services: PaneServices;
  readonly launch: Launch;
  readonly theme: Theme;
  /** Work that waits until the pane has been painted (fetching the chunks it will need). */
  readonly afterFirstPaint?: () => void;
}

function render(element: HTMLElement, options: MountOptions, text: PaneText): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={options.theme} style={{ minHeight: '100%' }}>
        <App
          host={options.host}
          locale={options.locale}
          text={text}
          services={options.services}
          initialView={options.launch.view}
          runCheck={options.launch.run}
          onFirstRender={options.afterFirstPaint}
        />
      </FluentProvider>
    </StrictMode>,
  );
}

/** Mounts at once in Chinese; in another language once its strings have been fetched. */
export function mountPane(element: HTMLElement, options: MountOptions): void {
  const ready = paneMessagesLoaded(options.locale);
  if (ready) {
    render(element, options, ready);
    return;
  }
  loadPaneMessages(options.locale).then(
    (text) => render(element, options, text),
    // The English strings could not be fetched (offline): a pane in Chinese rather than none.
    () => render(element, { ...options, locale: 'zh-CN' }, zhPaneMessages),
  );
}
