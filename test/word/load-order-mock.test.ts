/**
 * Microsoft's own Office.js mock (office-addin-mock) shows a property read
 * before its load and sync as the string "Error, property was not loaded".
 * Driving the adapter's marker read against it shows the adapter loads
 * before it syncs and reads only after. (The mock cannot load `items/…` of
 * a collection, nor fill a ClientResult, so the in-memory host covers the
 * rest.)
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose
// ESM-only dependencies jest does not load; give it those names.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { createWordDocumentHost } from '../../src/word/adapter';
import type { WordApi } from '../../src/word/office-api';

const NOT_LOADED = 'Error, property was not loaded';

function mockWord() {
  // isNullObject is left out: Word fills it on sync without a load, which the mock does not model.
  const property = (value: string) => ({ value });
  const data = {
    context: {
      document: {
        properties: {
          customProperties: {
            template: property('brand-case'),
            project: property('0f8fad5b-d9cb-469f-a165-70867728950e'),
            getItemOrNullObject(key: string) {
              return key === 'DangjianTemplateId' ? this.template : this.project;
            },
          },
        },
      },
    },
  };
  return new OfficeMockObject(data);
}

function apiOver(mock: OfficeMockObject): WordApi {
  const context = (mock as unknown as { context: Word.RequestContext }).context;
  return {
    run: (batch) => batch(context),
    // WordApi 1.3 only: the marker comes from the custom properties.
    isSetSupported: (name, version) => name === 'WordApi' && version <= '1.3',
  };
}

describe('the adapter never reads a Word property before loading and syncing it', () => {
  test('the marker is read from loaded, synced custom properties', async () => {
    const marker = await createWordDocumentHost(apiOver(mockWord())).readMarker();
    expect(marker).toEqual({ templateId: 'brand-case', projectId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    expect(JSON.stringify(marker)).not.toContain(NOT_LOADED);
  });
});
