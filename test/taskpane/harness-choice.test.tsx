/**
 * Choice fields in the browser harness are drop-downs, as the .docx's list
 * controls are in Word: the 申报表's 项目类别 offers its options (项目层级
 * is kept by the register, not printed on the form, so it has no control); a value that is none of them stays visible for 检查 to point at.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { ChoiceBox } from '../../src/dev/harness/DocumentView';
import { createInMemoryDocument } from '../../src/dev/harness/in-memory-document';
import { createFakeHost } from '../../src/dev/harness/fake-host';
import type { HarnessDocument } from '../../src/dev/harness/harness-document';
import { messages } from '../../src/i18n';
import { shujiApplication } from '../../src/templates/catalog/shuji-application';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';

const text = messages('zh-CN').pane.harness;

function controlOf(document: HarnessDocument, tag: string) {
  return document.view().find((item) => item.control?.tag === tag)?.control;
}

describe('choice fields in the harness', () => {
  test.each([
    ['the Word document (options read from its w:dropDownList)', createInMemoryDocument],
    ['the small in-memory host', createFakeHost],
  ])('in %s, 项目类别 carries the options the .docx offers; text fields and the unprinted 项目层级 carry none', async (_, create) => {
    const document = create();
    await document.host.insertTemplate(shujiApplication, OFFICIAL_PROFILE, 'cursor');
    expect(controlOf(document, 'level')).toBeUndefined();
    expect(controlOf(document, 'category')?.options).toEqual(['A.创新探索型', 'B.典型示范型', 'C.制度推广型']);
    expect(controlOf(document, 'leader')?.options).toBeUndefined();
    await document.setControlText('category', 'C.制度推广型');
    expect(controlOf(document, 'category')).toMatchObject({ showingPlaceholder: false, options: ['A.创新探索型', 'B.典型示范型', 'C.制度推广型'] });
  });

  test('the drop-down shows its prompt first, then the options; a value outside them is shown as it is', () => {
    const render = (value: string) =>
      renderToStaticMarkup(<ChoiceBox tag="level" title="项目层级" options={['二级党组织', '党支部']} value={value} prompt="选择层级" text={text} onChoose={() => undefined} />);
    const blank = render('');
    expect(blank).toContain('<select');
    expect(blank).toContain('aria-label="填写：项目层级"');
    expect([...blank.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1])).toEqual(['选择层级', '二级党组织', '党支部']);
    const typed = render('校级');
    expect(typed).toMatch(/<option value="校级" selected="">校级<\/option>/);
  });
});
