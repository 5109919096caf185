/**
 * `heading-numbering` — heading numbers run on: 一、二、三 for level 1,
 * （一）（二） restarting under each level-1 heading, 1. 2. under each level-2,
 * （1）（2） under each level-3; no skips, no repeats, no punctuation after the
 * number (`（一）、`, `一、、`, `1.、`).
 *
 * Why: GB/T 9704-2012 §7.3.3 — "文中结构层次序数依次可以用'一、''（一）''1.''（1）'标注".
 * A skipped or doubled number is the first thing a reviewer notices. The fix
 * rewrites the number; each later heading is checked against the corrected
 * sequence, so one pass of fixes renumbers the whole list. A required section
 * the document lacks is counted where its fix inserts it. Automatic numbering
 * cannot be rewritten as text: that finding tells the writer to adjust it in Word.
 */
import type { Rule, RuleFinding } from '../rule';
import { headingLabel } from '../roles';
import { leadingSpaceLength } from '../characters';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { HeadingCounter, isNumberedHeading, missingSectionsBefore } from './support/missing-sections';

function h3Separator(label: string): string {
  const separator = label.charAt(label.length - 1);
  return separator === '．' || separator === '、' ? separator : '.';
}

export const headingNumberingRule: Rule = {
  id: 'heading-numbering',
  severity: 'error',
  description: zhRules.descriptions['heading-numbering'],
  fixable: true,
  check({ paragraphs, template, text }) {
    const counter = new HeadingCounter();
    // Missing required sections count where required-section inserts them, so their fixes and these agree.
    const missingBefore = missingSectionsBefore(paragraphs, template);
    const findings: RuleFinding[] = [];
    for (const classified of paragraphs) {
      for (const missing of missingBefore.get(classified.paragraph.index) ?? []) counter.next(missing.section.level);
      const heading = classified.heading;
      if (!heading || !isNumberedHeading(classified)) continue;
      const level = heading.level;
      const expectedValue = counter.next(level);
      const expected = headingLabel(level, expectedValue, h3Separator(heading.label));
      const numberWrong = heading.value !== expectedValue;
      if (!numberWrong && heading.extra === '') continue;
      const paragraph = classified.paragraph;
      const written = `${heading.label}${heading.extra}`;
      const automatic = paragraph.listLabel !== undefined;
      const message =
        (numberWrong ? text.headingNumbering.wrong(expected, written) : text.headingNumbering.extra(heading.label, heading.extra)) +
        (automatic ? text.headingNumbering.automatic : '');
      const labelStart = leadingSpaceLength(paragraph.text);
      const labelEnd = labelEndOffset(paragraph.text, labelStart, written, heading.titleStart);
      findings.push({
        paragraph: paragraph.index + 1,
        message,
        expected,
        actual: written,
        fixable: !automatic,
        fix: automatic ? [] : [{ kind: 'replace-text', paragraph: paragraph.index, start: labelStart, end: labelEnd, text: expected }],
      });
    }
    return findings;
  },
};

/**
 * Where the written label ends in the raw text: after as many non-space
 * characters as the label has (stray characters inside it are taken along),
 * never past the title.
 */
function labelEndOffset(raw: string, start: number, written: string, titleStart: number): number {
  const wanted = written.replace(/\s/g, '').length;
  let seen = 0;
  let position = start;
  while (position < titleStart && seen < wanted) {
    const codePoint = raw.codePointAt(position) ?? 0;
    const character = String.fromCodePoint(codePoint);
    if (written.includes(character) && !/\s/.test(character)) seen += 1;
    position += character.length;
  }
  return position;
}
