import { checkDocument } from '../../src/core/check';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';

/** Rules about the form of the document, which a blank template must already satisfy. */
const FORMAT_RULES = ['font', 'font-size', 'line-spacing', 'first-line-indent', 'alignment', 'required-section', 'section-order', 'heading-numbering', 'punctuation-width', 'stray-character'];

describe('a blank template passes our own format check', () => {
  test.each(CATALOG.map((template) => [template.id, template]))('%s has no format findings, only its unfilled fields', (_id, template) => {
    const read = readDocx(writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: 'b7e2c1d0-1111-4222-8333-944455556666' }));
    if (!read.ok) throw new Error(read.error.message);
    const result = checkDocument(read.value.model, template, OFFICIAL_PROFILE);
    const formatFindings = result.findings.filter((finding) => FORMAT_RULES.includes(finding.rule));
    expect(formatFindings.map((finding) => `${finding.rule} ¶${finding.paragraph}: ${finding.message}`)).toEqual([]);
    const unfilled = new Set(result.findings.filter((finding) => finding.rule === 'required-field').map((finding) => finding.paragraph));
    expect(unfilled.size).toBeGreaterThan(0);
  });
});
