import { buildDocument, official } from '../support/model-builder';
import { findingsOf } from './helpers';

describe('section-order', () => {
  it('主要成效 written before 推进情况 is reported at 推进情况, without a fix', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.h1('二、主要成效'),
      official.h1('三、推进情况'),
    ]);
    const findings = findingsOf('section-order', document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      paragraph: 5,
      message: '“推进情况”应在“主要成效”之前',
      expected: '项目简介 → 推进情况 → 主要成效',
      actual: '项目简介 → 主要成效 → 推进情况',
      fixable: false,
      fix: [],
    });
  });

  it('sections in order, or some missing, are not out of order', () => {
    const document = buildDocument([official.title('结项报告'), official.org('化工学院党总支'), official.h1('一、项目简介'), official.h1('二、主要成效')]);
    expect(findingsOf('section-order', document)).toEqual([]);
  });
});
