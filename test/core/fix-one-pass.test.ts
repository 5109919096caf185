/**
 * One pass of --fix leaves nothing fixable: the missing sections go in where
 * the template puts them, numbered as they will stand, the headings after
 * them renumbered in the same pass, and an indent is judged at the size the
 * fix gives the paragraph.
 */
import { checkDocument } from '../../src/core/check';
import { applyEditsToModel, planFixes } from '../../src/core/fix';
import type { DocumentModel } from '../../src/core/model';
import type { Template } from '../../src/templates/schema';
import { catalogTemplate } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official } from '../support/model-builder';

const closing = catalogTemplate('shuji-closing-report') as Template;

function fixOnce(document: DocumentModel): DocumentModel {
  const plan = planFixes(checkDocument(document, closing, OFFICIAL_PROFILE).findings);
  const result = applyEditsToModel(document, plan.edits, OFFICIAL_PROFILE);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function recheck(document: DocumentModel): { rule: string; message: string; fixable: boolean }[] {
  return checkDocument(document, closing, OFFICIAL_PROFILE).findings.map(({ rule, message, fixable }) => ({ rule, message, fixable }));
}

const texts = (document: DocumentModel): string[] => document.paragraphs.map((paragraph) => paragraph.text);

describe('--fix inserts missing sections in the template’s order, numbered as they stand', () => {
  it('a closing report with only 一、项目简介 gets 二、推进情况 then 三、主要成效 at the end, and nothing fixable is left', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.body('项目名称：红色引擎工程。'),
    ]);
    const after = fixOnce(document);
    expect(texts(after).slice(2)).toEqual(['一、项目简介', '项目名称：红色引擎工程。', '二、推进情况', '三、主要成效']);
    const left = recheck(after);
    expect(left.filter((finding) => finding.fixable)).toEqual([]);
    expect(left.map((finding) => finding.rule)).toEqual(['required-field', 'required-field']);
  });

  it('a report with no headings at all: 一、 opens the text under the title, 二、 and 三、 follow it in order', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.body('项目名称：红色引擎工程。'),
      official.body('支部每月召开推进会。'),
    ]);
    const after = fixOnce(document);
    expect(texts(after).slice(2)).toEqual(['一、项目简介', '项目名称：红色引擎工程。', '支部每月召开推进会。', '二、推进情况', '三、主要成效']);
    expect(recheck(after).filter((finding) => finding.rule !== 'required-field')).toEqual([]);
  });

  it('a missing middle section is numbered 二、 and the 二、主要成效 after it becomes 三、 in the same pass', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.body('项目名称：红色引擎工程。'),
      official.h1('二、主要成效'),
      official.body('形成三项制度。'),
    ]);
    const findings = checkDocument(document, closing, OFFICIAL_PROFILE).findings;
    expect(findings.map((finding) => [finding.rule, finding.expected])).toEqual([
      ['required-section', '二、推进情况'],
      ['heading-numbering', '三、'],
    ]);
    const after = fixOnce(document);
    expect(texts(after).slice(2)).toEqual(['一、项目简介', '项目名称：红色引擎工程。', '二、推进情况', '三、主要成效', '形成三项制度。']);
    expect(recheck(after).filter((finding) => finding.rule !== 'required-field')).toEqual([]);
  });

  it('only the first section missing, before text: it goes under the title and the others keep their numbers', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.body('项目名称：红色引擎工程。'),
      official.h1('二、推进情况'),
      official.body('支部每月召开推进会。'),
      official.h1('三、主要成效'),
      official.body('形成三项制度。'),
    ]);
    const after = fixOnce(document);
    expect(texts(after).slice(2, 5)).toEqual(['一、项目简介', '项目名称：红色引擎工程。', '二、推进情况']);
    expect(recheck(after)).toEqual([]);
  });
});

describe('--fix judges an indent at the size it gives the paragraph', () => {
  it('a 小四 body paragraph indented 24 pt (two characters at 12 pt) is fixed to 三号 and two characters in one pass', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      { ...official.body('项目名称：红色引擎工程。'), size: 12, format: { ...official.body('').format, firstLineIndent: { points: 24 } } },
      official.h1('二、推进情况'),
      official.body('支部每月召开推进会。'),
      official.h1('三、主要成效'),
      official.body('形成三项制度。'),
    ]);
    const rules = checkDocument(document, closing, OFFICIAL_PROFILE).findings.map((finding) => finding.rule);
    expect(rules).toEqual(['font-size', 'first-line-indent']);
    const after = fixOnce(document);
    expect(after.paragraphs[3].runs[0].format.sizePt).toBe(16);
    expect(recheck(after)).toEqual([]);
  });
});
