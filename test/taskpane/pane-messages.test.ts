/**
 * The pane speaks the display language without downloading the other one:
 * its Chinese strings come with the page, the English ones when Office is
 * English, and they are the message table's own, word for word.
 */
import { messages } from '../../src/i18n';
import { loadPaneMessages, paneMessagesLoaded } from '../../src/i18n/pane';

describe('the pane’s strings, one language at a time', () => {
  test('a Chinese Office has its strings at once: the same 模板 / 检查 / 台账 as the message table', () => {
    expect(paneMessagesLoaded('zh-CN')).toBe(messages('zh-CN').pane);
    expect(paneMessagesLoaded('zh-CN')?.places).toEqual({ templates: '模板', check: '检查', register: '台账' });
  });

  test('an English Office fetches the English strings once, and then has them at once', async () => {
    expect(paneMessagesLoaded('en-US')).toBeUndefined();
    const english = await loadPaneMessages('en-US');
    expect(english).toEqual(messages('en-US').pane);
    expect(english.places.templates).toBe('Templates');
    expect(paneMessagesLoaded('en-US')).toBe(english);
  });
});
