/**
 * Every rule does work in proportion to a paragraph's length: a paragraph
 * twice as long costs about twice as much, never four times, however it is
 * made (text pasted from a web page full of half-width marks, spaces, emoji
 * and invisible characters). Work is counted, not timed: while a rule runs,
 * every character a string or regular-expression method reads, every
 * substring made and every call of the character helpers is counted, so the
 * figure does not depend on the machine.
 *
 * The rules come from the registry, so a rule added later is covered here.
 */
import * as characters from '../../src/core/characters';
import { checkDocument } from '../../src/core/check';
import type { DocumentModel } from '../../src/core/model';
import { classify, normaliseSectionTitle } from '../../src/core/roles';
import type { RuleContext } from '../../src/core/rule';
import { RULES } from '../../src/core/rules/index';
import * as strays from '../../src/core/stray-characters';
import { documentWordCount } from '../../src/core/wordcount';
import { messages } from '../../src/i18n';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, formTemplate, official, reportTemplate } from '../support/model-builder';

/** Doubling the text may cost at most this much more work (linear: 2; quadratic: 4). */
const DOUBLING_LIMIT = 2.3;

type Counter = { steps: number };

/** What a string method reads or makes, roughly: the characters it passes over. */
function stringCost(name: string, value: string, args: readonly unknown[], result: unknown): number {
  switch (name) {
    case 'charCodeAt':
    case 'codePointAt':
    case 'charAt':
    case 'at':
      return 1;
    case 'indexOf':
    case 'includes': {
      const from = typeof args[1] === 'number' ? args[1] : 0;
      const found = name === 'indexOf' ? (result as number) : -1;
      return Math.max(1, (found >= 0 ? found + String(args[0]).length : value.length) - from);
    }
    case 'lastIndexOf': {
      const from = typeof args[1] === 'number' ? args[1] : value.length;
      const found = result as number;
      return Math.max(1, from - (found >= 0 ? found : 0));
    }
    case 'startsWith':
    case 'endsWith':
      return String(args[0]).length + 1;
    default:
      // slice, substring, trim, split, replace, toLowerCase, normalize, …: the text made or read.
      return 1 + (typeof result === 'string' ? result.length : value.length);
  }
}

const STRING_METHODS = [
  'charCodeAt',
  'codePointAt',
  'charAt',
  'at',
  'indexOf',
  'lastIndexOf',
  'includes',
  'startsWith',
  'endsWith',
  'slice',
  'substring',
  'substr',
  'trim',
  'trimStart',
  'trimEnd',
  'split',
  'replace',
  'replaceAll',
  'match',
  'matchAll',
  'search',
  'normalize',
  'toLowerCase',
  'toUpperCase',
  'padStart',
  'padEnd',
  'repeat',
  'concat',
] as const;

type Patch = () => void;

/** Counts work done through String.prototype and RegExp.prototype.exec (which test, match, replace, split and search call once it is replaced). */
function patchPrototypes(counter: Counter): Patch[] {
  const restore: Patch[] = [];
  const prototype = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of STRING_METHODS) {
    const original = prototype[name];
    prototype[name] = function counted(this: string, ...args: unknown[]): unknown {
      const result = original.apply(this, args);
      counter.steps += stringCost(name, String(this), args, result);
      return result;
    };
    restore.push(() => {
      prototype[name] = original;
    });
  }
  const iterate = String.prototype[Symbol.iterator];
  String.prototype[Symbol.iterator] = function countedIterator(this: string): StringIterator<string> {
    const inner = iterate.call(this);
    const next = inner.next.bind(inner);
    return Object.assign(inner, {
      next: () => {
        counter.steps += 1;
        return next();
      },
    });
  };
  restore.push(() => {
    String.prototype[Symbol.iterator] = iterate;
  });
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string): RegExpExecArray | null {
    const resumes = this.global || this.sticky;
    const from = resumes ? this.lastIndex : 0;
    const result = exec.call(this, input);
    // A search that resumes reads from where it stopped; one that does not reads from the start.
    const reached = result ? result.index + Math.max(1, result[0].length) : String(input).length;
    counter.steps += Math.max(1, reached - from);
    return result;
  };
  restore.push(() => {
    RegExp.prototype.exec = exec;
  });
  return restore;
}

/** Counts calls of the character helpers every rule leans on (their loops are the rules' loops). */
function patchHelpers(counter: Counter): Patch[] {
  const restore: Patch[] = [];
  for (const module of [characters, strays] as unknown as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      const descriptor = Object.getOwnPropertyDescriptor(module, name);
      if (!descriptor?.writable) continue;
      const original = value as (...args: unknown[]) => unknown;
      module[name] = (...args: unknown[]): unknown => {
        counter.steps += 1;
        return original(...args);
      };
      restore.push(() => {
        module[name] = original;
      });
    }
  }
  return restore;
}

