/** Renders the pane into a page with Fluent UI's theme; shared by Word's page and the harness. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n';
import type { DocumentHost } from '../word/host';
import { App } from './App';
import type { Launch } from './launch';
import type { PaneServices } from './services';

export { themeFor } from './theme';

export interface MountOptions {
  readonly host: DocumentHost;
  readonly locale: Locale;
  readonly services: PaneServices;
  readonly launch: Launch;
  readonly theme: Theme;
  /** Work that waits until the pane has been painted (fetching the chunks it will need). */
  readonly afterFirstPaint?: () => void;
}

export function mountPane(element: HTMLElement, options: MountOptions): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={options.theme} style={{ minHeight: '100%' }}>
        <App host={options.host} locale={options.locale} services={options.services} initialView={options.launch.view} runCheck={options.launch.run} onFirstRender={options.afterFirstPaint} />
      </FluentProvider>
    </StrictMode>,
  );
}
