/**
 * Where the 方正 fonts are not installed, a generated document still shows
 * its hierarchy: its font table names a stand-in for every font, and a
 * LibreOffice with the shipped fontconfig stand-ins draws title, 一级标题,
 * 署名 line and body in four different faces.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { fontTableEntry } from '../../src/templates/ooxml';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { RoleName, Template } from '../../src/templates/schema';
import { describeWith, pythonDocxTool, runPython, sofficeTool, tempDir } from '../support/tools';

const PROJECT_ID = '3c9a1f20-5b7e-4d21-8f3a-6e0b9c2d4a17';
const REPO = join(__dirname, '..', '..');

/** python-docx finds the part through the document's relationship, so the relationship and content type are checked too. */
const READ_FONT_TABLE = `
import json, sys, docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
document = docx.Document(sys.argv[1])
part = document.part.part_related_by(RT.FONT_TABLE)
from lxml import etree
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
root = etree.fromstring(part.blob)
def val(font, name):
    child = font.find(W + name)
    return None if child is None else child.get(W + 'val')
print(json.dumps({
    'partname': str(part.partname),
    'contentType': part.content_type,
    'fonts': [{
        'name': font.get(W + 'name'),
        'altName': val(font, 'altName'),
        'panose': val(font, 'panose1'),
        'charset': val(font, 'charset'),
        'family': val(font, 'family'),
        'pitch': val(font, 'pitch'),
    } for font in root.findall(W + 'font')],
}, ensure_ascii=False))
`;

interface ReadFontTable {
  readonly partname: string;
  readonly contentType: string;
  readonly fonts: readonly { name: string; altName: string | null; panose: string | null; charset: string | null; family: string | null; pitch: string | null }[];
}

function write(template: Template, dir: string): string {
  const path = join(dir, `${template.id}.docx`);
  writeFileSync(path, writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: PROJECT_ID }));
  return path;
}

describe('the font table names a stand-in for each font', () => {
  test.each([
    ['方正小标宋简体', '宋体'],
    ['方正黑体_GBK', '黑体'],
    ['方正仿宋_GBK', '仿宋'],
    ['仿宋_GB2312', '仿宋'],
    ['楷体_GB2312', '楷体'],
    ['方正楷体_GBK', '楷体'],
    ['黑体', 'SimHei'],
    ['楷体', 'KaiTi'],
  ])('%s falls back to %s, described as a GB2312 font', (name, altName) => {
    expect(fontTableEntry(name)).toMatchObject({ name, altName, charset: '86' });
  });

  test('a font a pack names is classed by its name, an unknown one still gets a GB2312 entry', () => {
    expect(fontTableEntry('华康仿宋体').altName).toBe('仿宋');
    expect(fontTableEntry('汉仪中黑')).toMatchObject({ altName: '黑体', family: 'modern' });
    expect(fontTableEntry('思源手写')).toEqual({ name: '思源手写', panose: '00000000000000000000', charset: '86', family: 'auto', pitch: 'variable' });
  });
});