function work(run: () => unknown): number {
  const counter: Counter = { steps: 0 };
  const restore = [...patchHelpers(counter), ...patchPrototypes(counter)];
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return counter.steps;
}

/**
 * A pasted paragraph of `length` characters. Part of it repeats a short
 * mixture (Chinese text, half-width marks among spaces, emoji, zero-width
 * and private-use characters, numbers, brackets, a URL); the rest are long
 * stretches whose length grows with the paragraph, where a scan that walks
 * back or forward for every character would show: spaces, invisible
 * characters, emoji, marks between spaces, unclosed brackets, commas.
 */
function pastedParagraph(length: number): string {
  const mixture = '党建工作,推动 ; 发展 ( 试行 ) 🎉\u200b 👍🏽 \ue000 3,000 人:9:30 【填写】  ？ !  www.example.org/a,b 一、 （一） 1. 年 月 日 ';
  const stretch = Math.floor(length / 16);
  const parts = [
    '中' + ' '.repeat(stretch) + ',',
    '中' + '\u200b'.repeat(stretch) + ';',
    '中' + '😀'.repeat(stretch / 2) + ':',
    ', '.repeat(stretch / 2),
    '(' .repeat(stretch / 2) + '中' + ')'.repeat(stretch / 2),
    '中(' .repeat(stretch / 2),
    '【'.repeat(stretch) + '请填写',
    '，'.repeat(stretch) + '。',
  ];
  let text = parts.join('');
  while (text.length < length) text += mixture;
  return text.slice(0, length);
}

function documentWith(text: string): DocumentModel {
  return buildDocument([
    official.title('基层党建“书记项目”结项报告'),
    official.h1('一、项目简介'),
    official.body(text),
    official.h1(`二、${text}`),
    official.body('（盖章）'),
    official.body(text),
    official.cell(text, { table: 0, row: 0, column: 0 }),
  ]);
}

function ruleWork(ruleId: string, text: string): number {
  const document = documentWith(text);
  const template = ruleId === 'required-field' ? formTemplate() : reportTemplate();
  const paragraphs = classify(document, template);
  const context: RuleContext = { document, paragraphs, template, profile: OFFICIAL_PROFILE, text: messages().rules };
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return work(() => rule.check(context));
}

const SHORTER = 100_000;
const LONGER = 200_000;

describe('every rule reads a 200,000-character pasted paragraph with twice the work of a 100,000-character one', () => {
  const shorter = pastedParagraph(SHORTER);
  const longer = pastedParagraph(LONGER);

  it('the registry lists every rule this test runs', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(13);
  });

  it.each(RULES.map((rule) => rule.id))('%s', (ruleId) => {
    const small = ruleWork(ruleId, shorter);
    const large = ruleWork(ruleId, longer);
    expect(large / Math.max(small, 1)).toBeLessThanOrEqual(DOUBLING_LIMIT);
  });

  it('classifying the paragraphs into roles, and the 字数', () => {
    const small = documentWith(shorter);
    const large = documentWith(longer);
    const classifyRatio = work(() => classify(large, reportTemplate())) / work(() => classify(small, reportTemplate()));
    const countRatio = work(() => documentWordCount(large)) / work(() => documentWordCount(small));
    expect(classifyRatio).toBeLessThanOrEqual(DOUBLING_LIMIT);
    expect(countRatio).toBeLessThanOrEqual(DOUBLING_LIMIT);
  });

  it('the whole check still finds the half-width marks and the stray characters', () => {
    const result = checkDocument(documentWith(shorter), reportTemplate(), OFFICIAL_PROFILE, { rules: ['punctuation-width', 'stray-character'] });
    expect(new Set(result.findings.map((finding) => finding.rule))).toEqual(new Set(['punctuation-width', 'stray-character']));
  });
});

describe('a section title with thousands of trailing notes is named with linear work', () => {
  it('（说明） repeated 2,000 and 4,000 times after the title', () => {
    const title = (notes: number): string => `项目简介${'（说明）'.repeat(notes)}：`;
    const small = work(() => normaliseSectionTitle(title(2000)));
    const large = work(() => normaliseSectionTitle(title(4000)));
    expect(normaliseSectionTitle(title(2000))).toBe('项目简介');
    expect(large / small).toBeLessThanOrEqual(DOUBLING_LIMIT);
  });

  it('notes and colons alternating, and nested brackets, are stripped as before', () => {
    expect(normaliseSectionTitle('项目简介（一）：（二）：')).toBe('项目简介');
    expect(normaliseSectionTitle('项目 简介（（说明））')).toBe('项目简介（（说明））');
    expect(normaliseSectionTitle('项目简介（说明）：，（备注）.')).toBe('项目简介');
    expect(normaliseSectionTitle('(一)')).toBe('');
    expect(normaliseSectionTitle('主要成效(附表)：')).toBe('主要成效');
  });
});
