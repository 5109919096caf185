/**
 * WordprocessingML is a namespace, not a prefix: a main part an XML library
 * wrote with `ns0:` for `w:` is the same document, and fixing it must write
 * what fixing the `w:` spelling writes, spelled the part's way.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { Edit } from '../../src/core/edits';
import { applyEditsToDocx } from '../../src/docx/fix';
import { readDocx, type DocxFile } from '../../src/docx/read';
import { craftedDocx, documentXml, stylesXml, W_NS } from './crafted';

const BODY =
  '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr><w:t>支部开展主题党日活动</w:t></w:r><w:r><w:tab/><w:t>共 30 人</w:t></w:r></w:p>' +
  '<w:p><w:r><w:t xml:space="preserve">二、主要做法 </w:t></w:r></w:p>' +
  '<w:p/>' +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

const STYLES = stylesXml(
  '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="21"/></w:rPr></w:style>',
);

const EDITS: Edit[] = [
  { kind: 'set-run-format', paragraph: 0, eastAsiaFont: '方正仿宋_GBK', sizePt: 16 },
  { kind: 'set-paragraph-format', paragraph: 0, lineSpacing: { rule: 'exact', points: 28 }, firstLineChars: 200, alignment: 'both', spaceBeforePt: 0 },
  { kind: 'replace-text', paragraph: 0, start: 0, end: 2, text: '我们' },
  { kind: 'set-run-format', paragraph: 1, eastAsiaFont: '黑体' },
  { kind: 'replace-text', paragraph: 2, start: 0, end: 0, text: '补\t充' },
  { kind: 'set-paragraph-format', paragraph: 2, alignment: 'center' },
  { kind: 'insert-paragraph', before: 1, text: '一、基本情况', role: 'h1' },
  { kind: 'insert-paragraph', before: 3, text: '结尾', role: 'body' },
];

function read(bytes: Uint8Array): DocxFile {
  const result = readDocx(bytes);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.value;
}

function fix(body: string, prefix: string): Uint8Array {
  const fixed = applyEditsToDocx(read(craftedDocx({ document: documentXml(body, prefix), styles: STYLES })), EDITS);
  if (!fixed.ok) throw new Error(`${fixed.error.message} (${fixed.error.detail})`);
  return fixed.value;
}

/** Every element and prefixed attribute of the main part, by namespace URI and local name. */
function expandedNames(bytes: Uint8Array): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  parser.on('opentag', (tag) => {
    names.push(`{${tag.uri}}${tag.local}`);
    for (const attribute of Object.values(tag.attributes)) if (attribute.prefix && attribute.prefix !== 'xmlns') names.push(`@{${attribute.uri}}${attribute.local}`);
  });
  parser.write(new TextDecoder().decode(unzipSync(bytes)['word/document.xml'])).close();
  return names;
}

test('a main part written with ns0: is fixed, and reads back as the w: spelling fixed does', () => {
  const asW = fix(BODY, 'w');
  const asNs0 = fix(BODY.replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:/g, ' ns0:'), 'ns0');
  expect(read(asNs0).model.paragraphs).toEqual(read(asW).model.paragraphs);
  expect(read(asNs0).model.paragraphs.map((p) => p.text)).toEqual(['我们开展主题党日活动\t共 30 人', '一、基本情况', '二、主要做法 ', '补\t充', '结尾']);
  expect(read(asNs0).model.paragraphs[0].runs[0].format).toMatchObject({ eastAsiaFont: '方正仿宋_GBK', sizePt: 16 });
  // Namespace-aware: the same elements and attributes in the same namespaces, and nothing left in no namespace.
  expect(expandedNames(asNs0)).toEqual(expandedNames(asW));
  expect(expandedNames(asNs0).filter((name) => name.startsWith('{}') || name.startsWith('@{}'))).toEqual([]);
  expect(expandedNames(asNs0)).toContain(`@{${W_NS}}eastAsia`);
});

test('a default-namespace part that also binds w: is fixed as the w: spelling is', () => {
  const body = BODY.replace(/<(\/?)w:/g, '<$1');
  const bytes = craftedDocx({ document: documentXml(body, '').replace('<document ', `<document xmlns:w="${W_NS}" `), styles: STYLES });
  const fixed = applyEditsToDocx(read(bytes), EDITS);
  if (!fixed.ok) throw new Error(fixed.error.detail);
  expect(read(fixed.value).model.paragraphs).toEqual(read(fix(BODY, 'w')).model.paragraphs);
});

test('a part with WordprocessingML only as its default namespace is refused with the fix plan message, not written wrong', () => {
  const file = read(craftedDocx({ document: documentXml('<p><r><t>支部</t></r></p>', '') }));
  expect(file.model.paragraphs.map((p) => p.text)).toEqual(['支部']);
  const fixed = applyEditsToDocx(file, [{ kind: 'set-run-format', paragraph: 0, eastAsiaFont: '黑体' }]);
  expect(fixed.ok ? 'written' : fixed.error.message).toMatch(/^修复计划与文档不一致/);
});