describeWith(pythonDocxTool, 'a written template read back by python-docx', () => {
  test.each(CATALOG.map((template) => [template.id, template]))('%s has a font table entry for every font its profile uses', (_id, template) => {
    const read = JSON.parse(runPython(READ_FONT_TABLE, [write(template, tempDir('dj-fonttable'))])) as ReadFontTable;
    expect(read.partname).toBe('/word/fontTable.xml');
    expect(read.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml');
    const byName = new Map(read.fonts.map((font) => [font.name, font]));
    expect([...byName.keys()].sort()).toEqual(['Times New Roman', '方正仿宋_GBK', '方正小标宋简体', '方正楷体_GBK', '方正黑体_GBK', '楷体_GB2312'].sort());
    expect(byName.get('方正小标宋简体')).toEqual({ name: '方正小标宋简体', altName: '宋体', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' });
    expect(byName.get('方正黑体_GBK')).toEqual({ name: '方正黑体_GBK', altName: '黑体', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' });
    expect(byName.get('方正仿宋_GBK')).toMatchObject({ altName: '仿宋', charset: '86', family: 'modern' });
    expect(byName.get('楷体_GB2312')).toEqual({ name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' });
    expect(byName.get('方正楷体_GBK')).toMatchObject({ altName: '楷体', charset: '86' });
    expect(byName.get('Times New Roman')).toEqual({ name: 'Times New Roman', altName: null, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' });
  });
});

/** The face each role comes out in with config/fontconfig/65-dangjian-cjk.conf and Debian's fonts-noto-cjk and fonts-arphic-ukai. */
const FACE_BY_ROLE: Partial<Record<RoleName, string>> = {
  title: 'Noto Serif CJK Bold',
  h1: 'Noto Sans CJK',
  org: 'AR PL UKai',
  body: 'Noto Serif CJK',
  'table-cell': 'Noto Serif CJK',
};

/** pdffonts' names ("CAAAAA+NotoSerifCJKjp-Bold-VKana", "DAAAAA+UKaiCN") as faces. */
function face(pdfFontName: string): string {
  const name = pdfFontName.replace(/^[A-Z]{6}\+/, '');
  if (/^NotoSerifCJK.*-Bold/.test(name)) return 'Noto Serif CJK Bold';
  if (/^NotoSerifCJK/.test(name)) return 'Noto Serif CJK';
  if (/^NotoSansCJK/.test(name)) return 'Noto Sans CJK';
  if (/UKai/.test(name)) return 'AR PL UKai';
  return name;
}

/** Latin text (Times New Roman) falls to a Latin face of LibreOffice's own choosing: only the Chinese faces count here. */
const LATIN_FACES = /^(DejaVu|Liberation|OpenSymbol)/;

function pdfFaces(pdf: string): Set<string> {
  const lines = execFileSync('/usr/bin/pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return new Set(lines.filter((line) => line.trim() !== '').map((line) => face(line.split(/\s+/)[0])).filter((name) => !LATIN_FACES.test(name)));
}

function rolesOf(template: Template): Set<RoleName> {
  const roles = new Set<RoleName>();
  for (const block of template.blocks) {
    if (block.type === 'title') roles.add('title');
    if (block.type === 'org') roles.add('org');
    if (block.type === 'section') roles.add(block.level === 1 ? 'h1' : 'h2').add('body');
    if (block.type === 'paragraph' || block.type === 'signature') roles.add('body');
    if (block.type === 'form') roles.add('table-cell');
  }
  return roles;
}

describeWith(sofficeTool, 'LibreOffice draws each role of a written template in its own stand-in face', () => {
  let pdfDir: string;
  beforeAll(() => {
    const dir = tempDir('dj-fonts-lo');
    const inputs = CATALOG.map((template) => write(template, dir));
    pdfDir = join(dir, 'pdf');
    mkdirSync(pdfDir);
    const fontconfig = join(dir, 'fonts.conf');
    writeFileSync(
      fontconfig,
      '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>' +
        '<include ignore_missing="no">/etc/fonts/fonts.conf</include>' +
        `<include ignore_missing="no">${join(REPO, 'config', 'fontconfig', '65-dangjian-cjk.conf')}</include>` +
        '</fontconfig>',
    );
    const profile = tempDir('lo-profile');
    execFileSync(
      '/usr/bin/soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', pdfDir, ...inputs],
      { stdio: 'pipe', timeout: 300000, env: { ...process.env, FONTCONFIG_FILE: fontconfig } },
    );
  }, 300000);

  test('the closing report: title, 一级标题, 署名 line and body in four different faces', () => {
    const faces = pdfFaces(join(pdfDir, 'shuji-closing-report.pdf'));
    expect(faces).toEqual(new Set(['Noto Serif CJK Bold', 'Noto Sans CJK', 'AR PL UKai', 'Noto Serif CJK']));
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s shows the face of each role it has', (id, template) => {
    const expected = new Set([...rolesOf(template)].map((role) => FACE_BY_ROLE[role] as string));
    expect(pdfFaces(join(pdfDir, `${id}.pdf`))).toEqual(expected);
  });
});
