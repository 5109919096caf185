/** The harness's document: the small in-memory host of this folder. */
import { createFakeHost } from './fake-host';
import type { HarnessDocument } from './harness-document';

export function openHarnessDocument(): HarnessDocument {
  return createFakeHost();
}
