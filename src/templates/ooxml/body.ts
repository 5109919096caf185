/**
 * A template's body, block by block, as WordprocessingML: what the .docx
 * writer wraps in a package and the add-in inserts with `insertOoxml`.
 */
import type { Block, Profile, RoleName, Template } from '../schema';
import { blockControlXml, controlIds, runControlXml } from './controls';
import { contextFormat, fieldOf, type RenderContext } from './context';
import { formTableXml, signatureLineXml } from './form';
import { paragraphWithContentXml, runXml } from './format';
import { headingLabel } from './numbering';

/** A4 (11906 twips) less the 公文 left 28 mm and right 26 mm margins. */
export const A4_TEXT_WIDTH = 11906 - 1587 - 1474;

export interface RenderOptions {
  /** The project the document belongs to. The marker part carries it; the body does not show it. */
  readonly projectId?: string;
  /** Field values by tag; a field without one shows its placeholder. */
  readonly values?: Readonly<Record<string, string>>;
  /** Name each role's paragraph style (ROLE_STYLES): only where the package defines them. */
  readonly roleStyles?: boolean;
}

function textAndField(context: RenderContext, role: RoleName, text: string | undefined, tag: string | undefined, before = false): string {
  const format = contextFormat(context, role);
  const textXml = text ? runXml(text, format.run) : '';
  const fieldXml = tag ? runControlXml(fieldOf(context, tag), format, context.ids, context.values[tag]) : '';
  return paragraphWithContentXml(format, before ? fieldXml + textXml : textXml + fieldXml);
}

function blockXml(block: Block, context: RenderContext, numbers: { h1: number; h2: number }): string {
  switch (block.type) {
    case 'title': {
      const title = textAndField(context, 'title', block.text, block.field, true);
      if (block.mark === undefined) return title;
      // The 附件 line stands flush left above the title, in the body's type.
      const body = contextFormat(context, 'body');
      const flush = { ...body, paragraph: { ...body.paragraph, alignment: 'left' as const, firstLineChars: 0 } };
      return paragraphWithContentXml(flush, runXml(block.mark, flush.run)) + title;
    }
    case 'org':
      return textAndField(context, 'org', block.text, block.field);
    case 'paragraph':
      return textAndField(context, 'body', block.text, block.field);
    case 'signature':
      return block.more === undefined ? textAndField(context, 'body', block.text, block.field) : signatureLineXml(block, context);
    case 'form':
      return formTableXml(block, context);
    case 'section': {
      const role: RoleName = block.level === 1 ? 'h1' : 'h2';
      if (block.level === 1) {
        numbers.h1 += 1;
        numbers.h2 = 0;
      } else {
        numbers.h2 += 1;
      }
      const label = headingLabel(block.level, block.level === 1 ? numbers.h1 : numbers.h2);
      const heading = contextFormat(context, role);
      const headingXml = paragraphWithContentXml(heading, runXml(label + block.title, heading.run));
      const body = contextFormat(context, 'body');
      const bodyXml = block.field
        ? blockControlXml(fieldOf(context, block.field), body, context.ids, context.values[block.field])
        : paragraphWithContentXml(body, '');
      return headingXml + bodyXml;
    }
  }
}

/** The `w:body` children (paragraphs and tables), without `w:sectPr`. */
export function renderTemplateBody(template: Template, profile: Profile, options: RenderOptions = {}): string {
  const context: RenderContext = {
    template,
    profile,
    values: options.values ?? {},
    ids: controlIds(),
    textWidth: A4_TEXT_WIDTH,
    roleStyles: options.roleStyles ?? false,
  };
  const numbers = { h1: 0, h2: 0 };
  const body = template.blocks.map((block) => blockXml(block, context, numbers)).join('');
  // Word always ends a body with a paragraph; a form ending in its table gets one in the body's format.
  const last = template.blocks[template.blocks.length - 1];
  if (last?.type !== 'form' && !(last?.type === 'signature' && last.more !== undefined)) return body;
  return body + paragraphWithContentXml(contextFormat(context, 'body'), '');
}
