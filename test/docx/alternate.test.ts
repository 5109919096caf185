/**
 * mc:AlternateContent: the checker reads the alternative Word shows — the
 * first Choice whose Requires names only namespaces Word understands, else
 * the Fallback.
 */
import { readDocx } from '../../src/docx/read';
import { craftedDocx, documentXml, paragraphXml } from './crafted';

const NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:future="urn:example:word-2040" mc:Ignorable="w14 future" ';

function texts(body: string): string[] {
  const read = readDocx(craftedDocx({ document: documentXml(body).replace('<w:document ', `<w:document ${NAMESPACES}`) }));
  if (!read.ok) throw new Error(read.error.detail);
  return read.value.model.paragraphs.map((p) => p.text);
}

const alternate = (choices: string, fallback: string) => `<mc:AlternateContent>${choices}<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
const choice = (requires: string, content: string) => `<mc:Choice Requires="${requires}">${content}</mc:Choice>`;

test('a Choice requiring a namespace Word does not know gives way to the Fallback', () => {
  expect(texts(alternate(choice('future', paragraphXml('新版')), paragraphXml('正文')))).toEqual(['正文']);
});

test('a Choice requiring only namespaces Word knows is read, and the Fallback is not', () => {
  expect(texts(alternate(choice('wps', paragraphXml('形状')), paragraphXml('旧版')))).toEqual(['形状']);
  expect(texts(alternate(choice('wps w14', paragraphXml('形状')), paragraphXml('旧版')))).toEqual(['形状']);
});

test('the first Choice Word understands wins; one known and one unknown namespace is not understood', () => {
  const choices = choice('wps future', paragraphXml('甲')) + choice('w14', paragraphXml('乙')) + choice('wps', paragraphXml('丙'));
  expect(texts(alternate(choices, paragraphXml('丁')))).toEqual(['乙']);
});

test('a prefix declared on the Choice itself counts; an undeclared one does not', () => {
  const own = '<mc:Choice Requires="x" xmlns:x="http://schemas.microsoft.com/office/word/2012/wordml">' + paragraphXml('声明') + '</mc:Choice>';
  expect(texts(alternate(own, paragraphXml('后备')))).toEqual(['声明']);
  expect(texts(alternate(choice('nowhere', paragraphXml('未声明')), paragraphXml('后备')))).toEqual(['后备']);
});

test('inside a paragraph, the runs of the alternative Word shows are its text', () => {
  const runs = alternate(choice('future', '<w:r><w:t>新</w:t></w:r>'), '<w:r><w:t>旧</w:t></w:r>');
  expect(texts(`<w:p><w:r><w:t>甲</w:t></w:r>${runs}</w:p>`)).toEqual(['甲旧']);
});
