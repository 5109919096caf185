/**
 * The browser harness: the in-memory document on the left, the real task
 * pane (350 px, as in Word) on the right. Query: `?view=check&run=1` as the
 * ribbon sends, `lang=en-US`, `today=2025-04-20` for a fixed date. The
 * document is the in-memory Word behind the real adapter (`host=fake` for
 * the small host of fake-host.ts, `host=wps` for the WPS stand-in behind the
 * WPS host).
 * `window.harness` lets a person or a test type into fields and paste text.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { webLightTheme } from '@fluentui/react-components';
import { messages, resolveLocale } from '../../i18n';
import { configureRegisterEnvironment, registerEnvironmentOverride } from '../../register/ui/environment-override';
import { registerSchool } from '../../register/paperwork';
import { createCoreServices, preloadChecking } from '../../taskpane/core-services';
import { parseLaunch } from '../../taskpane/launch';
import { mountPane } from '../../taskpane/mount';
import { loadDeployedSchoolInBrowser } from '../../taskpane/school-config';
import { DocumentView } from './DocumentView';
import { hostKindFrom, openHarnessDocument } from './open-document';
import './register-setup';
import type { HarnessDocument } from './harness-document';

declare global {
  interface Window {
    harness?: Pick<HarnessDocument, 'setControlText' | 'pasteAfter' | 'view'>;
  }
}

function todayFrom(query: URLSearchParams): Date {
  const fixed = query.get('today');
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? new Date(`${fixed}T12:00:00`) : new Date();
}

async function main(): Promise<void> {
  const query = new URLSearchParams(window.location.search);
  const locale = resolveLocale(query.get('lang') ?? 'zh-CN');
  const text = messages(locale).pane.harness;
  const harnessDocument = await openHarnessDocument(hostKindFrom(query));
  const today = todayFrom(query);
  const school = await loadDeployedSchoolInBrowser();
  const services = createCoreServices({ school: school.settings, schoolProblem: school.problem, today: () => today });
  // The 台账 place lists the same deadlines and reads the same templates as the 模板 place.
  // Its checklist and round year are the school's deployed settings (a page's own override, the harness stand-in's, still wins).
  configureRegisterEnvironment({ school: async () => registerSchool(school.settings), ...registerEnvironmentOverride(), catalog: services.catalog });
  window.harness = { setControlText: harnessDocument.setControlText, pasteAfter: harnessDocument.pasteAfter, view: harnessDocument.view };

  const root = window.document.getElementById('harness');
  if (!root) return;
  window.document.documentElement.lang = locale;
  window.document.title = text.title;
  const documentSide = window.document.createElement('section');
  documentSide.className = 'document';
  documentSide.setAttribute('aria-label', text.documentHeading);
  // A plain box, not a landmark: the pane's own <main> is the top-level landmark, as in Word.
  const paneSide = window.document.createElement('div');
  paneSide.className = 'pane';
  paneSide.setAttribute('data-testid', 'pane');
  root.append(documentSide, paneSide);

  createRoot(documentSide).render(
    <StrictMode>
      <h1>{text.title}</h1>
      <p className="note">{text.note}</p>
      <DocumentView document={harnessDocument} locale={locale} />
    </StrictMode>,
  );
  mountPane(paneSide, {
    host: harnessDocument.host,
    locale,
    services,
    launch: parseLaunch(window.location.search, window.location.hash),
    theme: webLightTheme,
    afterFirstPaint: preloadChecking,
  });
}

void main();
