/** A register error reads in the pane's language where its wording has a translation. */
import { messages } from '../../src/i18n';
import { recordFromDocument } from '../../src/register/record';
import { application, documentModel } from './support';
import { errorForStatus, registerError, registerErrorMessage } from '../../src/register/errors';

const english = messages('en-US').register.errors;
const chinese = messages('zh-CN').register.errors;

describe('register errors in the reader’s language', () => {
  test('an HTTP failure is Chinese in its message and English for an English pane', () => {
    const busy = errorForStatus(429, '', 30);
    expect(busy.message).toBe(chinese.busy(30));
    expect(registerErrorMessage(busy, english)).toBe(english.busy(30));
    expect(registerErrorMessage(errorForStatus(403, ''), english)).toBe(english.forbidden);
  });

  test('an error made without a wording keeps its own message', () => {
    expect(registerErrorMessage(registerError('unexpected', '某个说明'), english)).toBe('某个说明');
  });

  test('a form missing a field the register needs is told so in English, naming the field', () => {
    const model = documentModel(application, '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e51', { year: '2024', org: '第一党总支', leader: '李', phone: '1', position: '书记', level: '党支部', category: 'B', problems: '无' });
    const built = recordFromDocument(model, application, { findings: [], wordCount: 10 }, { now: new Date('2024-05-01T00:00:00Z') });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.map((error) => error.message)).toContain('“项目名称”还没有填写，台账需要它。请在文档中填写后再提交。');
    expect(built.error.map((error) => registerErrorMessage(error, english))).toContain(english.missingField('项目名称'));
  });
});
