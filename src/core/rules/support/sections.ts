/** Where the template's sections are in a document: shared by required-section, section-order and length-limit. */
import type { ClassifiedParagraph, HeadingNumber } from '../../roles';
import { headingLabel, headingTitle } from '../../roles';
import { matchSection } from '../../../templates/section-match';
import type { SectionBlock, Template } from '../../../templates/schema';
import { templateSections } from '../../../templates/schema-values';

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
  const sections = templateSections(template);
  const found: (ClassifiedParagraph | undefined)[] = sections.map(() => undefined);
  // Word-for-word headings first, so a content area matched by meaning never takes a heading that names another section exactly.
  for (const wanted of ['exact', 'meaning'] as const) {
    sections.forEach((section, order) => {
      if (found[order]) return;
      const role = `h${section.level}`;
      const candidate = candidates.find((entry) => {
        if (entry.classified.role !== role || used.has(entry.classified.paragraph.index)) return false;
        const match = matchSection(section, (entry.title ??= headingTitle(entry.classified.paragraph.text, entry.heading)));
        return wanted === 'exact' ? match === 'exact' : match !== undefined;
      });
      if (!candidate) return;
      used.add(candidate.classified.paragraph.index);
      found[order] = candidate.classified;
    });
  }
  return sections.map((section, order) => {
    const heading = found[order];
    return heading ? { section, order, heading } : { section, order };
  });
}

/** Severity of a finding about a section: a content area the notice only describes is a warning. */
export function sectionSeverity(section: SectionBlock): 'warning' | undefined {
  return section.match === 'content' ? 'warning' : undefined;
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
