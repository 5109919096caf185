/**
 * The harness's document. `?host=word` opens the in-memory Word behind the
 * real Word adapter (the add-in's own code path, loaded only then); the
 * default is the small host of fake-host.ts, which also clears a field's
 * placeholder when one types into it, as Word does.
 */
import { createFakeHost } from './fake-host';
import type { HarnessDocument } from './harness-document';

export type HarnessHostKind = 'simple' | 'word';

export async function openHarnessDocument(kind: HarnessHostKind): Promise<HarnessDocument> {
  if (kind === 'simple') return createFakeHost();
  const { createInMemoryDocument } = await import(/* webpackChunkName: "in-memory-word" */ './in-memory-document');
  return createInMemoryDocument();
}
