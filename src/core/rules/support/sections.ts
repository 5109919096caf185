/** Where the template's sections are in a document: shared by required-section, section-order and length-limit. */
import type { ClassifiedParagraph } from '../../roles';
import { headingLabel, headingTitle, normaliseSectionTitle } from '../../roles';
import { templateSections, type SectionBlock, type Template } from '../../../templates/schema';

export interface LocatedSection {
  readonly section: SectionBlock;
  /** Position among the template's sections. */
  readonly order: number;
  /** The heading paragraph, when the document has it. */
  readonly heading?: ClassifiedParagraph;
}

/** Each template section with the first heading of its level whose title matches it. */
export function locateSections(paragraphs: readonly ClassifiedParagraph[], template: Template): LocatedSection[] {
  const used = new Set<number>();
  return templateSections(template).map((section, order) => {
    const wanted = normaliseSectionTitle(section.title);
    const heading = paragraphs.find(
      (classified) =>
        classified.heading !== undefined &&
        classified.role === `h${section.level}` &&
        !used.has(classified.paragraph.index) &&
        headingTitle(classified.paragraph.text, classified.heading) === wanted,
    );
    if (heading) used.add(heading.paragraph.index);
    return heading ? { section, order, heading } : { section, order };
  });
}

/** The number a section carries from its place in the template: level-1 sections count from 一, level-2 restart under each level-1. */
export function sectionLabel(template: Template, target: SectionBlock): string {
  let value = 0;
  for (const section of templateSections(template)) {
    if (section.level < target.level) value = 0;
    if (section.level === target.level) value += 1;
    if (section === target) break;
  }
  return headingLabel(target.level, value);
}

/** Paragraphs of a section's text: after its heading, up to the next heading of the same or a higher level. */
export function sectionBody(paragraphs: readonly ClassifiedParagraph[], heading: ClassifiedParagraph, level: 1 | 2): ClassifiedParagraph[] {
  const body: ClassifiedParagraph[] = [];
  for (let index = heading.paragraph.index + 1; index < paragraphs.length; index += 1) {
    const next = paragraphs[index];
    if (next.heading && next.heading.level <= level && (next.role === 'h1' || next.role === 'h2')) break;
    body.push(next);
  }
  return body;
}
