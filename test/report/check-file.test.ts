/** The batch page words a file it cannot read in the page's language, as the command line does. */
import { checkDocxBytes } from '../../src/report/check-file';
import { messages } from '../../src/i18n';
import { resolveCatalog } from '../../src/templates/pack';

const catalog = (() => {
  const resolved = resolveCatalog();
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
})();

describe('a file the reader refuses, on the batch page', () => {
  it.each([
    ['zh-CN', '这不是 Word 文档'],
    ['en-US', 'This is not a Word document'],
  ] as const)('is said in %s', (locale, words) => {
    const { report } = checkDocxBytes('说明.docx', new TextEncoder().encode('这不是 Word 文档'), { catalog, locale, text: messages(locale).cli });
    expect(report.error?.code).toBe('not-a-docx');
    expect(report.error?.message).toContain(words);
  });
});
