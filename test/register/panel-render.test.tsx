/** Names in the panel are text: markup in a project name is shown, never run; odd links are not links. */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { messages } from '../../src/i18n';
import { RegisterTable } from '../../src/register/ui/RegisterTable';
import { RecordTable } from '../../src/register/ui/RecordTable';
import { ConflictChoices } from '../../src/register/ui/ConflictChoices';

const NAME = `“红旗”支部's "先锋" <script>alert('x')</script> 🚩✊ 项目`;
const text = messages('zh-CN').register.panel;
const render = (element: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

describe('the 台账 panel shows names as text', () => {
  test('a project name with markup, quotes and emoji is escaped in the list; javascript: links are not links', () => {
    const html = render(
      <RegisterTable
        text={text}
        locale="zh-CN"
        rows={[
          { id: '1', projectId: 'p1', title: NAME, org: '党总支', status: '已申报', year: 2024, applicationUrl: 'https://example.invalid/a.docx', isCurrentDocument: true },
          { id: '2', projectId: 'p2', title: '另一项目', org: '党总支', status: '已结项', year: 2023, isCurrentDocument: false },
        ]}
      />,
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;');
    expect(html).toContain('🚩✊');
    expect(html).toContain('&quot;先锋&quot;');
    expect(html).toContain('当前文档');
    expect(html).toContain('href="https://example.invalid/a.docx"');
    expect((html.match(/<a /g) ?? []).length).toBe(1);
  });

  test('the confirmation and the conflict choice show both versions as text', () => {
    const confirm = render(<RecordTable text={text} locale="zh-CN" mine={{ Title: NAME, Status: '已结项', CheckPassed: true }} current={{ Title: '旧名', Status: '已立项' }} />);
    expect(confirm).not.toContain('<script>');
    expect(confirm).toContain('项目名称');
    expect(confirm).toContain('格式检查通过');
    expect(confirm).toContain('旧名');
    const conflict = render(<ConflictChoices text={text} locale="zh-CN" conflicts={[{ field: 'Title', mine: NAME, theirs: '<b>他人</b>' }]} onResolve={() => undefined} />);
    expect(conflict).toContain('&lt;b&gt;他人&lt;/b&gt;');
    expect(conflict).toContain('保留我的');
    expect(conflict).toContain('采用他人的');
  });
});
