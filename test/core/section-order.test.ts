import { catalogTemplate } from '../../src/templates/catalog';
import type { Template } from '../../src/templates/schema';
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

describe('section-order on content areas', () => {
  const brandCase = catalogTemplate('brand-case') as Template;

  it('finds the areas by meaning and warns when 成效 comes before 做法', () => {
    const document = buildDocument([
      official.title('党建品牌案例'),
      official.h1('一、背景和起因'),
      official.h1('二、成效及反响'),
      official.h1('三、做法和经过'),
      official.h1('四、分析和评价'),
    ]);
    const findings = findingsOf('section-order', document, brandCase);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ paragraph: 4, severity: 'warning', message: '“做法与经过”应在“成效与反响”之前' });
  });

  it('areas in the notice’s order, in the writer’s words, are in order', () => {
    const document = buildDocument([official.title('党建品牌案例'), official.h1('一、背景和起因'), official.h1('二、做法和经过'), official.h1('三、成效及反响')]);
    expect(findingsOf('section-order', document, brandCase)).toEqual([]);
  });
});
