/**
 * The harness's small in-memory host applies the core's fix plans the way
 * the Word adapter does, so what the harness shows after 修正全部 is what
 * Word would show. Checked against the real checker and planner.
 */
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { createFakeHost } from '../../src/dev/harness/fake-host';
import { CATALOG } from '../../src/templates/catalog';
import { detectTemplate } from '../../src/templates/detect';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';

const closingReport = CATALOG.find((template) => template.id === 'shuji-closing-report');

describe('the harness host with a closing report', () => {
  test('a fresh report is recognised, formatted to the profile, and only its empty fields are reported', async () => {
    if (!closingReport) throw new Error('the catalog has no shuji-closing-report');
    const document = createFakeHost();
    const marker = await document.host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'cursor');
    expect(marker.templateId).toBe('shuji-closing-report');
    const model = await document.host.readDocument();
    expect(detectTemplate(model, CATALOG)?.template.id).toBe('shuji-closing-report');
    const rules = new Set(checkDocument(model, closingReport, OFFICIAL_PROFILE).findings.map((finding) => finding.rule));
    expect([...rules].filter((rule) => rule !== 'required-field')).toEqual([]);
  });

  test('typed fields stop counting as empty; a pasted 宋体 paragraph and half-width commas are fixed by 修正全部', async () => {
    if (!closingReport) throw new Error('the catalog has no shuji-closing-report');
    const document = createFakeHost();
    await document.host.insertTemplate(closingReport, OFFICIAL_PROFILE, 'cursor');
    await document.setControlText('org', '中共某某学院机电工程学院党总支');
    await document.setControlText('summary', '本项目聚焦学生党员教育管理,着力解决组织生活形式单一的问题。');
    await document.pasteAfter('summary', '项目实施以来，支部共开展主题党日活动十二次。', { eastAsiaFont: '宋体', sizePt: 12, lineSpacingLines: 1 });

    const before = checkDocument(await document.host.readDocument(), closingReport, OFFICIAL_PROFILE).findings;
    const pasted = before.filter((finding) => finding.paragraph === 5).map((finding) => finding.rule);
    expect(pasted).toEqual(expect.arrayContaining(['font', 'font-size', 'line-spacing']));
    expect(before.some((finding) => finding.rule === 'punctuation-width' && finding.paragraph === 4)).toBe(true);
    expect(before.filter((finding) => finding.rule === 'required-field').map((finding) => finding.paragraph)).toEqual([7, 9]);

    const plan = planFixes(before.filter((finding) => finding.fixable));
    await document.host.applyEdits(plan.edits);
    const after = await document.host.readDocument();
    const remaining = checkDocument(after, closingReport, OFFICIAL_PROFILE).findings.map((finding) => finding.rule);
    expect(remaining.filter((rule) => rule !== 'required-field')).toEqual([]);
    expect(after.paragraphs[3].text).toBe('本项目聚焦学生党员教育管理，着力解决组织生活形式单一的问题。');
    expect(after.paragraphs[4].runs[0].format).toMatchObject({ eastAsiaFont: '方正仿宋_GBK', sizePt: 16 });
    expect(after.paragraphs[4].format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
  });
});
