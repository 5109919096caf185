/**
 * Why a submission waits in the outbox reads in the pane's language: the
 * entry keeps which wording its reason is (and with what values), not only
 * the Chinese sentence, through storage and back.
 */
import { errorForStatus, registerErrorSaying } from '../../src/register/errors';
import { Outbox, memoryStorage, outboxReason } from '../../src/register/outbox';
import { recordFromDocument } from '../../src/register/record';
import type { Submission } from '../../src/register/submit';
import { messages } from '../../src/i18n';
import { application, documentModel } from './support';

const PROJECT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

function submission(): Submission {
  const model = documentModel(application, PROJECT, {
    year: '2024', projectName: '书香支部', org: '文学院党总支', leader: '张老师', phone: '123', position: '书记', level: '党支部', category: 'C', problems: '无',
  });
  const built = recordFromDocument(model, application, { findings: [], wordCount: 800 }, { now: new Date('2024-05-02T00:00:00Z') });
  if (!built.ok) throw new Error('expected a record');
  return { record: built.value.record, templateId: application.id, documentColumn: 'ApplicationUrl' } as Submission;
}

describe('an outbox entry’s reason in the reader’s language', () => {
  it('a busy service (wait 30 s) reads in English from the English table and in Chinese from the Chinese one, after storage', async () => {
    const outbox = new Outbox(memoryStorage());
    await outbox.record({ kind: 'failed', error: errorForStatus(429, '', 30), submission: submission() });
    const [entry] = await outbox.entries();
    expect(outboxReason(entry, messages('en-US').register.errors)).toBe('Service busy: please try again in about 30 seconds.');
    expect(outboxReason(entry, messages('zh-CN').register.errors)).toBe(entry.reason.message);
    expect(entry.reason.message).toMatch(/服务繁忙/);
  });

  it('a busy service with no wait given keeps its absent value through storage', async () => {
    const outbox = new Outbox(memoryStorage());
    await outbox.record({ kind: 'failed', error: registerErrorSaying('busy', 'busy', [undefined]), submission: submission() });
    const [entry] = await outbox.entries();
    expect(outboxReason(entry, messages('en-US').register.errors)).toBe('Service busy: please try again shortly.');
  });
});
