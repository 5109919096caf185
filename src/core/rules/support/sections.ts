/** Where the template's sections are in a document: shared by required-section, section-order and length-limit. */
import type { ClassifiedParagraph, HeadingNumber } from '../../roles';
import { headingLabel, headingTitle, normaliseSectionTitle } from '../../roles';
import { templateSections, type SectionBlock, type Template } from '../../../templates/schema';

export interface LocatedSection {
  readonly section: SectionBlock;
  /** Position among the template's sections. */
  readonly order: number;
  /** The heading paragraph, when the document has it. */
  readonly heading?: ClassifiedParagraph;
}

/** Sections already located, per classified document and template: four rules ask for the same answer in one check. */
const locatedSections = new WeakMap<readonly ClassifiedParagraph[], Map<Template, readonly LocatedSection[]>>();

/** Each template section with the first heading of its level whose title matches it. */
export function locateSections(paragraphs: readonly ClassifiedParagraph[], template: Template): readonly LocatedSection[] {
  let byTemplate = locatedSections.get(paragraphs);
  if (!byTemplate) locatedSections.set(paragraphs, (byTemplate = new Map()));
  let located = byTemplate.get(template);
  if (!located) byTemplate.set(template, (located = locate(paragraphs, template)));
  return located;
}

interface Candidate {
  readonly classified: ClassifiedParagraph;
  readonly heading: HeadingNumber;
  /** Worked out once, when a section of the heading's level first asks. */
  title?: string;
}

function locate(paragraphs: readonly ClassifiedParagraph[], template: Template): LocatedSection[] {
  const candidates: Candidate[] = [];
  for (const classified of paragraphs) if (classified.heading) candidates.push({ classified, heading: classified.heading });
  const used = new Set<number>();
  return templateSections(template).map((section, order) => {
    const wanted = normaliseSectionTitle(section.title);
    const role = `h${section.level}`;
    const found = candidates.find(
      (candidate) =>
        candidate.classified.role === role &&
        !used.has(candidate.classified.paragraph.index) &&
        (candidate.title ??= headingTitle(candidate.classified.paragraph.text, candidate.heading)) === wanted,
    );
    if (!found) return { section, order };
    used.add(found.classified.paragraph.index);
    return { section, order, heading: found.classified };
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
