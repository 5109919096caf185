import { messages } from '../../src/i18n';
import { toPaneError } from '../../src/taskpane/errors';
import { lazyHost } from '../../src/taskpane/lazy-host';
import type { DocumentHost } from '../../src/word/host';
import { WordHostError } from '../../src/word/errors';

const text = messages('zh-CN').pane;

describe('errors the pane shows', () => {
  test("the adapter's own error is shown as it is: it already says what to do", () => {
    const error = new WordHostError('readFailed', 'GeneralException');
    expect(toPaneError(error, text)).toEqual({ code: 'readFailed', message: error.message });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('an Office error in English is wrapped in Chinese with what to do next', () => {
    const office = Object.assign(new Error('The property is not available.'), { code: 'PropertyNotLoaded' });
    const shown = toPaneError(office, text);
    expect(shown.code).toBe('PropertyNotLoaded');
    expect(shown.message).toBe('操作没有完成：The property is not available。请重试；如果仍然失败，请关闭任务窗格后重新打开。');
  });

  test('something thrown that is not an error still gives the user a way forward', () => {
    expect(toPaneError('boom', text)).toEqual({ code: 'unknown', message: text.errors.unknown });
  });
});

describe('the Word adapter loaded after the first render', () => {
  function countingHost(): { host: DocumentHost; selected: number[] } {
    const selected: number[] = [];
    const host: DocumentHost = {
      readDocument: async () => ({ paragraphs: [], contentControls: [], marker: {} }),
      insertTemplate: async () => ({}),
      applyEdits: async () => undefined,
      selectParagraph: async (index) => {
        selected.push(index);
      },
      readMarker: async () => ({}),
      getFile: async () => new Uint8Array(),
    };
    return { host, selected };
  }

  test('is downloaded once, however many actions wait for it', async () => {
    const real = countingHost();
    let loads = 0;
    const lazy = lazyHost(async () => {
      loads += 1;
      return real.host;
    });
    lazy.prefetch();
    await Promise.all([lazy.host.selectParagraph(3), lazy.host.selectParagraph(4), lazy.host.readDocument()]);
    expect(loads).toBe(1);
    expect(real.selected).toEqual([3, 4]);
  });

  test('a failed download (offline) fails that action and is tried again on the next one', async () => {
    const real = countingHost();
    let attempts = 0;
    const lazy = lazyHost(async () => {
      attempts += 1;
      if (attempts === 1) throw Object.assign(new Error('Loading chunk word-adapter failed.'), { name: 'ChunkLoadError' });
      return real.host;
    });
    await expect(lazy.host.selectParagraph(1)).rejects.toThrow('Loading chunk word-adapter failed.');
    await lazy.host.selectParagraph(2);
    expect(attempts).toBe(2);
    expect(real.selected).toEqual([2]);
  });
});
