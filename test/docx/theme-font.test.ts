/**
 * Text in the theme's East Asian font (built-in styles, the document
 * defaults) shows in the font Word picks for the document's theme font
 * language: the theme's font for that language's script first, then the
 * theme's a:ea, then the script font of the document's language (Chinese
 * when nothing says). Documents start from python-docx's template; only the
 * theme's a:ea, its script fonts and w:themeFontLang change between them.
 */
import { join } from 'node:path';
import type { DocumentModel } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { readBytes, runFixtureScript } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, tempDir } from '../support/tools';

interface ThemeSays {
  readonly minorFont: { readonly ea: string; readonly scripts: Readonly<Record<string, string>> };
  readonly majorFont: { readonly ea: string; readonly scripts: Readonly<Record<string, string>> };
  readonly themeFontLangEastAsia: string | null;
}

describeWith(pythonDocxTool, 'theme fonts and the theme font language', () => {
  let dir: string;
  let packages: Record<string, ThemeSays>;

  beforeAll(() => {
    dir = tempDir('docx-theme-lang');
    packages = JSON.parse(runFixtureScript('theme_lang.py', [dir])) as Record<string, ThemeSays>;
  });

  /** East Asian fonts of the body paragraph (minor theme font) and the heading (major theme font). */
  function fonts(name: string): { body: string | undefined; heading: string | undefined } {
    const result = readDocx(readBytes(join(dir, `${name}.docx`)));
    if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
    const model: DocumentModel = result.value.model;
    const font = (text: string) => model.paragraphs.find((p) => p.text === text)?.runs[0]?.format.eastAsiaFont;
    return { body: font('主题字体的正文'), heading: font('主题字体的标题') };
  }

  test('a zh-TW document whose theme names 楷体_GB2312 as a:ea shows its traditional Chinese theme font 新細明體', () => {
    const theme = packages['ea-zh-TW'];
    expect(theme.themeFontLangEastAsia).toBe('zh-TW');
    expect(theme.minorFont.ea).toBe('楷体_GB2312');
    expect(theme.minorFont.scripts.Hant).toBe('新細明體');
    expect(fonts('ea-zh-TW')).toEqual({ body: '新細明體', heading: '新細明體' });
  });

  test('a zh-CN document with the same theme shows the simplified Chinese theme font, not a:ea', () => {
    expect(packages['ea-zh-CN'].minorFont.scripts.Hans).toBe('宋体');
    expect(fonts('ea-zh-CN')).toEqual({ body: '宋体', heading: '宋体' });
  });

  test('Japanese and Korean theme font languages pick the Japanese and Korean theme fonts, minor for the body and major for headings', () => {
    expect(fonts('ea-ja-JP')).toEqual({ body: 'ＭＳ 明朝', heading: 'ＭＳ ゴシック' });
    expect(fonts('ea-ko-KR')).toEqual({ body: '맑은 고딕', heading: '맑은 고딕' });
  });

  test('without a theme font language the theme\'s a:ea is the font, minor for the body and major for headings', () => {
    expect(packages['ea-no-themeFontLang'].themeFontLangEastAsia).toBeNull();
    expect(fonts('ea-no-themeFontLang')).toEqual({ body: '楷体_GB2312', heading: '黑体' });
  });

  test('a theme font language that names no East Asian language leaves a:ea as the font', () => {
    expect(packages['ea-themeFontLang-without-eastAsia'].themeFontLangEastAsia).toBeNull();
    expect(fonts('ea-themeFontLang-without-eastAsia')).toEqual({ body: '楷体_GB2312', heading: '黑体' });
  });

  test('when the theme has no font for the language\'s script, a:ea is the font', () => {
    expect(packages['ea-zh-TW-without-Hant-font'].minorFont.scripts.Hant).toBeUndefined();
    expect(fonts('ea-zh-TW-without-Hant-font')).toEqual({ body: '楷体_GB2312', heading: '黑体' });
  });

  test('an empty a:ea takes the script font of the theme font language', () => {
    expect(fonts('empty-ea-zh-TW')).toEqual({ body: '新細明體', heading: '新細明體' });
  });

  test('an empty a:ea with no theme font language takes the simplified Chinese theme font, as Word shows it on a Chinese system', () => {
    expect(packages['empty-ea-no-themeFontLang'].minorFont.ea).toBe('');
    expect(fonts('empty-ea-no-themeFontLang')).toEqual({ body: '宋体', heading: '宋体' });
  });
});
