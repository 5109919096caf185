/**
 * A 300-page 结项报告 (about 6,000 paragraphs) must be read as fast as a
 * short one: the number of round trips to Word cannot grow with its length.
 * And "一键修复" over every finding is one batch of at most two round trips,
 * after which the font, size and spacing errors are gone and every
 * paragraph the plan did not name is byte-for-byte what it was.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import type { Edit } from '../../src/core/edits';
import { createInMemoryWord } from '../../src/dev/word-host';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { createWordDocumentHost } from '../../src/word/adapter';
import { bodyElement, bodyParagraphs } from '../../src/word/ooxml/paragraphs';
import { parseXml, serializeNode } from '../../src/word/ooxml/xml';
import { describeWith, pythonDocxTool } from '../support/tools';
import { longReportDocx } from './report-fixture';

const closingReport = CATALOG.find((template) => template.id === 'shuji-closing-report');
if (!closingReport) throw new Error('catalog has no shuji-closing-report');

function paragraphXml(docx: Uint8Array): string[] {
  const documentXml = strFromU8(unzipSync(docx)['word/document.xml'] as Uint8Array);
  return bodyParagraphs(bodyElement(parseXml(documentXml).root)).map((p) => serializeNode(p));
}

async function syncsToRead(docx: Uint8Array): Promise<{ syncs: number; paragraphs: number }> {
  const word = createInMemoryWord({ docx });
  const model = await createWordDocumentHost(word.api).readDocument();
  return { syncs: word.syncCount, paragraphs: model.paragraphs.length };
}

describeWith(pythonDocxTool, 'a long report in Word', () => {
  test('reading 50 or 6,000 paragraphs takes the same small number of syncs', async () => {
    const short = await syncsToRead(longReportDocx(50));
    const long = await syncsToRead(longReportDocx(6000));
    expect(short.paragraphs).toBe(55);
    expect(long.paragraphs).toBe(6005);
    expect(long.syncs).toBe(short.syncs);
    expect(long.syncs).toBeLessThanOrEqual(2);
  }, 180000);

  test.each([60, 1200])('fix-all over a %i-paragraph report: ≤ 2 syncs, format errors gone, untouched paragraphs identical', async (bodyCount) => {
    const word = createInMemoryWord({ docx: longReportDocx(bodyCount) });
    const host = createWordDocumentHost(word.api);
    const model = await host.readDocument();
    const before = checkDocument(model, closingReport, OFFICIAL_PROFILE);
    const formatRules = ['font', 'font-size', 'line-spacing'];
    expect(before.findings.filter((finding) => formatRules.includes(finding.rule)).length).toBeGreaterThan(bodyCount / 2);
    const plan = planFixes(before.findings);
    const xmlBefore = paragraphXml(word.saveDocx());

    const syncsBefore = word.syncCount;
    await host.applyEdits(plan.edits);
    expect(word.syncCount - syncsBefore).toBeLessThanOrEqual(2);

    const after = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    expect(after.findings.filter((finding) => formatRules.includes(finding.rule))).toEqual([]);
    expect(after.findings.filter((finding) => finding.rule === 'punctuation-width' || finding.rule === 'first-line-indent')).toEqual([]);

    const named = new Set(plan.edits.filter((edit): edit is Exclude<Edit, { kind: 'insert-paragraph' }> => edit.kind !== 'insert-paragraph').map((edit) => edit.paragraph));
    const insertedBefore = (index: number) => plan.edits.filter((edit) => edit.kind === 'insert-paragraph' && edit.before <= index).length;
    const xmlAfter = paragraphXml(word.saveDocx());
    let untouched = 0;
    xmlBefore.forEach((xml, index) => {
      if (named.has(index)) return;
      untouched += 1;
      expect(xmlAfter[index + insertedBefore(index)]).toBe(xml);
    });
    expect(untouched).toBeGreaterThan(bodyCount / 4);
  }, 180000);
});
