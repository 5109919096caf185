import { checkDocument } from '../../src/core/check';
import { headingLabel } from '../../src/core/roles';
import { CATALOG } from '../../src/templates/catalog/index';
import { templateSections } from '../../src/templates/schema';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official, type ParagraphSpec } from '../support/model-builder';

/** A report written from a catalog template: its title, an org line, each section heading numbered in order with a line of text. */
function writtenFrom(template: (typeof CATALOG)[number]): ParagraphSpec[] {
  const specs: ParagraphSpec[] = [official.title(template.name), official.org('化工学院党总支')];
  let level1 = 0;
  let level2 = 0;
  for (const section of templateSections(template)) {
    if (section.level === 1) {
      level1 += 1;
      level2 = 0;
      specs.push(official.h1(`${headingLabel(1, level1)}${section.title}`));
    } else {
      level2 += 1;
      specs.push(official.h2(`${headingLabel(2, level2)}${section.title}`));
    }
    specs.push(official.body('本部分内容已按要求填写。'));
  }
  return specs;
}

describe('the catalog templates', () => {
  const withSections = CATALOG.filter((template) => templateSections(template).length > 0);

  it.each(withSections.map((template) => [template.id, template] as const))(
    '%s: a document with every section heading, numbered in order, has no structure finding',
    (_id, template) => {
      const result = checkDocument(buildDocument(writtenFrom(template)), template, OFFICIAL_PROFILE, {
        rules: ['required-section', 'section-order', 'heading-numbering'],
      });
      expect(result.findings).toEqual([]);
    },
  );

  it('the closing report (000 附件3) without 推进情况 asks for "二、推进情况"', () => {
    const template = CATALOG.find((candidate) => candidate.id === 'shuji-closing-report');
    if (!template) throw new Error('shuji-closing-report is missing from the catalog');
    const specs = writtenFrom(template).filter((spec) => spec.text !== '二、推进情况');
    const result = checkDocument(buildDocument(specs), template, OFFICIAL_PROFILE, { rules: ['required-section'] });
    expect(result.findings.map((finding) => finding.expected)).toEqual(['二、推进情况']);
  });
});
