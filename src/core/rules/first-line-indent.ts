/**
 * `first-line-indent` — body paragraphs start 2 characters in, set as an
 * indent, not typed as spaces.
 *
 * Why: GB/T 9704-2012 §7.3.3 (正文 "每个自然段左空二字"). Spaces typed for the
 * indent shift when the font or size changes and are counted by 字数 tools
 * that count characters; Word's 首行缩进 2 字符 does not. An indent in points
 * passes when it is 2 × the paragraph's font size (±0.5 pt). 附件 labels
 * (`附件1`) stand flush left and are not checked.
 */
import type { Paragraph } from '../model';
import type { RoleFormat } from '../../templates/schema';
import type { Rule, RuleFinding, RulesText } from '../rule';
import type { Edit } from '../edits';
import { leadingSpaceLength } from '../characters';
import { isAttachmentLabel } from '../roles';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { findingParagraph, firstVisibleRun, roleFormat } from './support/format';

const POINT_TOLERANCE = 0.5;

function indentDescription(text: RulesText, paragraph: Paragraph): string {
  const indent = paragraph.format.firstLineIndent;
  if (!indent || (indent.chars === undefined && indent.points === 0) || indent.chars === 0) return text.firstLineIndent.none;
  return indent.chars !== undefined ? text.firstLineIndent.chars(indent.chars) : text.firstLineIndent.points(indent.points);
}

/**
 * An indent in points is judged at the size the paragraph has once fixed:
 * its own when the role accepts it, else the role's (what font-size sets),
 * so a 小四 paragraph's 24 pt is reported now, not after the size fix.
 */
function indentIsRight(paragraph: Paragraph, requiredChars: number, format: RoleFormat): boolean {
  const indent = paragraph.format.firstLineIndent;
  if (!indent) return requiredChars === 0;
  if (indent.chars !== undefined) return indent.chars === requiredChars;
  const own = firstVisibleRun(paragraph)?.format.sizePt;
  const size = own !== undefined && (own === format.sizePt || format.acceptedSizesPt.includes(own)) ? own : format.sizePt;
  return Math.abs(indent.points - (requiredChars / 100) * size) <= POINT_TOLERANCE;
}

export const firstLineIndentRule: Rule = {
  id: 'first-line-indent',
  severity: 'warning',
  description: zhRules.descriptions['first-line-indent'],
  fixable: true,
  check({ paragraphs, profile, text }) {
    const findings: RuleFinding[] = [];
    for (const classified of paragraphs) {
      // A paragraph no format role describes (落款, 主送, 发文字号, TOC, an unnumbered heading) has no look to judge.
      if (classified.role === 'empty' || classified.role === 'other') continue;
      const format = roleFormat(classified, profile);
      const required = format.firstLineChars;
      const paragraph = classified.paragraph;
      if (required === undefined || isAttachmentLabel(paragraph.text)) continue;
      const spaces = leadingSpaceLength(paragraph.text);
      const rightIndent = indentIsRight(paragraph, required, format);
      if (spaces === 0 && rightIndent) continue;
      const expected = text.firstLineIndent.chars(required);
      const fix: Edit[] = [];
      if (spaces > 0) fix.push({ kind: 'replace-text', paragraph: paragraph.index, start: 0, end: spaces, text: '' });
      if (!rightIndent || spaces > 0) fix.push({ kind: 'set-paragraph-format', paragraph: paragraph.index, firstLineChars: required });
      findings.push({
        paragraph: findingParagraph(paragraph),
        message: spaces > 0 ? text.firstLineIndent.spaces(spaces, expected) : text.firstLineIndent.wrong(expected, indentDescription(text, paragraph)),
        expected,
        actual: spaces > 0 ? text.firstLineIndent.spacesActual(spaces) : indentDescription(text, paragraph),
        fixable: true,
        fix,
      });
    }
    return findings;
  },
};
