/**
 * Fields that several templates share. Their tags are what the register
 * reads (PRODUCT.md, "Register"), so they are spelt once, here.
 */
import type { TemplateInput } from '../schema';

type FieldInput = TemplateInput['fields'][number];

export const CATEGORY_OPTIONS = ['A.创新探索型', 'B.典型示范型', 'C.制度推广型'];
export const LEVEL_OPTIONS = ['二级党组织', '党支部'];

export function projectNameField(label = '项目名称', placeholder = '填写项目名称'): FieldInput {
  return { tag: 'projectName', label, placeholder, column: 'Title' };
}

export function orgField(label: string, placeholder: string, required = true): FieldInput {
  return { tag: 'org', label, placeholder, column: 'Org', required };
}

export function leaderField(label: string, placeholder = '填写姓名'): FieldInput {
  return { tag: 'leader', label, placeholder, column: 'Leader' };
}

export function phoneField(label = '联系方式'): FieldInput {
  return { tag: 'phone', label, placeholder: '填写电话', column: 'Phone' };
}

/** Multi-line text whose placeholder is the notice's own guidance. */
export function textArea(tag: string, label: string, placeholder: string, required = true): FieldInput {
  return { tag, label, placeholder, kind: 'multiline', required };
}

/**
 * An opinion box with its seal and date. The reviewing body's (上级党组织,
 * 党总支, 评审组) is empty when the applicant submits; the applicant's own
 * organisation's (实施项目的党组织意见) is signed before submitting.
 */
export function opinionField(tag: string, label: string, filledBy: 'applicant' | 'reviewer' = 'reviewer'): FieldInput {
  return { tag, label, placeholder: '由党组织填写意见', kind: 'multiline', required: false, filledBy };
}

export const SEAL_LINES = '（签  章）\n年    月    日';
export const STAMP_LINES = '（盖  章）\n年    月    日';

type BlockInput = TemplateInput['blocks'][number];

export interface ReportSection {
  /** Section id, also the tag of its body field. */
  readonly id: string;
  readonly title: string;
  /** The notice's guidance: the body field's placeholder. */
  readonly guidance: string;
  readonly maxChars?: number;
  /** Other wordings of a content area (see `matchSection`). */
  readonly synonyms?: readonly string[];
  readonly keyTerms?: readonly string[];
}

/**
 * A report's required 一、二、三 sections, each with a body field holding its
 * guidance. `fixed` when the notice prints the headings; `content` when it
 * only names what the report should cover.
 */
export function reportSections(
  sections: readonly ReportSection[],
  match: 'fixed' | 'content' = 'fixed',
): { fields: FieldInput[]; blocks: BlockInput[] } {
  return {
    fields: sections.map((section) => textArea(section.id, section.title, section.guidance)),
    blocks: sections.map((section) => ({
      type: 'section' as const,
      id: section.id,
      level: 1 as const,
      title: section.title,
      guidance: section.guidance,
      field: section.id,
      match,
      ...(section.maxChars === undefined ? {} : { maxChars: section.maxChars }),
      ...(section.synonyms === undefined ? {} : { synonyms: [...section.synonyms] }),
      ...(section.keyTerms === undefined ? {} : { keyTerms: [...section.keyTerms] }),
    })),
  };
}
