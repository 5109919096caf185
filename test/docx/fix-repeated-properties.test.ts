/**
 * A long document repeats the same run and paragraph properties thousands
 * of times; fixing it parses and rewrites each distinct one once, and the
 * fixed copy is the same as when every one was rewritten on its own.
 */
import { applyEditsToDocx, roleFormatsFromProfile } from '../../src/docx/fix';
import { readDocx, type DocxFile } from '../../src/docx/read';
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { catalogTemplate } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { craftedDocx, documentXml } from './crafted';

function paragraphs(count: number, variant: (index: number) => string): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="${variant(i)}"/><w:sz w:val="24"/></w:rPr>` +
      `<w:t>第${i}次组织生活会,围绕主题开展学习。</w:t></w:r></w:p>`,
  ).join('');
}

function fixWithCount(document: string): { parses: number; bytes: Uint8Array; edits: number } {
  const read = readDocx(craftedDocx({ document }));
  if (!read.ok) throw new Error(read.error.message);
  let parses = 0;
  const counted: DocxFile = {
    ...read.value,
    source: {
      ...read.value.source,
      element: (span) => {
        parses += 1;
        return read.value.source.element(span);
      },
    },
  };
  const template = catalogTemplate('shuji-closing-report');
  if (!template) throw new Error('no closing report template');
  const plan = planFixes(checkDocument(read.value.model, template, OFFICIAL_PROFILE).findings);
  const fixed = applyEditsToDocx(counted, plan.edits, roleFormatsFromProfile(OFFICIAL_PROFILE));
  if (!fixed.ok) throw new Error(fixed.error.message);
  return { parses, bytes: fixed.value, edits: plan.edits.length };
}

test('500 paragraphs with the same properties: each distinct w:rPr and w:pPr is parsed once', () => {
  const { parses, edits } = fixWithCount(documentXml(paragraphs(500, () => '宋体')));
  expect(edits).toBeGreaterThan(1000);
  expect(parses).toBeLessThanOrEqual(4);
});

test('distinct properties are each rewritten from their own source', () => {
  const fonts = ['宋体', '楷体', '黑体'];
  const document = documentXml(paragraphs(30, (i) => fonts[i % 3]));
  const { parses, bytes } = fixWithCount(document);
  expect(parses).toBeLessThanOrEqual(3 * 2 + 2);
  const again = readDocx(bytes);
  if (!again.ok) throw new Error(again.error.message);
  const template = catalogTemplate('shuji-closing-report');
  if (!template) throw new Error('no closing report template');
  const left = checkDocument(again.value.model, template, OFFICIAL_PROFILE).findings.filter((finding) => ['font', 'font-size', 'line-spacing'].includes(finding.rule));
  expect(left).toEqual([]);
});
