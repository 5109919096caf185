/**
 * A 书记 opens an empty document and inserts one of the nine official
 * forms. What Word then saves must pass the same check the 组织部 runs
 * (only the blank fields are reported: a blank form has empty fields), and
 * an independent reader (python-docx) must see the profile's East Asian
 * fonts and 固定值 28 磅.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { readDocx } from '../../src/docx/read';
import { createInMemoryWord } from '../../src/dev/word-host';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { createWordDocumentHost } from '../../src/word/adapter';
import { describeWith, pythonDocxTool, runPython } from '../support/tools';

async function insertIntoEmptyDocument(templateId: string): Promise<{ docx: Uint8Array; syncs: number; projectId: string }> {
  const template = CATALOG.find((entry) => entry.id === templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const word = createInMemoryWord();
  const host = createWordDocumentHost(word.api);
  const marker = await host.insertTemplate(template, OFFICIAL_PROFILE, 'cursor');
  return { docx: word.saveDocx(), syncs: word.syncCount, projectId: marker.projectId ?? '' };
}

describe('inserting a catalog template into an empty document', () => {
  test.each(CATALOG.map((template) => template.id))('%s: the saved document has no error, its blank fields listed as warnings', async (id) => {
    const template = CATALOG.find((entry) => entry.id === id);
    if (!template) throw new Error(id);
    const { docx, syncs, projectId } = await insertIntoEmptyDocument(id);
    expect(syncs).toBeLessThanOrEqual(2);
    const read = readDocx(docx);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.marker).toEqual({ templateId: id, projectId });
    const result = checkDocument(read.value.model, template, OFFICIAL_PROFILE);
    // A freshly inserted template has no errors at all: its blank fields are
    // listed as warnings (one per required field), beside the unsigned （盖章）/日期 lines.
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const requiredFields = template.fields.filter((field) => field.required).length;
    const blankFields = result.findings.filter((finding) => finding.rule === 'required-field');
    expect(blankFields.length).toBe(requiredFields);
    expect(blankFields.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(result.findings.filter((finding) => !['required-field', 'placeholder'].includes(finding.rule))).toEqual([]);
    const formatWarnings = result.findings.filter((finding) => ['font', 'font-size', 'line-spacing', 'first-line-indent', 'alignment'].includes(finding.rule));
    expect(formatWarnings).toEqual([]);
  });
});

describeWith(pythonDocxTool, 'python-docx reads an inserted template with the profile fonts and exact 28 pt', () => {
  test.each(CATALOG.map((template) => template.id))('%s', async (id) => {
    const { docx } = await insertIntoEmptyDocument(id);
    const dir = mkdtempSync(join(tmpdir(), 'word-insert-'));
    const path = join(dir, `${id}.docx`);
    writeFileSync(path, docx);
    const script = `
import sys, json
from docx import Document
from docx.oxml.ns import qn
doc = Document(sys.argv[1])
out = []
def paragraphs(container):
    for p in container.paragraphs:
        yield p
    for t in getattr(container, 'tables', []):
        for row in t.rows:
            for cell in row.cells:
                yield from paragraphs(cell)
for p in paragraphs(doc):
    if not p.text.strip():
        continue
    pf = p.paragraph_format
    fonts = set()
    for r in p._p.iter(qn('w:r')):
        rpr = r.find(qn('w:rPr'))
        f = rpr.find(qn('w:rFonts')) if rpr is not None else None
        if r.find(qn('w:t')) is not None and (r.find(qn('w:t')).text or '').strip():
            fonts.add(f.get(qn('w:eastAsia')) if f is not None else None)
    spacing = p._p.find(qn('w:pPr') + '/' + qn('w:spacing'))
    out.append({'text': p.text, 'fonts': sorted(x or '' for x in fonts),
                'line': spacing.get(qn('w:line')) if spacing is not None else None,
                'rule': spacing.get(qn('w:lineRule')) if spacing is not None else None,
                'inTable': p._p.getparent().tag == qn('w:tc')})
print(json.dumps(out, ensure_ascii=False))
`;
    const paragraphs = JSON.parse(runPython(script, [path])) as { text: string; fonts: string[]; line: string | null; rule: string | null; inTable: boolean }[];
    expect(paragraphs.length).toBeGreaterThan(0);
    const accepted = new Set(
      Object.values(OFFICIAL_PROFILE.roles).flatMap((role) => [role.fonts.preferred, ...role.fonts.accepted]),
    );
    for (const paragraph of paragraphs) {
      for (const font of paragraph.fonts) expect({ text: paragraph.text, font, accepted: accepted.has(font) }).toEqual({ text: paragraph.text, font, accepted: true });
      if (!paragraph.inTable) expect({ text: paragraph.text, line: paragraph.line, rule: paragraph.rule }).toEqual({ text: paragraph.text, line: '560', rule: 'exact' });
    }
  });
});
