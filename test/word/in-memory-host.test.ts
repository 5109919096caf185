/**
 * The in-memory Word is only worth testing against if it is as strict as
 * Word: an unloaded property throws Word's PropertyNotLoaded error, values
 * arrive on sync, writes wait for sync, and every sync is counted.
 */
import { createInMemoryWord } from '../../src/dev/word-host';

describe('the in-memory Word host is as strict as Office.js', () => {
  test('reading a paragraph text that was never loaded throws PropertyNotLoaded', async () => {
    const word = createInMemoryWord();
    await word.api.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      await context.sync();
      expect(() => first.text).toThrow(
        `The property 'text' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    });
  });

  test('a loaded property is not readable before the sync that fetches it', async () => {
    const word = createInMemoryWord();
    await word.api.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(/The property 'items' is not available/);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(['']);
    });
  });

  test('writes wait for sync, and each sync is counted', async () => {
    const word = createInMemoryWord();
    expect(word.syncCount).toBe(0);
    await word.api.run(async (context) => {
      const body = context.document.body;
      body.insertParagraph('第一段', 'End');
      const text = body.getOoxml();
      await context.sync();
      expect(text.value).toContain('第一段');
      body.insertParagraph('第二段', 'End');
      body.load('text');
      await context.sync();
      expect(body.text.split('\r')).toEqual(['', '第一段', '第二段']);
    });
    expect(word.syncCount).toBe(2);
  });

  test('Paragraph.lineSpacing takes points of multiple spacing, as Word does (30 → 2.5 lines)', async () => {
    const word = createInMemoryWord();
    await word.api.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.lineSpacing = 30;
      await context.sync();
    });
    const { unzipSync, strFromU8 } = await import('fflate');
    const documentXml = strFromU8(unzipSync(word.saveDocx())['word/document.xml'] as Uint8Array);
    expect(documentXml).toContain('w:line="600" w:lineRule="auto"');
  });
});
