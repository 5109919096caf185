/** batch.html: the 组织部's batch check in the browser, with the checking in a worker. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { resolveLocale } from '../i18n';
import { BatchApp, type BatchWorker } from './BatchApp';
import { workerPool, workersFor } from './worker-pool';

/** The worker's own bundle, built beside this page (webpack entry `batch-worker`). */
const WORKER_URL = 'batch-worker.js';

function pageLocale(): string | undefined {
  return new URLSearchParams(window.location.search).get('lang') ?? undefined;
}

/** Checking workers: one per processor but the page's own, at most four; `?workers=N` sets it. */
function workerCount(): number {
  return workersFor(navigator.hardwareConcurrency, new URLSearchParams(window.location.search).get('workers'));
}

const root = document.getElementById('container');
if (root) {
  // Started with the page, so their script is fetched while the page loads: after that nothing is fetched.
  const worker: BatchWorker = workerPool(() => new Worker(WORKER_URL), workerCount());
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
        <BatchApp worker={worker} initialLocale={resolveLocale(pageLocale())} />
      </FluentProvider>
    </StrictMode>,
  );
}
