/** What one rendering of a template carries from block to block. */
import type { Field, Profile, RoleName, Template } from '../schema';
import type { ControlIds } from './controls';
import { ROLE_STYLES, roleFormat, type OoxmlFormat } from './format';

export interface RenderContext {
  readonly template: Template;
  readonly profile: Profile;
  readonly values: Readonly<Record<string, string>>;
  readonly ids: ControlIds;
  /** Width of the text column in twips (A4 less 公文 margins). */
  readonly textWidth: number;
  /** Paragraphs name their role's style (the .docx writer defines them). */
  readonly roleStyles: boolean;
}

/** The role's direct format, naming its paragraph style when the package defines one. */
export function contextFormat(context: RenderContext, role: RoleName): OoxmlFormat {
  const format = roleFormat(context.profile, role);
  if (!context.roleStyles) return format;
  return { ...format, paragraph: { ...format.paragraph, styleId: ROLE_STYLES[role].id } };
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
