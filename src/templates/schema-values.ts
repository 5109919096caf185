/**
 * The template schema's lists and its one helper, without the validators:
 * reading and checking a document needs these, and a command that checks a
 * file then does not load zod (only reading a pack or the school's settings
 * does). ./schema builds its validators from them and re-exports them.
 */
import type { SectionBlock, Template } from './schema';

export const ROLE_NAMES = ['title', 'org', 'h1', 'h2', 'h3', 'h4', 'body', 'table-cell'] as const;

/** Characters XML 1.0 cannot carry at all, even escaped: a pack holding one would make Word refuse the file. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const REGISTER_FIELD_COLUMNS = ['Title', 'Org', 'Leader', 'Position', 'Phone', 'Category', 'Level', 'Year', 'Score'] as const;

/** Register status a submitted document of this template moves its row to. */
export const STATUSES = ['草稿', '已申报', '已立项', '中期检查', '已结项', '已验收', '优秀'] as const;

export function templateSections(template: Template): SectionBlock[] {
  return template.blocks.filter((block): block is SectionBlock => block.type === 'section');
}
