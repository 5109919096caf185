/**
 * One `dangjian check --fix` leaves nothing a second one would fix, on
 * documents made by other producers: python-docx closing reports (one
 * lacking 二、推进情况 and 三、主要成效, one with no heading at all, one with
 * 宋体 小四 text indented for 小四), every blank template spoiled by
 * python-docx (宋体 小四, 1.5 lines, indents of 24 pt), and a report from our
 * own test writer.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJson, dangjian, REPO } from '../support/cli';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

const FIXTURES = join(REPO, 'test', 'cli', 'fixtures');
const script = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const TEMPLATES = [
  'shuji-application',
  'shuji-filing',
  'shuji-closing-report',
  'shuji-proposal',
  'activity-application',
  'activity-midterm',
  'activity-acceptance',
  'brand-application',
  'brand-case',
];

/** The text of each body paragraph, read by python-docx. */
function paragraphTexts(path: string): string[] {
  const out = runPython('import sys, json\nfrom docx import Document\nprint(json.dumps([p.text for p in Document(sys.argv[1]).paragraphs]))', [path]);
  return JSON.parse(out) as string[];
}

/** What the writer does next: a paragraph of text under each heading that has none, added with python-docx. */
const WRITE_SECTIONS = `
import sys, copy
from docx import Document
document = Document(sys.argv[1])
paragraphs = document.paragraphs
headings = [p for p in paragraphs if p.text[:2] in ("一、", "二、", "三、")]
body = [p for p in paragraphs if p.text and p not in headings][-1]
for heading in headings:
    following = heading._p.getnext()
    if following is not None and following.tag == heading._p.tag and following.xpath("string(.)") and following.xpath("string(.)")[:2] not in ("一、", "二、", "三、"):
        continue
    written = copy.deepcopy(body._p)
    heading._p.addnext(written)
document.save(sys.argv[2])
`;

describeWith(pythonDocxTool, 'one pass of --fix leaves nothing fixable', () => {
  const root = tempDir('dangjian-fix-one-pass');
  const input = join(root, 'in');
  const output = join(root, 'out');

  beforeAll(() => {
    mkdirSync(input);
    for (const variant of ['broken', 'only-summary', 'no-headings', 'compliant-styles']) {
      runPython(script('make_reports.py'), [variant, join(input, `report-${variant}.docx`)]);
    }
    for (const template of TEMPLATES) {
      const blank = join(root, `${template}.docx`);
      expect(dangjian(['new', template, '-o', blank], root).status).toBe(0);
      runPython(script('spoil_format.py'), [blank, join(input, `spoiled-${template}.docx`)]);
    }
    writeFileSync(join(input, 'written-closing-report.docx'), closingReport(4));
    const fix = dangjian(['check', '--fix', '-o', output, input], root);
    expect(fix.stderr).not.toMatch(/\n\s+at /);
  }, 300000);

  it('re-checking every fixed copy finds no finding --fix could fix', () => {
    const { files } = checkJson([output], root);
    expect(files).toHaveLength(readdirSync(input).length);
    const fixableLeft = files.flatMap((file) =>
      file.findings.filter((finding) => finding.fixable).map((finding) => `${file.path} ¶${finding.paragraph} ${finding.rule}: ${finding.message}`),
    );
    expect(fixableLeft).toEqual([]);
    for (const file of files) expect(file.error).toBeNull();
  });

  it('a 结项报告 with only 一、项目简介 gets 二、推进情况 then 三、主要成效, with no order or numbering error', () => {
    const fixed = join(output, 'report-only-summary.docx');
    expect(paragraphTexts(fixed).filter((text) => /^[一二三]、/.test(text))).toEqual(['一、项目简介', '二、推进情况', '三、主要成效']);
    const { files } = checkJson([fixed], root);
    expect(files[0].findings.map((finding) => finding.rule)).toEqual(['required-field', 'required-field']);
  });

  it('a 结项报告 with no heading at all gets 一、 above its text and 二、 三、 after it, in that order', () => {
    const texts = paragraphTexts(join(output, 'report-no-headings.docx')).filter((text) => text !== '');
    expect(texts.filter((text) => /^[一二三]、/.test(text))).toEqual(['一、项目简介', '二、推进情况', '三、主要成效']);
    expect(texts.indexOf('一、项目简介')).toBe(2);
    expect(texts.slice(-2)).toEqual(['二、推进情况', '三、主要成效']);
  });

  it('once the writer fills the inserted sections, the fixed 结项报告 checks clean: exit 0', () => {
    for (const name of ['report-only-summary.docx', 'report-no-headings.docx']) {
      const written = join(root, `written-${name}`);
      runPython(WRITE_SECTIONS, [join(output, name), written]);
      const run = dangjian(['check', written], root);
      expect({ name, status: run.status, stdout: run.stdout }).toEqual({ name, status: 0, stdout: expect.any(String) });
    }
  });
});
