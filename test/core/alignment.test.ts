import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('alignment', () => {
  it('a left-aligned title and org line are centred', () => {
    const title = official.title('基层党建“书记项目”结项报告');
    const org = official.org('化工学院党总支');
    const document = buildDocument([
      { ...title, format: { ...title.format, alignment: 'left' } },
      { ...org, format: { ...org.format, alignment: undefined } },
      official.h1('一、项目简介'),
    ]);
    const findings = findingsOf('alignment', document);
    expect(findings.map((finding) => finding.message)).toEqual(['标题应居中，实为左对齐', '署名应居中，实为左对齐（未设置）']);
    expect(findingsOf('alignment', fixed(document, findings))).toEqual([]);
  });

  it('does not check body alignment', () => {
    const body = official.body('正文。');
    const document = buildDocument([official.title('结项报告'), official.h1('一、项目简介'), { ...body, format: { ...body.format, alignment: 'left' } }]);
    expect(findingsOf('alignment', document)).toEqual([]);
  });
});
