/**
 * A helper thread of `dangjian check` (./check-pool): checks the files it is
 * sent exactly as the calling thread does, with the catalog and language it
 * was started with, and sends back each file's report.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sharedReading } from '../docx/read';
import { messages } from '../i18n';
import { checkIsolated } from './check-command';
import { WORKER_MARK, type PoolData, type PoolJob, type PoolReply } from './check-pool';
import type { CliContext } from './io';
import { useNativeInflater } from './native-inflate';

function isPoolData(value: unknown): value is PoolData {
  return typeof value === 'object' && value !== null && (value as { mark?: unknown }).mark === WORKER_MARK;
}

function isJob(value: unknown): value is PoolJob {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as { index?: unknown; path?: unknown };
  return typeof job.index === 'number' && typeof job.path === 'string';
}

export function runCheckWorker(): void {
  const port = parentPort;
  if (!port || !isPoolData(workerData)) return;
  const { setup } = workerData;
  useNativeInflater();
  const context: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: { DANGJIAN_DEBUG: setup.debug ? '1' : undefined },
    cwd: setup.cwd,
    locale: setup.locale,
  };
  const forcedTemplate = setup.forcedTemplateId === undefined ? undefined : setup.catalog.templates.find((template) => template.id === setup.forcedTemplateId);
  const text = messages(setup.locale).cli;
  const shared = sharedReading();
  port.on('message', (message: unknown) => {
    if (!isJob(message)) return;
    const report = checkIsolated({
      path: message.path,
      catalog: setup.catalog,
      forcedTemplate,
      fixInto: undefined,
      fixer: undefined,
      simulate: undefined,
      context,
      text,
      locale: setup.locale,
      shared,
    });
    const reply: PoolReply = { index: message.index, report };
    port.postMessage(reply);
  });
}
