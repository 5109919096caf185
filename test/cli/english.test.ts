/**
 * With `--lang en-US` everything the user reads is English. Chinese stays
 * only where it is a name the English reader meets in Chinese too, and then
 * always quoted: a template's title (the notice's own form title, printed on
 * the form), a heading, font or size name the document must carry
 * ("方正仿宋_GBK", "三号"), the register list's name, and text quoted from
 * the user's document. The table scan below strips quoted passages and then
 * finds no Chinese at all; `dangjian templates` shows the titles unquoted in
 * a column of their own, and the batch page's language switch names the
 * other language in its own script ("中文", as language pickers do): those
 * are the two exceptions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enUS } from '../../src/i18n/en-US';
import { zhCN } from '../../src/i18n/zh-CN';
import { dangjian } from '../support/cli';
import { tempDir } from '../support/tools';

const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The text without its quoted passages ("…", “…”, 「…」): names and the user's own words. */
function unquoted(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」/g, '""');
}

/** Every wording the table gives, functions called with plain sample values (text, then lists, when text does not fit). */
function wordings(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    const arity = Math.max(call.length, 3);
    for (const sample of ['x', 2, ['x', 'y']]) {
      let result: unknown;
      try {
        result = call(...Array.from({ length: arity }, () => sample));
      } catch (error: unknown) {
        if (!(error instanceof TypeError)) throw error;
        continue;
      }
      if (typeof result === 'string') out.set(`${path}(${JSON.stringify(sample)})`, result);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) wordings(inner, `${path}.${key}`, out);
  }
}

describe('the English table', () => {
  it('has no Chinese outside quoted names', () => {
    const found = new Map<string, string>();
    wordings(enUS, 'en-US', found);
    expect(found.size).toBeGreaterThan(300);
    // The switch to Chinese is labelled in Chinese, so a reader of Chinese finds it.
    found.delete('en-US.batch.language');
    const chinese = [...found].filter(([, text]) => CHINESE.test(unquoted(text))).map(([path, text]) => `${path}: ${text}`);
    expect(chinese).toEqual([]);
  });
});

describe('the Chinese table', () => {
  it('quotes values with “” (never ASCII quotes, which a tool flagging half-width marks makes hard to read)', () => {
    const found = new Map<string, string>();
    wordings(zhCN, 'zh-CN', found);
    const ascii = [...found].filter(([, text]) => /["']/.test(text)).map(([path, text]) => `${path}: ${text}`);
    expect(ascii).toEqual([]);
  });
});

describe('dangjian --lang en-US', () => {
  const root = tempDir('dangjian-english');
  const english = (args: readonly string[]): { status: number; output: string } => {
    const run = dangjian([...args, '--lang', 'en-US'], root);
    return { status: run.status, output: run.stdout + run.stderr };
  };
  const expectEnglish = (output: string): void => {
    expect(output.trim()).not.toBe('');
    expect(unquoted(output)).not.toMatch(CHINESE);
  };

  beforeAll(() => {
    writeFileSync(join(root, 'notes.docx'), 'not a zip at all');
    writeFileSync(join(root, 'empty.docx'), '');
    writeFileSync(join(root, 'legacy.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(root, 'bad-id.json'), JSON.stringify({ templates: [{ id: 'X' }] }));
    writeFileSync(join(root, 'not-json.json'), '{ templates: ');
    writeFileSync(join(root, 'unknown-field.json'), JSON.stringify({ templates: [{ id: 'shuji-closing-report', blocks: [{ type: 'org', field: 'nowhere' }] }] }));
    writeFileSync(join(root, 'register.json'), '{}');
    mkdirSync(join(root, 'out'));
  });

  it('says in English why a file cannot be read, in stylish and in json', () => {
    const stylish = english(['check', 'notes.docx', 'empty.docx', 'legacy.docx']);
    expect(stylish.status).toBe(2);
    expectEnglish(stylish.output);
    expect(stylish.output).toContain('This is not a Word document (.docx)');
    const json = english(['check', '--format', 'json', 'notes.docx']);
    const [file] = (JSON.parse(json.output.slice(0, json.output.lastIndexOf('}') + 1)) as { files: { error: { message: string } }[] }).files;
    expect(file.error.message).toMatch(/^This is not a Word document/);
  });

  it('says in English what is wrong with a template pack: a bad id, broken JSON, a field no template has', () => {
    for (const pack of ['bad-id.json', 'not-json.json', 'unknown-field.json']) {
      const run = english(['check', '--pack', pack, 'notes.docx']);
      expect(run.status).toBe(2);
      expectEnglish(run.output);
      expect(run.output).toContain(`Template pack ${pack}`);
    }
  });

  it('lists the templates with their kind in English beside the notices’ own titles', () => {
    const run = english(['templates']);
    expect(run.status).toBe(0);
    const rows = run.output.trim().split('\n');
    expect(rows[0]).toMatch(/^id +kind +name$/);
    expect(rows).toContainEqual(expect.stringMatching(/^shuji-closing-report +report +基层党建“书记项目”结项报告$/));
    // Before the title column, English only.
    for (const row of rows.slice(1)) expect(row.match(/^\S+\s+\S+/)?.[0]).not.toMatch(CHINESE);
  });

  it('provisions the register in English: a missing --config, settings that are not complete, an unknown subcommand', () => {
    for (const args of [['register', 'provision'], ['register', 'provision', '--config', 'register.json'], ['register', 'tidy']]) {
      const run = english(args);
      expect(run.status).toBe(2);
      expectEnglish(run.output);
    }
  });
});
