/**
 * A pack's profile is refused when a value could not be written into a
 * document Word opens: a size of 1e300, an indent of 2^40 hundredths of a
 * character, a font name holding a control character. The message names the
 * place in the pack. Font names with `&` or `<` are real names: they load, and
 * the documents written with them are valid XML.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { loadPack } from '../../src/templates/pack';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Profile } from '../../src/templates/schema';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

type Mutable = Record<string, unknown> & { roles: Record<string, Record<string, unknown> & { fonts: Record<string, unknown> }> };

function schoolProfile(change: (profile: Mutable) => void): Mutable {
  const profile = JSON.parse(JSON.stringify({ ...OFFICIAL_PROFILE, id: 'school', name: '某某大学' })) as Mutable;
  change(profile);
  return profile;
}

function refusal(change: (profile: Mutable) => void): string {
  const result = loadPack({ profiles: [schoolProfile(change)] }, 'school.json');
  if (result.ok) throw new Error('expected the pack to be refused');
  expect(result.error.code).toBe('pack-invalid');
  return result.error.message;
}

describe('a profile whose numbers Word cannot take is refused, naming the place', () => {
  it('a title size of 1e300 pt, or under 5 pt', () => {
    expect(refusal((p) => (p.roles.title.sizePt = 1e300))).toBe('模板包 school.json 第 profiles[0].roles.title.sizePt 处：应不大于 72。请改正模板包后重试。');
    expect(refusal((p) => (p.roles.body.sizePt = 0.5))).toContain('profiles[0].roles.body.sizePt 处：应不小于 5');
    expect(refusal((p) => (p.roles.body.acceptedSizesPt = [16, 900]))).toContain('profiles[0].roles.body.acceptedSizesPt[1] 处：应不大于 72');
  });

  it('a first-line indent of 2^40 hundredths of a character', () => {
    expect(refusal((p) => (p.roles.body.firstLineChars = 2 ** 40))).toContain('profiles[0].roles.body.firstLineChars 处：应不大于 1000');
  });

  it('line spacing of a million points or a thousand lines, and space after of a billion points', () => {
    expect(refusal((p) => (p.lineSpacing = { rule: 'exact', points: 1e6 }))).toContain('profiles[0].lineSpacing.points 处：应不大于 200');
    expect(refusal((p) => (p.roles.h1.lineSpacing = { rule: 'multiple', lines: 1000 }))).toContain('profiles[0].roles.h1.lineSpacing.lines 处：应不大于 10');
    expect(refusal((p) => (p.spaceAfterPt = 1e9))).toContain('profiles[0].spaceAfterPt 处：应不大于 200');
  });
});

describe('a font name that cannot be written is refused', () => {
  it('a control character in the preferred font', () => {
    expect(refusal((p) => (p.roles.body.fonts.preferred = '方正仿宋\u0001_GBK'))).toContain('profiles[0].roles.body.fonts.preferred 处：含有文档中不能出现的控制字符 U+0001');
  });

  it('a line break, or an escape sequence that would reach the terminal, in an accepted font', () => {
    expect(refusal((p) => (p.roles.body.fonts.accepted = ['仿宋', '仿宋\nGB2312']))).toContain('profiles[0].roles.body.fonts.accepted[1] 处：字体名称不能含控制字符');
    expect(refusal((p) => (p.roles.body.fonts.accepted = ['\u001b[31m仿宋']))).toContain('profiles[0].roles.body.fonts.accepted[0] 处：含有文档中不能出现的控制字符 U+001B');
  });

  it('a font name of a thousand characters', () => {
    expect(refusal((p) => (p.roles.h2.fonts.preferred = '楷'.repeat(1000)))).toContain('profiles[0].roles.h2.fonts.preferred 处：不能超过 64 个字符');
  });

  it('a control character anywhere else in the pack, such as a template title', () => {
    const closing = CATALOG.find((template) => template.id === 'shuji-closing-report');
    const result = loadPack({ templates: [{ id: closing?.id, blocks: [{ type: 'title', text: '结项\u0007报告' }, ...(closing?.blocks.slice(1) ?? [])] }] }, 'school.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('templates[0].blocks[0].text 处：含有文档中不能出现的控制字符 U+0007');
  });
});

describeWith(pythonDocxTool, 'a font name with & and < writes a document python-docx reads', () => {
  it('the blank template carries the name exactly', () => {
    const font = 'Fang & Song <GB>';
    const loaded = loadPack({ profiles: [schoolProfile((p) => (p.roles.body.fonts.preferred = font))] }, 'school.json');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const profile = loaded.value.profiles[0] as Profile;
    const template = CATALOG.find((entry) => entry.id === 'shuji-closing-report');
    if (!template) throw new Error('catalog template missing');
    const path = join(tempDir('dj-pack-font'), 'report.docx');
    writeFileSync(path, writeTemplateDocx(template, profile, { projectId: '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f' }));
    const fonts = runPython(
      [
        'import sys, docx',
        'from docx.oxml.ns import qn',
        'document = docx.Document(sys.argv[1])',
        'names = set()',
        'for element in document.element.body.iter(qn("w:rFonts")):',
        '    names.add(element.get(qn("w:eastAsia")))',
        'for element in document.styles.element.iter(qn("w:rFonts")):',
        '    names.add(element.get(qn("w:eastAsia")))',
        'print("\\n".join(sorted(name for name in names if name)))',
      ].join('\n'),
      [path],
    );
    expect(fonts.split('\n')).toContain(font);
  });
});
