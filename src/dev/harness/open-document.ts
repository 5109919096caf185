/**
 * The harness's document: by default the in-memory Word (src/dev/word-host)
 * behind the real Word adapter — the add-in's own code path, loaded as a
 * chunk of its own. `?host=fake` opens the small host of fake-host.ts
 * instead (no Word behaviour, no .docx export).
 */
import type { HarnessDocument } from './harness-document';

export type HarnessHostKind = 'word' | 'fake';

export function hostKindFrom(query: URLSearchParams): HarnessHostKind {
  return query.get('host') === 'fake' ? 'fake' : 'word';
}

export async function openHarnessDocument(kind: HarnessHostKind): Promise<HarnessDocument> {
  if (kind === 'fake') {
    const { createFakeHost } = await import(/* webpackChunkName: "fake-host" */ './fake-host');
    return createFakeHost();
  }
  const { createInMemoryDocument } = await import(/* webpackChunkName: "in-memory-word" */ './in-memory-document');
  return createInMemoryDocument();
}
