/**
 * Planning a fix costs work in proportion to the document: a report twice as
 * long is planned with about twice the work, never four times. Work is
 * counted, not timed: every read of a finding's or an edit's property goes
 * through a counting proxy, so the figure does not depend on the machine.
 */
import type { Edit } from '../../src/core/edits';
import type { Finding } from '../../src/core/finding';
import { applyEditsToModel, planFixes } from '../../src/core/fix';
import type { DocumentModel } from '../../src/core/model';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';

function counted<T extends object>(value: T, counter: { reads: number }): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      counter.reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function finding(rule: string, paragraph: number, fix: Edit[], counter: { reads: number }): Finding {
  return counted(
    {
      rule,
      severity: 'error' as const,
      paragraph: paragraph + 1,
      message: rule,
      expected: '',
      actual: '',
      fixable: true,
      fix: fix.map((edit) => counted(edit, counter)),
    },
    counter,
  );
}

/** What the rules report on a body paragraph that is wrong four ways: 宋体 小四, 1.5 lines, no indent, half-width punctuation. */
function brokenReport(paragraphs: number, counter: { reads: number }): Finding[] {
  const findings: Finding[] = [];
  for (let p = 0; p < paragraphs; p += 1) {
    findings.push(
      finding('font', p, [{ kind: 'set-run-format', paragraph: p, runs: [0], eastAsiaFont: '方正仿宋_GBK' }], counter),
      finding('font-size', p, [{ kind: 'set-run-format', paragraph: p, runs: [0], sizePt: 16 }], counter),
      finding('line-spacing', p, [{ kind: 'set-paragraph-format', paragraph: p, lineSpacing: { rule: 'exact', points: 28 }, spaceBeforePt: 0, spaceAfterPt: 0 }], counter),
      finding('first-line-indent', p, [{ kind: 'set-paragraph-format', paragraph: p, firstLineChars: 200 }], counter),
      finding('punctuation-width', p, [
        { kind: 'replace-text', paragraph: p, start: 9, end: 10, text: '，' },
        { kind: 'replace-text', paragraph: p, start: 20, end: 21, text: '（' },
      ], counter),
      finding('stray-character', p, [{ kind: 'replace-text', paragraph: p, start: 30, end: 32, text: '' }], counter),
    );
  }
  return findings;
}

function planWork(paragraphs: number): { reads: number; edits: number } {
  const counter = { reads: 0 };
  const findings = brokenReport(paragraphs, counter);
  counter.reads = 0;
  const plan = planFixes(findings);
  return { reads: counter.reads, edits: plan.edits.length };
}

/** Many text edits in one long paragraph, the way punctuation-width reports `中(` repeated. */
function oneLongParagraph(marks: number): { reads: number; applied: number } {
  const counter = { reads: 0 };
  const fix: Edit[] = [];
  for (let mark = 0; mark < marks; mark += 1) fix.push({ kind: 'replace-text', paragraph: 0, start: mark * 2 + 1, end: mark * 2 + 2, text: '（' });
  const findings = [
    finding('punctuation-width', 0, fix, counter),
    // A second rule's edits interleaved with the first's, each its own finding.
    ...Array.from({ length: marks }, (_, mark) =>
      finding('stray-character', 0, [{ kind: 'replace-text', paragraph: 0, start: mark * 2, end: mark * 2 + 1, text: '' }], counter),
    ),
  ];
  counter.reads = 0;
  const plan = planFixes(findings);
  return { reads: counter.reads, applied: plan.applied.length };
}

describe('planning a fix grows with the document, not with its square', () => {
  it('a report of 600 broken paragraphs is planned with about twice the work of one of 300', () => {
    const small = planWork(300);
    const large = planWork(600);
    expect(small.edits).toBe(300 * 5);
    expect(large.edits).toBe(600 * 5);
    // Sorting the plan costs n log n: a little over twice. Quadratic planning shows as four times.
    expect(large.reads / small.reads).toBeLessThan(2.5);
    // And the work per paragraph is a small constant.
    expect(large.reads / 600).toBeLessThan(400);
  });

  it('thousands of text edits in one paragraph are each checked against the others at the cost of their own length', () => {
    const small = oneLongParagraph(1000);
    const large = oneLongParagraph(2000);
    expect(small.applied).toBe(1001);
    expect(large.applied).toBe(2001);
    expect(large.reads / small.reads).toBeLessThan(2.5);
  });
});

