/** batch.html: the 组织部's batch check in the browser, with the checking in a worker. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { resolveLocale } from '../i18n';
import { BatchApp, type BatchWorker } from './BatchApp';

/** The worker's own bundle, built beside this page (webpack entry `batch-worker`). */
const WORKER_URL = 'batch-worker.js';

function pageLocale(): string | undefined {
  return new URLSearchParams(window.location.search).get('lang') ?? undefined;
}

const root = document.getElementById('container');
if (root) {
  // Started with the page, so its script is fetched while the page loads: after that nothing is fetched.
  const worker: BatchWorker = new Worker(WORKER_URL);
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
        <BatchApp worker={worker} initialLocale={resolveLocale(pageLocale())} />
      </FluentProvider>
    </StrictMode>,
  );
}
