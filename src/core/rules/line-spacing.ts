/**
 * `line-spacing` — every paragraph with text has exactly the profile's
 * spacing (固定值 28 磅) and nothing before or after.
 *
 * Why: 000 附件3 "备注：行距28磅"; GB/T 9704-2012 §5.2.3 fixes 22 lines of
 * 28 字 per page, which only a fixed line height keeps. Multiple and
 * at-least spacing let lines grow with the font, so they fail too.
 * Not judged, and never rewritten by a fix: a paragraph holding a picture,
 * chart or other object (Word grows an at-least or single line to fit the
 * object; exact 28 pt would clip it), and empty paragraphs (no text to set,
 * and the spacing a writer gives a blank line is a layout choice).
 * Table cells are not checked when the role's spacing is null (form tables).
 */
import type { LineSpacing, ParagraphFormat } from '../model';
import type { Profile } from '../../templates/schema';
import type { Rule, RuleFinding, RulesText } from '../rule';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { findingParagraph, roleFormat } from './support/format';

const TOLERANCE = 0.01;

function sameSpacing(expected: LineSpacing, actual: LineSpacing | undefined): boolean {
  if (!actual || actual.rule !== expected.rule) return false;
  if (expected.rule === 'multiple') return actual.rule === 'multiple' && Math.abs(actual.lines - expected.lines) < TOLERANCE;
  return actual.rule !== 'multiple' && Math.abs(actual.points - expected.points) < TOLERANCE;
}

function sameSpace(expected: number, actual: number | undefined): boolean {
  return actual !== undefined && Math.abs(actual - expected) < TOLERANCE;
}

interface Verdict {
  /** Undefined when the paragraph's spacing is right. */
  readonly message?: string;
  readonly expected: string;
  readonly actual: string;
}

function judge(text: RulesText, expected: LineSpacing, format: ParagraphFormat, profile: Profile): Verdict {
  const problems: string[] = [];
  if (!sameSpacing(expected, format.lineSpacing)) {
    problems.push(text.lineSpacingRule.spacing(text.lineSpacing(expected), text.lineSpacing(format.lineSpacing)));
  }
  if (!sameSpace(profile.spaceBeforePt, format.spaceBeforePt)) {
    problems.push(text.lineSpacingRule.before(profile.spaceBeforePt, format.spaceBeforePt, format.spaceBeforeLines));
  }
  if (!sameSpace(profile.spaceAfterPt, format.spaceAfterPt)) {
    problems.push(text.lineSpacingRule.after(profile.spaceAfterPt, format.spaceAfterPt, format.spaceAfterLines));
  }
  return {
    message: problems.length === 0 ? undefined : text.lineSpacingRule.join(problems),
    expected: text.lineSpacingRule.summary(text.lineSpacing(expected), profile.spaceBeforePt, profile.spaceAfterPt),
    actual: text.lineSpacingRule.summary(
      text.lineSpacing(format.lineSpacing),
      format.spaceBeforePt,
      format.spaceAfterPt,
      format.spaceBeforeLines,
      format.spaceAfterLines,
    ),
  };
}

export const lineSpacingRule: Rule = {
  id: 'line-spacing',
  severity: 'error',
  description: zhRules.descriptions['line-spacing'],
  fixable: true,
  check({ paragraphs, profile, text }) {
    const findings: RuleFinding[] = [];
    // Paragraphs read from one file share format objects: judge each pair once, not once per paragraph.
    const verdicts = new Map<LineSpacing, Map<ParagraphFormat, Verdict>>();
    for (const classified of paragraphs) {
      if (classified.role === 'empty' || classified.paragraph.holdsObject) continue;
      const roleSpacing = roleFormat(classified, profile).lineSpacing;
      if (roleSpacing === null) continue;
      const expected = roleSpacing ?? profile.lineSpacing;
      const format = classified.paragraph.format;
      let byFormat = verdicts.get(expected);
      if (!byFormat) verdicts.set(expected, (byFormat = new Map()));
      let verdict = byFormat.get(format);
      if (!verdict) byFormat.set(format, (verdict = judge(text, expected, format, profile)));
      if (verdict.message === undefined) continue;
      findings.push({
        paragraph: findingParagraph(classified.paragraph),
        message: verdict.message,
        expected: verdict.expected,
        actual: verdict.actual,
        fixable: true,
        fix: [
          {
            kind: 'set-paragraph-format',
            paragraph: classified.paragraph.index,
            lineSpacing: expected,
            spaceBeforePt: profile.spaceBeforePt,
            spaceAfterPt: profile.spaceAfterPt,
          },
        ],
      });
    }
    return findings;
  },
};
