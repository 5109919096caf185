/**
 * A DocumentHost whose implementation is fetched on first use. The Word
 * adapter (OOXML reading and writing, zip, XML parsing) is most of the
 * pane's code; loading it after the first render lets the pane appear
 * sooner. `prefetch` starts the download while the user reads the pane.
 */
import type { DocumentHost } from '../word/host';

export interface LazyHost {
  readonly host: DocumentHost;
  prefetch(): void;
}

export function lazyHost(load: () => Promise<DocumentHost>): LazyHost {
  let loading: Promise<DocumentHost> | undefined;
  const get = (): Promise<DocumentHost> => {
    if (!loading) {
      loading = load();
      // A failed download (offline) is retried on the next action instead of failing forever.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  return {
    host: {
      readDocument: async () => (await get()).readDocument(),
      insertTemplate: async (template, profile, where) => (await get()).insertTemplate(template, profile, where),
      applyEdits: async (edits) => (await get()).applyEdits(edits),
      selectParagraph: async (index) => (await get()).selectParagraph(index),
      readMarker: async () => (await get()).readMarker(),
      getFile: async (kind) => (await get()).getFile(kind),
      linkProject: async (projectId) => {
        const host = await get();
        if (!host.linkProject) {
          // The error's Chinese messages come with the host's own code, not with the page.
          const { WordHostError } = await import(/* webpackChunkName: "word-adapter" */ '../word/errors');
          throw new WordHostError('requirementMissing', 'WordApi 1.3');
        }
        return host.linkProject(projectId);
      },
    },
    prefetch: () => {
      void get().catch(() => undefined);
    },
  };
}
