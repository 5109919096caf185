/**
 * The harness's document: by default the in-memory Word (src/dev/word-host)
 * behind the real Word adapter — the add-in's own code path, loaded as a
 * chunk of its own. `?host=fake` opens the small host of fake-host.ts
 * instead (no Word behaviour, no .docx export); `?host=wps` the WPS stand-in
 * (src/dev/wps-host) behind the WPS host, as the pane runs in WPS 文字.
 */
import type { HarnessDocument } from './harness-document';

export type HarnessHostKind = 'word' | 'fake' | 'wps';

export function hostKindFrom(query: URLSearchParams): HarnessHostKind {
  const kind = query.get('host');
  return kind === 'fake' || kind === 'wps' ? kind : 'word';
}

export async function openHarnessDocument(kind: HarnessHostKind): Promise<HarnessDocument> {
  if (kind === 'fake') {
    const { createFakeHost } = await import(/* webpackChunkName: "fake-host" */ './fake-host');
    return createFakeHost();
  }
  if (kind === 'wps') {
    const { createWpsHarnessDocument } = await import(/* webpackChunkName: "wps-standin" */ './wps-document');
    return createWpsHarnessDocument();
  }
  const { createInMemoryDocument } = await import(/* webpackChunkName: "in-memory-word" */ './in-memory-document');
  return createInMemoryDocument();
}
