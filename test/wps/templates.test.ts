/**
 * A 书记 working in WPS 文字 inserts each official form through the WPS
 * host, types into its fields, checks, fixes all and saves. What WPS then
 * saves checks with no format finding at all, and an independent reader
 * (python-docx) sees the profile's East Asian fonts and 固定值 28 磅.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { readDocx } from '../../src/docx/read';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';
import { catalogTemplate, openWps, typeIntoFields } from './support';

const FORMAT_RULES = ['font', 'font-size', 'line-spacing', 'first-line-indent', 'alignment'];

async function filledAndFixed(id: string) {
  const template = catalogTemplate(id);
  const { wps, host } = openWps();
  const marker = await host.insertTemplate(template, OFFICIAL_PROFILE, 'cursor');
  const typed = typeIntoFields(wps, template);
  const checked = checkDocument(await host.readDocument(), template, OFFICIAL_PROFILE);
  await host.applyEdits(planFixes(checked.findings).edits);
  const docx = await host.getFile('docx');
  return { template, marker, typed, docx, wps };
}

describe('each catalog template through the WPS host', () => {
  test.each(CATALOG.map((template) => template.id))('%s: inserted, typed into, fixed and saved, it checks with no format finding and keeps its marker', async (id) => {
    const { template, marker, typed, docx } = await filledAndFixed(id);
    expect(typed).toBeGreaterThan(0);
    const read = readDocx(docx);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.marker).toEqual({ templateId: id, projectId: marker.projectId });
    const result = checkDocument(read.value.model, template, OFFICIAL_PROFILE);
    expect(result.findings.filter((finding) => FORMAT_RULES.includes(finding.rule))).toEqual([]);
    // Every typed field counts as filled: the placeholder gave way to the text.
    expect(result.findings.filter((finding) => finding.rule === 'required-field')).toEqual([]);
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describeWith(pythonDocxTool, 'python-docx reads a template saved from WPS with the profile fonts and exact 28 pt', () => {
  test.each(CATALOG.map((template) => template.id))('%s', async (id) => {
    const { docx } = await filledAndFixed(id);
    const path = join(tempDir('wps-template'), `${id}.docx`);
    writeFileSync(path, docx);
    const script = `
import sys, json
from docx import Document
from docx.oxml.ns import qn
doc = Document(sys.argv[1])
def paragraphs(container):
    for p in container.paragraphs:
        yield p
    for t in getattr(container, 'tables', []):
        for row in t.rows:
            for cell in row.cells:
                yield from paragraphs(cell)
out = []
for p in paragraphs(doc):
    if not p.text.strip():
        continue
    fonts = set()
    for r in p._p.iter(qn('w:r')):
        t = r.find(qn('w:t'))
        if t is None or not (t.text or '').strip():
            continue
        rpr = r.find(qn('w:rPr'))
        f = rpr.find(qn('w:rFonts')) if rpr is not None else None
        fonts.add(f.get(qn('w:eastAsia')) if f is not None else None)
    s = p._p.find(qn('w:pPr') + '/' + qn('w:spacing'))
    out.append({'text': p.text, 'fonts': sorted(x or '' for x in fonts),
                'line': s.get(qn('w:line')) if s is not None else None,
                'rule': s.get(qn('w:lineRule')) if s is not None else None,
                'inTable': p._p.getparent().tag == qn('w:tc')})
print(json.dumps(out, ensure_ascii=False))
`;
    const paragraphs = JSON.parse(runPython(script, [path])) as { text: string; fonts: string[]; line: string | null; rule: string | null; inTable: boolean }[];
    expect(paragraphs.length).toBeGreaterThan(0);
    const accepted = new Set(Object.values(OFFICIAL_PROFILE.roles).flatMap((role) => [role.fonts.preferred, ...role.fonts.accepted]));
    for (const paragraph of paragraphs) {
      for (const font of paragraph.fonts) expect({ text: paragraph.text, font, accepted: accepted.has(font) }).toEqual({ text: paragraph.text, font, accepted: true });
      if (!paragraph.inTable) expect({ text: paragraph.text, line: paragraph.line, rule: paragraph.rule }).toEqual({ text: paragraph.text, line: '560', rule: 'exact' });
    }
  }, 60000);
});
