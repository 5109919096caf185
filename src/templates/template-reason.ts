/**
 * Telling the format-only template apart and saying why a document was
 * checked against its template. Apart from format-only.ts, which builds
 * that template with the schema, so the pane can show a report without
 * loading the validators.
 */
import { zh, type Messages } from '../i18n';
import type { Detection } from './detect';
import type { Template } from './schema';

/** Not a catalog id: reports show `template: null` for a format-only check. */
export const FORMAT_ONLY_ID = 'format-only';

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
