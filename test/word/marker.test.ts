/**
 * The project id is how the register finds a document's row. A 书记 who
 * inserts the 申报表, saves, reopens and later inserts the 结项报告 into
 * the same file must keep the same project id.
 */
import { readDocx } from '../../src/docx/read';
import { createInMemoryWord } from '../../src/dev/word-host';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { createWordDocumentHost } from '../../src/word/adapter';

function template(id: string) {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('the project marker survives save and reopen', () => {
  test('insert → save → reopen gives the same project id, in the custom XML part and the custom properties', async () => {
    const word = createInMemoryWord();
    const inserted = await createWordDocumentHost(word.api).insertTemplate(template('shuji-application'), OFFICIAL_PROFILE, 'replace-body');
    expect(inserted.projectId).toMatch(/^[0-9a-f-]{36}$/);

    const saved = word.saveDocx();
    const reopened = createWordDocumentHost(createInMemoryWord({ docx: saved }).api);
    expect(await reopened.readMarker()).toEqual({ templateId: 'shuji-application', projectId: inserted.projectId });
    expect((await reopened.readDocument()).marker).toEqual({ templateId: 'shuji-application', projectId: inserted.projectId });

    // The .docx reader (the CLI's) finds the same marker in the saved file.
    const read = readDocx(saved);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.marker).toEqual({ templateId: 'shuji-application', projectId: inserted.projectId });
  });

  test('inserting another template into a document that has a marker keeps its project id', async () => {
    const first = createInMemoryWord();
    const marker = await createWordDocumentHost(first.api).insertTemplate(template('shuji-application'), OFFICIAL_PROFILE, 'cursor');
    const word = createInMemoryWord({ docx: first.saveDocx() });
    const host = createWordDocumentHost(word.api);
    const second = await host.insertTemplate(template('shuji-closing-report'), OFFICIAL_PROFILE, 'replace-body');
    expect(second).toEqual({ templateId: 'shuji-closing-report', projectId: marker.projectId });
    const read = readDocx(word.saveDocx());
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.marker).toEqual(second);
    // One marker part, updated in place — not a second one beside it.
    const { unzipSync } = await import('fflate');
    const parts = Object.keys(unzipSync(word.saveDocx())).filter((name) => /^customXml\/item\d+\.xml$/.test(name));
    expect(parts).toHaveLength(1);
  });

  test('a Word without custom XML parts (WordApi 1.3) keeps the marker in the document properties', async () => {
    const word = createInMemoryWord({ wordApiVersion: '1.3' });
    const marker = await createWordDocumentHost(word.api).insertTemplate(template('brand-case'), OFFICIAL_PROFILE, 'cursor');
    const reopened = createWordDocumentHost(createInMemoryWord({ docx: word.saveDocx(), wordApiVersion: '1.3' }).api);
    expect(await reopened.readMarker()).toEqual(marker);
  });

  test('a plain document has no marker', async () => {
    const host = createWordDocumentHost(createInMemoryWord().api);
    expect(await host.readMarker()).toEqual({});
  });
});
