/**
 * `stray-character` — no emoji, private-use, invisible, control or
 * symbol-script characters (src/core/stray-characters.ts says which).
 *
 * Why: GB/T 9704-2012 §5.2.2 sets 公文 in Chinese type; these characters come
 * from web pages (seed 003 carries an emoji every few words and an Egyptian
 * hieroglyph "𓀚"), print as boxes or colour pictures, and break 字数 and
 * search. The fix deletes each whole sequence (a skin-toned or ZWJ emoji, a
 * keycap `5️⃣` with its digit, a flag), never half of one.
 */
import type { Rule, RuleFinding, RulesText } from '../rule';
import { findStrayCharacters, mergeStrayRanges, type StrayRange } from '../stray-characters';
import { rules as zhRules } from '../../i18n/zh-CN/rules';

const LISTED = 10;

function shown(text: RulesText, range: StrayRange): string {
  if (range.kind === 'emoji' || range.kind === 'symbol') return text.strayCharacter.quoted(range.text);
  const codePoints = [...range.text].map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return codePoints.join(' ');
}

export const strayCharacterRule: Rule = {
  id: 'stray-character',
  severity: 'warning',
  description: zhRules.descriptions['stray-character'],
  fixable: true,
  check({ paragraphs, text }) {
    const findings: RuleFinding[] = [];
    for (const classified of paragraphs) {
      const paragraph = classified.paragraph;
      const ranges = findStrayCharacters(paragraph.text);
      if (ranges.length === 0) continue;
      const items = [...new Set(ranges.map((range) => text.strayCharacter.item(text.strayKinds[range.kind], shown(text, range))))];
      const listed = items.length > LISTED ? [...items.slice(0, LISTED), '…'] : items;
      findings.push({
        paragraph: paragraph.index + 1,
        message: text.strayCharacter.message(listed),
        expected: text.strayCharacter.expected,
        actual: ranges.map((range) => range.text).join(''),
        fixable: true,
        fix: mergeStrayRanges(ranges).map((range) => ({
          kind: 'replace-text',
          paragraph: paragraph.index,
          start: range.start,
          end: range.end,
          text: '',
        })),
      });
    }
    return findings;
  },
};
