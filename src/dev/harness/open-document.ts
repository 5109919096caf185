/**
 * The harness's document. `?host=word` opens the in-memory Word behind the
 * real Word adapter (the add-in's own code path); the default is the small
 * host of fake-host.ts, which also clears a field's placeholder when one
 * types into it, as Word does.
 */
import { createFakeHost } from './fake-host';
import type { HarnessDocument } from './harness-document';
import { createInMemoryDocument } from './in-memory-document';

export type HarnessHostKind = 'simple' | 'word';

export function openHarnessDocument(kind: HarnessHostKind): HarnessDocument {
  return kind === 'word' ? createInMemoryDocument() : createFakeHost();
}
