/** What one rendering of a template carries from block to block. */
import type { Field, Profile, Template } from '../schema';
import type { ControlIds } from './controls';

export interface RenderContext {
  readonly template: Template;
  readonly profile: Profile;
  readonly values: Readonly<Record<string, string>>;
  readonly ids: ControlIds;
  /** Width of the text column in twips (A4 less 公文 margins). */
  readonly textWidth: number;
}

/** A page layout fault in the template itself (a block naming a field it lacks): fix the template. */
export class TemplateFieldError extends Error {
  readonly code = 'unknown-field';
  constructor(
    readonly templateId: string,
    readonly tag: string,
  ) {
    super(`模板 ${templateId} 引用了不存在的字段 ${tag}`);
    this.name = 'TemplateFieldError';
  }
}

export function fieldOf(context: RenderContext, tag: string): Field {
  const field = context.template.fields.find((candidate) => candidate.tag === tag);
  if (!field) throw new TemplateFieldError(context.template.id, tag);
  return field;
}
