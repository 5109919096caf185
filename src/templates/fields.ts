/**
 * Fields of a template: by tag, by register column, and the consistency
 * checks a template (built in or from a pack) must pass before use.
 */
import type { Block, Field, Template } from './schema';
import { REGISTER_FIELD_COLUMNS } from './schema-values';

export type RegisterFieldColumn = (typeof REGISTER_FIELD_COLUMNS)[number];

export function fieldByTag(template: Template, tag: string): Field | undefined {
  return template.fields.find((field) => field.tag === tag);
}

/** The field that feeds a register column (`Title` → projectName), if the template has one. */
export function fieldForColumn(template: Template, column: RegisterFieldColumn): Field | undefined {
  return template.fields.find((field) => field.column === column);
}

/** Tags the blocks place in the document, in document order. */
export function blockFieldTags(template: Template): string[] {
  return template.blocks.flatMap(blockTags);
}

function blockTags(block: Block): string[] {
  switch (block.type) {
    case 'form':
      return block.rows.flatMap((row) => row.cells.flatMap((cell) => ('field' in cell ? [cell.field] : [])));
    case 'signature':
      return [block.field, ...(block.more ?? []).map((part) => part.field)].filter((tag): tag is string => tag !== undefined);
    case 'title':
    case 'org':
    case 'section':
    case 'paragraph':
      return block.field === undefined ? [] : [block.field];
  }
}

/** Fields the register keeps that the form does not print: read from the document's properties or asked when submitting. */
export function registerOnlyFields(template: Template): Field[] {
  return template.fields.filter((field) => !field.printed);
}

/** Custom document property holding a register-only field's value (`DangjianField.level`). */
export function registerFieldProperty(tag: string): string {
  return `DangjianField.${tag}`;
}

/** Fields in the order the document shows them (a form's order, not the declaration's). */
export function fieldsInDocumentOrder(template: Template): Field[] {
  return blockFieldTags(template).flatMap((tag) => {
    const field = fieldByTag(template, tag);
    return field ? [field] : [];
  });
}

export type TemplateProblem =
  | { readonly kind: 'duplicate-tag'; readonly tag: string }
  | { readonly kind: 'unknown-field'; readonly tag: string }
  | { readonly kind: 'unplaced-field'; readonly tag: string }
  | { readonly kind: 'field-placed-twice'; readonly tag: string }
  | { readonly kind: 'choice-without-options'; readonly tag: string }
  | { readonly kind: 'unprinted-field-placed'; readonly tag: string };

/**
 * What makes a template unusable: a tag declared twice, a block naming a
 * field that does not exist, a field no block shows, a field shown twice
 * (its content control tag would not be unique), a choice with no options,
 * a field marked as not printed that a block shows after all.
 */
export function templateProblems(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const declared = new Set<string>();
  for (const field of template.fields) {
    if (declared.has(field.tag)) problems.push({ kind: 'duplicate-tag', tag: field.tag });
    declared.add(field.tag);
    if (field.kind === 'choice' && (field.options ?? []).length === 0) problems.push({ kind: 'choice-without-options', tag: field.tag });
  }
  const placed = new Set<string>();
  for (const tag of blockFieldTags(template)) {
    if (!declared.has(tag)) problems.push({ kind: 'unknown-field', tag });
    else if (placed.has(tag)) problems.push({ kind: 'field-placed-twice', tag });
    placed.add(tag);
  }
  for (const field of template.fields) {
    if (field.printed && !placed.has(field.tag)) problems.push({ kind: 'unplaced-field', tag: field.tag });
    if (!field.printed && placed.has(field.tag)) problems.push({ kind: 'unprinted-field-placed', tag: field.tag });
  }
  return problems;
}

const CHOICE_SEPARATORS = /[．。、]/g;

/**
 * The option a written choice stands for: the option itself, its name without
 * the letter (`创新探索型`), or its letter alone or leading (`A`, `A.其他`),
 * spaces and the full stops people type for the dot ignored. `undefined` when
 * the value is none of the options (`校级` for 项目层级).
 */
export function matchChoice(value: string, options: readonly string[]): string | undefined {
  const compact = value.replace(/\s+/g, '').replace(CHOICE_SEPARATORS, '.');
  return options.find((option) => {
    const dot = option.indexOf('.');
    const letter = dot > 0 ? option.slice(0, dot) : '';
    const name = dot > 0 ? option.slice(dot + 1) : option;
    return compact === option || compact === name || (letter !== '' && (compact === letter || compact.startsWith(`${letter}.`)));
  });
}
