/**
 * Clicking a finding jumps to its paragraph; submitting needs the document
 * as .docx and, where Word can make one, as PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInMemoryWord } from '../../src/dev/word-host';
import { readDocx } from '../../src/docx/read';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { createWordDocumentHost } from '../../src/word/adapter';
import { WordHostError } from '../../src/word/errors';
import { describeWith, sofficeConvert, sofficeTool, tempDir } from '../support/tools';

const closingReport = CATALOG.find((template) => template.id === 'shuji-closing-report');
if (!closingReport) throw new Error('catalog has no shuji-closing-report');

describe('jumping to a finding and getting the file', () => {
  test('selecting paragraph 3 puts Word\'s selection on it, in two syncs', async () => {
    const word = createInMemoryWord();
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'replace-body');
    const model = await host.readDocument();
    const before = word.syncCount;
    await host.selectParagraph(2);
    expect(word.syncCount - before).toBe(2);
    expect(word.selection.paragraph).toBe(2);
    expect(word.selection.text).toBe(model.paragraphs[2]?.text);
  });

  test('a paragraph that is not there is a typed error with a Chinese message', async () => {
    const host = createWordDocumentHost(createInMemoryWord().api);
    await expect(host.selectParagraph(40)).rejects.toMatchObject({ code: 'paragraphMissing', message: expect.stringContaining('找不到要定位的段落') });
  });

  test('the .docx the host gives is the document as it stands', async () => {
    const word = createInMemoryWord();
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'cursor');
    const read = readDocx(await host.getFile('docx'));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.paragraphs[0]?.text).toBe((await host.readDocument()).paragraphs[0]?.text);
  });

  test('a Word that cannot export PDF says so in Chinese', async () => {
    const host = createWordDocumentHost(createInMemoryWord().api);
    const failure = host.getFile('pdf');
    await expect(failure).rejects.toBeInstanceOf(WordHostError);
    await expect(failure).rejects.toMatchObject({ code: 'pdfUnavailable', message: '当前 Word 版本无法导出 PDF，请在桌面版 Word 中提交' });
  });

  test('applying a plan to a document that changed since the check is refused', async () => {
    const word = createInMemoryWord();
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'replace-body');
    await host.readDocument();
    // The writer types a new paragraph at the end after the check.
    await word.api.run(async (context) => {
      context.document.body.insertParagraph('新写的一段', 'End');
      await context.sync();
    });
    await expect(host.applyEdits([{ kind: 'set-paragraph-format', paragraph: 0, alignment: 'center' }])).rejects.toMatchObject({ code: 'documentChanged' });
  });
});

describeWith(sofficeTool, 'PDF from a host that can make one', () => {
  test('the host hands the document to its converter and returns a PDF', async () => {
    const pdfConverter = async (docx: Uint8Array): Promise<Uint8Array> => {
      const dir = tempDir('word-pdf');
      writeFileSync(join(dir, 'submission.docx'), docx);
      sofficeConvert(join(dir, 'submission.docx'), 'pdf', dir);
      return new Uint8Array(readFileSync(join(dir, 'submission.pdf')));
    };
    const word = createInMemoryWord({ pdfConverter });
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'cursor');
    const pdf = await host.getFile('pdf');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  }, 120000);
});
