/**
 * A 书记 inserts the 申报表 and types the project's name into its field. In
 * Word the grey placeholder gives way to what is typed, in the field's own
 * font, and the field no longer counts as unfilled. The in-memory Word must
 * do the same, whether the text arrives through `ContentControl.insertText`
 * or through a paragraph's `insertText` inside the field.
 */
import { strFromU8, unzipSync } from 'fflate';
import { checkDocument } from '../../src/core/check';
import type { DocumentModel } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { createInMemoryWord, type InMemoryWord } from '../../src/dev/word-host';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Template } from '../../src/templates/schema';
import { createWordDocumentHost } from '../../src/word/adapter';

const PROJECT_NAME = '“党建+专业”双融双促育人工程';

function template(id: string): Template {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

async function documentWith(id: string): Promise<InMemoryWord> {
  const word = createInMemoryWord();
  await createWordDocumentHost(word.api).insertTemplate(template(id), OFFICIAL_PROFILE, 'cursor');
  return word;
}

function saved(word: InMemoryWord): DocumentModel {
  const read = readDocx(word.saveDocx());
  if (!read.ok) throw new Error(read.error.message);
  return read.value.model;
}

function control(model: DocumentModel, tag: string) {
  const found = model.contentControls.find((candidate) => candidate.tag === tag);
  if (!found) throw new Error(`no control ${tag}`);
  return found;
}

/** The East Asian font and size of the runs of the paragraph that holds the field. */
function fieldFonts(model: DocumentModel, tag: string): { font?: string; size?: number }[] {
  const paragraph = model.paragraphs[control(model, tag).paragraph];
  return (paragraph?.runs ?? []).map((run) => ({ font: run.format.eastAsiaFont, size: run.format.sizePt }));
}

function requiredFieldAt(model: DocumentModel, id: string, paragraph: number) {
  return checkDocument(model, template(id), OFFICIAL_PROFILE).findings.filter((finding) => finding.rule === 'required-field' && finding.paragraph === paragraph + 1);
}

/** The w:sdt element tagged `tag` in the saved word/document.xml. */
function controlXml(word: InMemoryWord, tag: string): string {
  const xml = strFromU8(unzipSync(word.saveDocx())['word/document.xml'] as Uint8Array);
  const sdts = xml.split('<w:sdt>').slice(1).map((piece) => piece.slice(0, piece.indexOf('</w:sdt>')));
  const found = sdts.find((sdt) => sdt.includes(`<w:tag w:val="${tag}"/>`));
  if (!found) throw new Error(`no sdt ${tag}`);
  return found;
}

describe('typing into a field of an inserted form', () => {
  test('ContentControl.insertText replaces the 项目名称 placeholder; the saved form shows the name in the field’s font and checks it as filled', async () => {
    const word = await documentWith('shuji-application');
    const before = saved(word);
    expect(control(before, 'projectName').showingPlaceholder).toBe(true);
    const placeholderFonts = fieldFonts(before, 'projectName');
    expect(requiredFieldAt(before, 'shuji-application', control(before, 'projectName').paragraph)).toHaveLength(1);

    await word.api.run(async (context) => {
      const fields = context.document.contentControls.getByTag('projectName');
      fields.load('items');
      await context.sync();
      fields.items[0]?.insertText(PROJECT_NAME, 'Replace');
      await context.sync();
    });

    const after = saved(word);
    const field = control(after, 'projectName');
    expect(field.text).toBe(PROJECT_NAME);
    expect(field.showingPlaceholder).toBe(false);
    expect(after.paragraphs[field.paragraph]?.text).toBe(PROJECT_NAME);
    expect(fieldFonts(after, 'projectName')).toEqual([placeholderFonts[0]]);
    expect(requiredFieldAt(after, 'shuji-application', field.paragraph)).toEqual([]);
    // The placeholder's grey does not carry over to what was typed.
    expect(controlXml(word, 'projectName')).not.toContain('w:color');
  });

  test('a paragraph’s insertText inside a section’s field replaces its guidance and keeps the body font', async () => {
    const word = await documentWith('shuji-closing-report');
    const before = saved(word);
    const summary = control(before, 'summary');
    expect(summary.showingPlaceholder).toBe(true);
    const bodyFont = fieldFonts(before, 'summary')[0];

    const typed = await word.api.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      // The writer clicks into the middle of the grey guidance and starts typing.
      const range = paragraphs.items[summary.paragraph]?.search('拟解决').getFirst();
      const inserted = range?.insertText('本项目聚焦学生党员教育管理。', 'Start');
      inserted?.load('text');
      await context.sync();
      return inserted?.text;
    });

    expect(typed).toBe('本项目聚焦学生党员教育管理。');
    const after = saved(word);
    const field = control(after, 'summary');
    expect(field.showingPlaceholder).toBe(false);
    expect(field.text).toBe('本项目聚焦学生党员教育管理。');
    expect(fieldFonts(after, 'summary')).toEqual([bodyFont]);
    expect(after.paragraphs).toHaveLength(before.paragraphs.length);
  });

  test('typing more into a filled field adds to it; emptying a field leaves it unfilled', async () => {
    const word = await documentWith('shuji-application');
    await word.api.run(async (context) => {
      const field = context.document.contentControls.getByTag('projectName').getFirst();
      field.insertText('育人工程', 'Replace');
      field.insertText('“党建+专业”', 'Start');
      field.load('text');
      await context.sync();
      expect(field.text).toBe('“党建+专业”育人工程');
    });
    expect(control(saved(word), 'projectName')).toMatchObject({ text: '“党建+专业”育人工程', showingPlaceholder: false });
    await word.api.run(async (context) => {
      context.document.contentControls.getByTag('projectName').getFirst().insertText('', 'Replace');
      await context.sync();
    });
    const model = saved(word);
    const field = control(model, 'projectName');
    expect(field.text).toBe('');
    expect(requiredFieldAt(model, 'shuji-application', field.paragraph)).toHaveLength(1);
  });

  test('a control as Word writes it (grey PlaceholderText style, no control run properties): typed text drops the style, keeps the run’s font', async () => {
    const word = createInMemoryWord();
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const paragraph =
      `<w:p><w:sdt><w:sdtPr><w:alias w:val="负责人"/><w:tag w:val="leader"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` +
      `<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:rFonts w:eastAsia="方正仿宋_GBK"/><w:sz w:val="32"/></w:rPr><w:t>单击此处输入文字。</w:t></w:r>` +
      `</w:sdtContent></w:sdt></w:p>`;
    const flatOpc =
      `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
      `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` +
      `</pkg:xmlData></pkg:part>` +
      `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
      `<w:document xmlns:w="${W}"><w:body>${paragraph}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
    await word.api.run(async (context) => {
      context.document.body.insertOoxml(flatOpc, 'Replace');
      await context.sync();
      const field = context.document.contentControls.getByTag('leader').getFirst();
      field.insertText('张三', 'Replace');
      await context.sync();
    });
    const model = saved(word);
    expect(control(model, 'leader')).toMatchObject({ text: '张三', showingPlaceholder: false });
    expect(fieldFonts(model, 'leader')).toEqual([{ font: '方正仿宋_GBK', size: 16 }]);
    expect(controlXml(word, 'leader')).not.toContain('PlaceholderText');
  });
});
