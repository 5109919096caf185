import { buildDocument, official, reportTemplate } from '../support/model-builder';
import { findingsOf } from './helpers';

const caseTemplate = reportTemplate({
  maxChars: 30,
  blocks: [
    { type: 'title', text: '党支部工作案例' },
    { type: 'section', id: 'background', level: 1, title: '背景与起因', maxChars: 10, guidance: '背景。' },
    { type: 'section', id: 'practice', level: 1, title: '做法与经过', guidance: '做法。' },
  ],
});

describe('length-limit', () => {
  it('a case over 2500-style limits shows the count and the excess, for the document and the section', () => {
    const document = buildDocument([
      official.title('党支部工作案例'),
      official.h1('一、背景与起因'),
      official.body('支部党员分散在三个校区，组织生活难以集中开展。'),
      official.h1('二、做法与经过'),
      official.body('建立“线上+线下”双阵地。'),
    ]);
    // 党支部工作案例 7 + 一、背景与起因 7 + 23 + 二、做法与经过 7 + 建立“线上+线下”双阵地。 13
    // ("+" between Han characters is a run of its own and counts as a word, as in Word)
    const findings = findingsOf('length-limit', document, caseTemplate);
    expect(findings.map((finding) => [finding.paragraph, finding.message])).toEqual([
      [1, '全文 57 字，超过限制 30 字，超出 27 字'],
      [2, '“背景与起因”部分 23 字，超过限制 10 字，超出 13 字'],
    ]);
    expect(findings.every((finding) => !finding.fixable && finding.fix.length === 0)).toBe(true);
  });

  it('within the limits there is nothing to report', () => {
    const document = buildDocument([official.title('党支部工作案例'), official.h1('一、背景与起因'), official.body('三个校区。')]);
    expect(findingsOf('length-limit', document, caseTemplate)).toEqual([]);
  });
});
