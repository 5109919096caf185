/** Renders the pane into a page with Fluent UI's theme; shared by Word's page and the harness. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n';
import type { DocumentHost } from '../word/host';
import { App } from './App';
import type { Launch } from './launch';
import type { PaneServices } from './services';

/** Office's theme, when Office gives one: a dark body background means the dark theme. */
export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  const background = officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return webLightTheme;
  const hex = background.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? webDarkTheme : webLightTheme;
}

export interface MountOptions {
  readonly host: DocumentHost;
  readonly locale: Locale;
  readonly services: PaneServices;
  readonly launch: Launch;
  readonly theme: Theme;
}

export function mountPane(element: HTMLElement, options: MountOptions): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={options.theme} style={{ minHeight: '100%' }}>
        <App host={options.host} locale={options.locale} services={options.services} initialView={options.launch.view} runCheck={options.launch.run} />
      </FluentProvider>
    </StrictMode>,
  );
}
