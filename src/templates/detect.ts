/**
 * Which template a document is. Our marker (written when the template was
 * inserted) decides when present; otherwise the title does, by the longest
 * keyword it contains — so a 结项报告 is not taken for a 申报表 just because
 * both say 书记项目.
 */
import type { DocumentModel } from '../core/model';
import type { Template } from './schema';

export interface Detection {
  readonly template: Template;
  readonly by: 'marker' | 'title';
}

/** Titles split over two or three lines ("…基层党建" / "“书记项目”结项报告") are read together. */
const TITLE_PARAGRAPHS = 3;

/** Quotes, spaces and 书名号 vary between writers; keywords match without them. */
export function normaliseTitle(text: string): string {
  return text.replace(/[\s\u3000“”"'‘’「」『』《》〈〉]/g, '');
}

function titleText(model: DocumentModel): string {
  return model.paragraphs
    .map((paragraph) => normaliseTitle(paragraph.text))
    .filter((text) => text !== '')
    .slice(0, TITLE_PARAGRAPHS)
    .join('');
}

interface Match {
  readonly template: Template;
  readonly length: number;
  /** Position of the keyword in the template's list: earlier is more specific. */
  readonly rank: number;
}

export function detectTemplate(model: DocumentModel, templates: readonly Template[]): Detection | undefined {
  const markedId = model.marker.templateId;
  if (markedId) {
    const marked = templates.find((template) => template.id === markedId);
    if (marked) return { template: marked, by: 'marker' };
  }
  const title = titleText(model);
  if (title === '') return undefined;
  let best: Match | undefined;
  for (const template of templates) {
    template.titleKeywords.forEach((keyword, rank) => {
      const normalised = normaliseTitle(keyword);
      if (normalised === '' || !title.includes(normalised)) return;
      const better = !best || normalised.length > best.length || (normalised.length === best.length && rank < best.rank);
      if (better) best = { template, length: normalised.length, rank };
    });
  }
  return best ? { template: best.template, by: 'title' } : undefined;
}
