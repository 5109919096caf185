/** The checklist and the project picker show what the school asks and what the register holds, as text. */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { messages } from '../../src/i18n';
import { submissionChecklist } from '../../src/register/paperwork';
import { ProjectPicker } from '../../src/register/ui/ProjectPicker';
import { SubmissionChecklist } from '../../src/register/ui/SubmissionChecklist';

const render = (element: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

describe('the paperwork checklist and the project picker', () => {
  test('004’s 一式五份, sealed, handed in at the place the school names: each line says it, ticked where the register knows', () => {
    const items = submissionChecklist({ pdf: true, sealed: true, paperCopies: 5, handInAt: '<b>校综合楼410室</b>' }, { PdfUrl: 'https://x.invalid/a.pdf' });
    const html = render(<SubmissionChecklist text={messages('zh-CN').register.life} items={items} onAttachScan={() => undefined} busy={false} />);
    expect(html).toContain('✔</span> PDF 电子版已随提交上传到台账');
    expect(html).toContain('☐</span> 纸质版一式 5 份');
    expect(html).toContain('纸质版交到：&lt;b&gt;校综合楼410室&lt;/b&gt;');
    expect(html).toContain('上传盖章扫描件');
    expect(html).toContain('type="file"');
  });

  test('in English, a school with no paper settings tells the writer whom to ask', () => {
    const html = render(<SubmissionChecklist text={messages('en-US').register.life} items={submissionChecklist(undefined, {})} busy={false} />);
    expect(html).toContain('Ask the organisation department');
    expect(html).not.toContain('type="file"');
  });

  test('the picker starts with the organisation the document names and asks for part of the project name', () => {
    const html = render(
      <ProjectPicker text={messages('zh-CN').register.life} initialOrg={'机电<党总支>'} search={async () => undefined} onChoose={() => undefined} busy={false} />,
    );
    expect(html).toContain('这份表格没有“项目名称”一栏');
    expect(html).toContain('value="机电&lt;党总支&gt;"');
    expect(html).toContain('项目名称中的几个字');
  });
});
