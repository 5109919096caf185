/**
 * What a document is checked against when no template fits: its format
 * profile alone. No sections, fields or limits, so only the format rules
 * (and the text rules every document shares) can find anything; the report
 * says so (未识别模板，仅检查格式) instead of refusing a file it has read.
 */
import { zh, type Messages } from '../i18n';
import type { Detection } from './detect';
import { templateSchema, type Template } from './schema';

/** Not a catalog id: reports show `template: null` for a format-only check. */
export const FORMAT_ONLY_ID = 'format-only';

const formatOnlyByProfile = new Map<string, Template>();

export function formatOnlyTemplate(profile: string): Template {
  let template = formatOnlyByProfile.get(profile);
  if (template) return template;
  const text = zh.templates.formatOnly;
  template = templateSchema.parse({
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
  });
  formatOnlyByProfile.set(profile, template);
  return template;
}

export function isFormatOnly(template: Template): boolean {
  return template.id === FORMAT_ONLY_ID;
}

/** Why the document was checked against its template, in the user's words. */
export function templateReason(detection: Detection | undefined, reasons: Messages['templates']['reasons'] = zh.templates.reasons): string {
  if (!detection) return reasons.formatOnly;
  const name = detection.template.name;
  switch (detection.by) {
    case 'marker':
      return reasons.marker(name);
    case 'title':
      return reasons.title(name, detection.clues[0] ?? '');
    case 'sections':
      return reasons.sections(name, detection.clues);
    case 'labels':
      return reasons.labels(name, detection.clues);
  }
}
