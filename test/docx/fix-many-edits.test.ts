/**
 * Text pasted from a web page can hold tens of thousands of half-width
 * brackets in one paragraph, each in a run of its own. `--fix` writes all of
 * their full-width forms in time that grows with the paragraph, not with the
 * number of edits times the number of runs; python-docx reads the result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { applyEditsToDocx } from '../../src/docx/fix';
import { readDocx } from '../../src/docx/read';
import { catalogTemplate } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { readBytes } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

const RUNS = 40000;

describeWith(pythonDocxTool, 'a paragraph of 40,000 runs, each 中(', () => {
  it('is fixed to 中（ in every run within a few seconds, and python-docx reads it back', () => {
    const dir = tempDir('dj-many-edits');
    const input = join(dir, 'pasted.docx');
    runPython(
      [
        'import sys, docx',
        'document = docx.Document()',
        'document.add_paragraph("基层党建“书记项目”结项报告")',
        'paragraph = document.add_paragraph()',
        `for _ in range(${RUNS}):`,
        '    paragraph.add_run("中(")',
        'document.save(sys.argv[1])',
      ].join('\n'),
      [input],
    );
    const read = readDocx(readBytes(input));
    if (!read.ok) throw new Error(read.error.message);
    const template = catalogTemplate('shuji-closing-report');
    if (!template) throw new Error('catalog template missing');

    const started = Date.now();
    const result = checkDocument(read.value.model, template, OFFICIAL_PROFILE, { rules: ['punctuation-width'] });
    const plan = planFixes(result.findings);
    const fixed = applyEditsToDocx(read.value, plan.edits);
    const ms = Date.now() - started;
    if (!fixed.ok) throw new Error(fixed.error.message);
    expect(plan.edits).toHaveLength(RUNS);
    // Matching every edit against every run took minutes here.
    expect(ms).toBeLessThan(10000);

    const output = join(dir, 'fixed.docx');
    writeFileSync(output, fixed.value);
    const text = runPython('import sys, docx\nprint(docx.Document(sys.argv[1]).paragraphs[1].text, end="")', [output]);
    expect(text).toBe('中（'.repeat(RUNS));
  });
});
