/**
 * Whether a heading names a template section. A fixed section (the notice
 * prints the heading) matches only its own words; a content area (the
 * notice says 一般应包括… or …等) matches by meaning, as a reviewer reads it:
 * 与/和/及 are the same joint, added words around the area's name do not
 * matter (`项目可行性分析`), a wording the template lists as a synonym counts,
 * and so does a heading holding every key term of the area (`起因和背景`).
 *
 * Titles given here are already normalised by the caller (no spaces, no
 * trailing colon or `（…）` note).
 */
import type { SectionBlock } from './schema';

export type SectionMatch = 'exact' | 'meaning';

/** The joints a writer picks freely between two parts of an area's name. */
const JOINTS = /以及|[与和及、跟同暨/／]/g;
/** Words that change nothing in a heading's meaning. */
const FILLERS = /[的“”"'‘’「」『』《》〈〉\s\u3000]/g;
const SPLIT = /以及|[与和及、]/;

/** A title without joints or filler characters: `背景和起因` and `背景与起因` both become `背景起因`. */
export function meaningKey(title: string): string {
  return title.replace(FILLERS, '').replace(JOINTS, '');
}

/** The words a heading must all hold to name this area. */
export function keyTermsOf(section: SectionBlock): readonly string[] {
  if (section.keyTerms && section.keyTerms.length > 0) return section.keyTerms;
  const parts = section.title.split(SPLIT).filter((part) => part !== '');
  return parts.length > 1 ? parts : [];
}

function compact(title: string): string {
  return title.replace(FILLERS, '');
}

/** How `heading` names `section`, or undefined when it does not. */
export function matchSection(section: SectionBlock, heading: string): SectionMatch | undefined {
  if (compact(heading) === compact(section.title)) return 'exact';
  if (section.match !== 'content' || heading === '') return undefined;
  const key = meaningKey(heading);
  if (key === '') return undefined;
  for (const wording of [section.title, ...section.synonyms]) {
    const wanted = meaningKey(wording);
    if (wanted !== '' && key.includes(wanted)) return 'meaning';
  }
  const terms = keyTermsOf(section).map(meaningKey).filter((term) => term !== '');
  if (terms.length > 0 && terms.every((term) => key.includes(term))) return 'meaning';
  return undefined;
}
