import { chineseSizeName, CHINESE_SIZES, shownNumber, type Alignment, type LineSpacing } from '../../core/model';
import type { Role } from '../../core/roles';
import type { StrayKind } from '../../core/stray-characters';
import type { rules as zh } from '../zh-CN/rules';

const ROLES: Record<Role, string> = {
  title: 'Title',
  org: 'Organisation line',
  h1: 'Level-1 heading',
  h2: 'Level-2 heading',
  h3: 'Level-3 heading',
  h4: 'Level-4 heading',
  body: 'Body text',
  'table-cell': 'Table text',
  empty: 'Empty paragraph',
  other: 'other (signature, addressee…)',
};

const ALIGNMENTS: Record<Alignment, string> = {
  left: 'left-aligned',
  center: 'centred',
  right: 'right-aligned',
  both: 'justified',
  distribute: 'distributed',
};

const STRAY_KINDS: Record<StrayKind, string> = {
  emoji: 'emoji ',
  'private-use': 'private-use character ',
  invisible: 'invisible character ',
  control: 'control character ',
  symbol: 'stray symbol ',
};

function size(points: number | undefined): string {
  if (points === undefined) return 'no size set';
  const named = CHINESE_SIZES.some((entry) => entry.points === points);
  // The size by the name Word's Chinese size box shows, quoted as a name, and in points.
  return named ? `"${chineseSizeName(points)}" (${shownNumber(points)} pt)` : `${shownNumber(points)} pt`;
}

function lineSpacing(spacing: LineSpacing | undefined): string {
  if (!spacing) return 'no line spacing set (single)';
  if (spacing.rule === 'exact') return `exactly ${shownNumber(spacing.points)} pt`;
  if (spacing.rule === 'atLeast') return `at least ${shownNumber(spacing.points)} pt`;
  if (spacing.lines === 1) return 'single spacing';
  return `${shownNumber(spacing.lines)} lines`;
}

function space(points: number | undefined, lines: number | undefined): string {
  if (lines !== undefined) return `${shownNumber(lines)} lines`;
  return points === undefined ? 'not set' : `${shownNumber(points)} pt`;
}

export const rules: typeof zh = {
  roles: ROLES,
  alignments: ALIGNMENTS,
  strayKinds: STRAY_KINDS,
  unset: 'not set',
  missing: 'missing',
  size,
  lineSpacing,
  descriptions: {
    font: 'Font: the East Asian font of each paragraph is the one its role (title, headings, body, table) requires',
    'font-size': 'Font size: each paragraph uses the size its role requires',
    'line-spacing': 'Line spacing: exactly 28 pt, 0 before and after',
    'first-line-indent': 'First-line indent: body paragraphs indented 2 characters, not with spaces',
    alignment: 'Alignment: title and organisation line centred',
    'required-section': 'Required sections: every section the template requires is present',
    'section-order': 'Section order: sections appear in the template order',
    'heading-numbering': 'Heading numbers: "一、二、三" and "（一）（二）" run on without gaps, repeats or extra punctuation',
    'length-limit': 'Length limit: the document and each section stay within the notice’s word count',
    'required-field': 'Required fields: every required form field is filled in, not showing its prompt',
    placeholder: 'Placeholders: no leftover "XXX", "*", "【请填写】" or unsigned seal dates',
    'punctuation-width': 'Punctuation width: full-width punctuation between Chinese characters',
    'stray-character': 'Stray characters: no emoji, private-use, invisible or control characters',
    'choice-value': 'Choices: a choice field (project level, category…) holds one of the options the template offers',
  },
  font: {
    message: (role, expected, actual) => `${role} should be in "${expected}", found "${actual.join('", "')}"`,
  },
  fontSize: {
    message: (role, expected, actual) => `${role} should be ${expected}, found ${actual.join(', ')}`,
  },
  lineSpacingRule: {
    spacing: (expected, actual) => `line spacing should be ${expected}, found ${actual}`,
    before: (expected, actual, lines) => `space before should be ${shownNumber(expected)} pt, found ${space(actual, lines)}`,
    after: (expected, actual, lines) => `space after should be ${shownNumber(expected)} pt, found ${space(actual, lines)}`,
    summary: (spacing, before, after, beforeLines, afterLines) => `${spacing}, ${space(before, beforeLines)} before, ${space(after, afterLines)} after`,
    join: (parts) => parts.join('; '),
  },
  firstLineIndent: {
    chars: (hundredths) => `a first-line indent of ${hundredths / 100} characters`,
    points: (points) => `a first-line indent of ${points} pt`,
    none: 'no first-line indent',
    wrong: (expected, actual) => `Body text should have ${expected}, found ${actual}`,
    spaces: (count, expected) => `Body text starts with ${count} spaces used as an indent; remove them and set ${expected}`,
    spacesActual: (count) => `${count} leading spaces`,
  },
  alignment: {
    message: (role, expected, actual) => `${role} should be ${expected}, found ${actual}`,
    unset: 'left-aligned (not set)',
  },
  requiredSection: {
    message: (heading) => `The required section "${heading}" is missing; add it here`,
  },
  sectionOrder: {
    message: (title, shouldPrecede) => `"${title}" should come before "${shouldPrecede}"`,
    expected: (titles) => titles.join(' → '),
  },
  headingNumbering: {
    wrong: (expected, actual) => `Heading number should be "${expected}", found "${actual}"`,
    extra: (label, extra) => `Heading number "${label}" is followed by an extra "${extra}"`,
    automatic: ' (automatic numbering: adjust it in Word)',
  },
  lengthLimit: {
    document: (count, limit) => `The document has ${count} words, over the limit of ${limit} by ${count - limit}`,
    section: (title, count, limit) => `Section "${title}" has ${count} words, over the limit of ${limit} by ${count - limit}`,
    expected: (limit) => `at most ${limit} words`,
    actual: (count) => `${count} words`,
  },
  requiredField: {
    missing: (label) => `The field "${label}" is missing; insert it again from the template and fill it in`,
    empty: (label) => `"${label}" is not filled in`,
    placeholder: (label) => `"${label}" still shows its prompt; fill it in`,
    expected: (label) => `${label}, filled in`,
    emptyActual: 'empty',
    blank: (label, count) => `"${label}" is not filled in yet (a blank template: ${count} fields to fill)`,
    sectionEmpty: (title) => `The "${title}" section has no text yet; please write it`,
  },
  choiceValue: {
    message: (label, value, options) => `"${label}" holds "${value}", which is not one of its options: ${options.map((option) => `"${option}"`).join(', ')}`,
    expected: (options) => options.join(', '),
  },
  placeholder: {
    marker: (text) => `"${text}" is a placeholder left in the text; replace it with the real content`,
    prompt: (text) => `"${text}" is a fill-in prompt; replace it with the real content`,
    unsignedDate: (text) => `The date "${text}" by the seal or signature is not filled in`,
    blankSeal: (label) => `"${label}" is not filled in`,
    expected: 'the real content',
  },
  punctuationWidth: {
    message: (actual, expected) => `Half-width punctuation "${actual.join('')}" in Chinese text; use full-width "${expected.join('')}"`,
  },
  strayCharacter: {
    message: (items) => `Stray characters to remove: ${items.join(', ')}`,
    quoted: (character) => `"${character}"`,
    item: (kind, shown) => `${kind}${shown}`,
    expected: 'no stray characters',
  },
  fix: {
    invalidEdit: 'The fix plan does not match the document (a paragraph or text position is missing): check the document again, then fix',
  },
};
