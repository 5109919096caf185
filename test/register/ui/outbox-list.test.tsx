/**
 * What waits in the outbox, and why, reads in the pane's language: an
 * English pane shows the English reason even though the entry was stored
 * with its Chinese sentence.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { messages, type Locale } from '../../../src/i18n';
import { errorForStatus } from '../../../src/register/errors';
import { Outbox, memoryStorage, type OutboxEntry } from '../../../src/register/outbox';
import { recordFromDocument } from '../../../src/register/record';
import type { Submission } from '../../../src/register/submit';
import { OutboxList } from '../../../src/register/ui/OutboxList';
import { application, documentModel } from '../support';

const PROJECT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

async function busyEntry(): Promise<OutboxEntry> {
  const model = documentModel(application, PROJECT, {
    year: '2024', projectName: '书香支部', org: '文学院党总支', leader: '张老师', phone: '123', position: '书记', level: '党支部', category: 'C', problems: '无',
  });
  const built = recordFromDocument(model, application, { findings: [], wordCount: 800 }, { now: new Date('2024-05-02T00:00:00Z') });
  if (!built.ok) throw new Error('expected a record');
  const submission = { record: built.value.record, templateId: application.id, documentColumn: 'ApplicationUrl' } as Submission;
  const outbox = new Outbox(memoryStorage());
  await outbox.record({ kind: 'failed', error: errorForStatus(429, '', 30), submission });
  const [entry] = await outbox.entries();
  return entry;
}

function shown(locale: Locale, entry: OutboxEntry): string {
  const table = messages(locale).register;
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <OutboxList entries={[entry]} text={table.panel} errors={table.errors} onRetry={() => undefined} busy={false} />
    </FluentProvider>,
  );
}

describe('the outbox list', () => {
  it('shows a stored reason in English in an English pane, and in Chinese in a Chinese one', async () => {
    const entry = await busyEntry();
    const english = shown('en-US', entry);
    expect(english).toContain('Service busy: please try again in about 30 seconds.');
    expect(english).not.toMatch(/服务繁忙/);
    expect(shown('zh-CN', entry)).toContain(entry.reason.message);
  });
});