describe('which text edits clash', () => {
  const edit = (start: number, end: number, paragraph = 0): Edit => ({ kind: 'replace-text', paragraph, start, end, text: 'x' });
  const plain = (fix: Edit, rule = 'punctuation-width'): Finding => ({
    rule,
    severity: 'warning',
    paragraph: 1,
    message: rule,
    expected: '',
    actual: '',
    fixable: true,
    fix: [fix],
  });
  const appliedAfter = (first: Edit, second: Edit): boolean => {
    const later = plain(second, 'stray-character');
    return planFixes([plain(first), later]).applied.includes(later);
  };

  it('ranges that only touch end to end both apply', () => {
    expect(appliedAfter(edit(0, 2), edit(2, 4))).toBe(true);
    expect(appliedAfter(edit(2, 4), edit(0, 2))).toBe(true);
  });

  it('ranges that share a character clash', () => {
    expect(appliedAfter(edit(0, 3), edit(2, 4))).toBe(false);
    expect(appliedAfter(edit(2, 4), edit(0, 3))).toBe(false);
    expect(appliedAfter(edit(0, 10), edit(4, 5))).toBe(false);
  });

  it('two edits starting at the same offset clash, even an insertion', () => {
    expect(appliedAfter(edit(3, 3), edit(3, 5))).toBe(false);
    expect(appliedAfter(edit(3, 5), edit(3, 3))).toBe(false);
    expect(appliedAfter(edit(3, 3), edit(3, 3))).toBe(false);
  });

  it('an insertion strictly inside a replaced range clashes; one at its end does not', () => {
    expect(appliedAfter(edit(2, 6), edit(4, 4))).toBe(false);
    expect(appliedAfter(edit(4, 4), edit(2, 6))).toBe(false);
    expect(appliedAfter(edit(2, 6), edit(6, 6))).toBe(true);
    expect(appliedAfter(edit(6, 6), edit(2, 6))).toBe(true);
  });

  it('edits of different paragraphs never clash', () => {
    expect(appliedAfter(edit(0, 5, 0), edit(0, 5, 1))).toBe(true);
  });
});

describe('a paragraph with many text edits applied in memory', () => {
  const profile = OFFICIAL_PROFILE;

  function paragraphOf(runs: readonly string[]): DocumentModel {
    let start = 0;
    const placed = runs.map((text) => {
      const run = { text, start, format: { eastAsiaFont: '方正仿宋_GBK', sizePt: 16 } };
      start += text.length;
      return run;
    });
    return { paragraphs: [{ index: 0, text: runs.join(''), runs: placed, format: {} }], contentControls: [], marker: {} } as unknown as DocumentModel;
  }

  it('gives the same text and runs as applying the edits one by one', () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 1500; round += 1) {
      const runs = Array.from({ length: 1 + Math.floor(random() * 5) }, () => '中文(,'.slice(0, Math.floor(random() * 5)));
      const document = paragraphOf(runs);
      const length = document.paragraphs[0].text.length;
      const edits: Edit[] = [];
      let limit = length;
      while (random() < 0.8) {
        const end = Math.floor(random() * (limit + 1));
        const start = Math.floor(random() * (end + 1));
        if (edits.length > 0 && start >= limit) break;
        edits.push({ kind: 'replace-text', paragraph: 0, start, end, text: ['', '（', 'ab'][Math.floor(random() * 3)] });
        limit = start;
      }
      const atOnce = applyEditsToModel(document, edits, profile);
      let oneByOne: DocumentModel = document;
      for (const edit of edits) {
        const step = applyEditsToModel(oneByOne, [edit], profile);
        if (!step.ok) throw new Error(step.error.message);
        oneByOne = step.value;
      }
      expect(atOnce.ok && atOnce.value.paragraphs[0]).toEqual(oneByOne.paragraphs[0]);
    }
  });

  it('a million-character paragraph with 100,000 edits is applied in one walk', () => {
    const text = '中('.repeat(100000);
    const document = paragraphOf([text.slice(0, 100000), text.slice(100000)]);
    const edits: Edit[] = [];
    for (let mark = 99999; mark >= 0; mark -= 1) edits.push({ kind: 'replace-text', paragraph: 0, start: mark * 2 + 1, end: mark * 2 + 2, text: '（' });
    const started = Date.now();
    const result = applyEditsToModel(document, edits, profile);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.ok && result.value.paragraphs[0].text).toBe('中（'.repeat(100000));
  });
});
