import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockFieldTags } from '../../src/templates/fields';
import {
  chineseNumeral,
  escapeXml,
  paragraphXml,
  renderFlatOpc,
  renderMarkerCustomXml,
  renderTemplateBody,
  runPropertiesXml,
} from '../../src/templates/ooxml';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Template } from '../../src/templates/schema';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';
import { ISSUED_CATALOG as CATALOG } from './support/school';

const byId = (id: string) => CATALOG.find((template) => template.id === id) as Template;

describe('OOXML for one paragraph, as the pane inserts a missing heading or body line', () => {
  test('body text carries 方正仿宋_GBK 三号, exact 28 pt, no space around and a two-character indent, directly', () => {
    const xml = paragraphXml({ text: '正文', role: 'body', profile: OFFICIAL_PROFILE });
    expect(xml).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="方正仿宋_GBK" w:cs="Times New Roman" w:hint="eastAsia"/>');
    expect(xml).toContain('<w:sz w:val="32"/><w:szCs w:val="32"/>');
    expect(xml).toContain('<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>');
    expect(xml).toContain('<w:ind w:firstLineChars="200" w:firstLine="640"/>');
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).not.toContain('exactly');
  });

  test('a title is 方正小标宋简体 二号, centred, with an explicit zero indent so a host style cannot indent it', () => {
    const xml = paragraphXml({ text: '标题', role: 'title', profile: OFFICIAL_PROFILE });
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toContain('<w:ind w:firstLineChars="0" w:firstLine="0"/>');
  });

  test('run properties state bold either way and a colour only when asked', () => {
    expect(runPropertiesXml({ eastAsiaFont: '方正黑体_GBK', sizePt: 16, bold: true })).toContain('<w:b/><w:bCs/>');
    expect(runPropertiesXml({ eastAsiaFont: '方正黑体_GBK', sizePt: 16 })).toContain('<w:b w:val="0"/>');
    expect(runPropertiesXml({ eastAsiaFont: '仿宋', sizePt: 10.5, color: '808080' })).toContain('<w:color w:val="808080"/><w:sz w:val="21"/>');
  });

  test('text is escaped', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
    expect(paragraphXml({ text: 'A&B<C>', role: 'body', profile: OFFICIAL_PROFILE })).toContain('A&amp;B&lt;C&gt;');
  });

  test('headings are numbered the 公文 way', () => {
    expect([1, 9, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '九', '十', '十二', '二十', '三十五']);
    expect(renderTemplateBody(byId('shuji-proposal'), OFFICIAL_PROFILE)).toContain('五、推进措施');
  });
});

describe('the marker part', () => {
  test('names the template and project in the namespace the reader expects', () => {
    expect(renderMarkerCustomXml({ templateId: 'brand-case', projectId: 'p&1' })).toBe(
      '<dj:project xmlns:dj="urn:dangjian:project"><dj:templateId>brand-case</dj:templateId><dj:projectId>p&amp;1</dj:projectId></dj:project>',
    );
  });
});

const INSPECT_FLAT_OPC = `
import json, sys
from lxml import etree
NS = {'pkg': 'http://schemas.microsoft.com/office/2006/xmlPackage', 'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}
root = etree.fromstring(open(sys.argv[1], 'rb').read())
parts = root.xpath('/pkg:package/pkg:part/@pkg:name', namespaces=NS)
body = root.xpath('//pkg:part[@pkg:name="/word/document.xml"]//w:body', namespaces=NS)[0]
print(json.dumps({
  'parts': [str(p) for p in parts],
  'paragraphs': len(body.xpath('.//w:p', namespaces=NS)),
  'paragraphsWithFont': len(body.xpath('.//w:p[w:pPr/w:rPr/w:rFonts/@w:eastAsia]', namespaces=NS)),
  'runs': len(body.xpath('.//w:r', namespaces=NS)),
  'runsWithFont': len(body.xpath('.//w:r[w:rPr/w:rFonts/@w:eastAsia and w:rPr/w:sz]', namespaces=NS)),
  'tags': [str(t) for t in body.xpath('.//w:sdt/w:sdtPr/w:tag/@w:val', namespaces=NS)],
  'sectPr': len(body.xpath('.//w:sectPr', namespaces=NS)),
  'lineRules': sorted(set(str(v) for v in body.xpath('.//w:spacing/@w:lineRule', namespaces=NS))),
}, ensure_ascii=False))
`;

describeWith(pythonDocxTool, 'the flat OPC package Word’s insertOoxml takes', () => {
  test.each(CATALOG.map((template) => [template.id, template]))('%s parses as XML, every paragraph and run in a stated font, no section break', (_id, template) => {
    const path = join(tempDir('dj-flat'), `${template.id}.xml`);
    writeFileSync(path, renderFlatOpc(template, OFFICIAL_PROFILE, { values: { org: '机电工程学院党总支 <测试> & 校对' } }));
    const inspected = JSON.parse(runPython(INSPECT_FLAT_OPC, [path])) as {
      parts: string[];
      paragraphs: number;
      paragraphsWithFont: number;
      runs: number;
      runsWithFont: number;
      tags: string[];
      sectPr: number;
      lineRules: string[];
    };
    expect(inspected.parts).toEqual(['/_rels/.rels', '/word/document.xml']);
    expect(inspected.paragraphsWithFont).toBe(inspected.paragraphs);
    expect(inspected.runsWithFont).toBe(inspected.runs);
    expect([...inspected.tags].sort()).toEqual(blockFieldTags(template).sort());
    expect(inspected.sectPr).toBe(0);
    expect(inspected.lineRules.every((rule) => rule === 'exact' || rule === 'auto')).toBe(true);
  });
});
