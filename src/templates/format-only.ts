/**
 * What a document is checked against when no template fits: its format
 * profile alone. No sections, fields or limits, so only the format rules
 * (and the text rules every document shares) can find anything; the report
 * says so (未识别模板，仅检查格式) instead of refusing a file it has read.
 */
import { zh } from '../i18n';
import type { Template } from './schema';
import { FORMAT_ONLY_ID } from './template-reason';

export { FORMAT_ONLY_ID, isFormatOnly, templateReason } from './template-reason';

const formatOnlyByProfile = new Map<string, Template>();

export function formatOnlyTemplate(profile: string): Template {
  let template = formatOnlyByProfile.get(profile);
  if (template) return template;
  const text = zh.templates.formatOnly;
  // Written as the schema gives it (test/templates/format-only.test.ts compares): checking a file need not load zod.
  template = {
    id: FORMAT_ONLY_ID,
    name: text.name,
    shortName: text.shortName,
    scheme: 'shuji',
    kind: 'report',
    profile,
    description: text.description,
    source: '—',
    titleKeywords: [text.name],
    submitStatus: '草稿',
    fields: [],
    blocks: [{ type: 'title', text: text.name }],
  };
  formatOnlyByProfile.set(profile, template);
  return template;
}
