/**
 * Where a missing required section goes, and the number it is written with.
 *
 * required-section inserts the headings; heading-numbering counts them as if
 * they were already there. Both read this one answer, so one pass of fixes
 * leaves the inserted headings and the ones after them numbered in sequence,
 * with nothing left for a second pass.
 *
 * A missing section goes after the sections the template puts before it and
 * before the next one the document has: in front of the next present heading
 * of its level or a higher one, or at the end. The template's first section,
 * when no numbered heading of the writer's own comes first, opens the
 * sections right after the title and org lines, so text written there
 * becomes its content. Several missing sections with the same place keep
 * the template's order.
 */
import type { ClassifiedParagraph } from '../../roles';
import { headingLabel } from '../../roles';
import type { SectionBlock, Template } from '../../../templates/schema';
import { locateSections } from './sections';

export interface MissingSection {
  readonly section: SectionBlock;
  /** Model index of the paragraph the heading goes in front of (the paragraph count: at the end). */
  readonly before: number;
}

const placed = new WeakMap<readonly ClassifiedParagraph[], Map<Template, readonly MissingSection[]>>();

/** The template's missing required sections, in template order, each with its place. */
export function missingSections(paragraphs: readonly ClassifiedParagraph[], template: Template): readonly MissingSection[] {
  let byTemplate = placed.get(paragraphs);
  if (!byTemplate) placed.set(paragraphs, (byTemplate = new Map()));
  let found = byTemplate.get(template);
  if (!found) byTemplate.set(template, (found = place(paragraphs, template)));
  return found;
}

/** The first paragraph after the leading title, org and empty lines, when it is in the body (not a table cell). */
function sectionsStart(paragraphs: readonly ClassifiedParagraph[]): number | undefined {
  let index = 0;
  while (index < paragraphs.length && ['title', 'org', 'empty'].includes(paragraphs[index].role)) index += 1;
  if (index < paragraphs.length && paragraphs[index].paragraph.cell) return undefined;
  return index;
}

function place(paragraphs: readonly ClassifiedParagraph[], template: Template): MissingSection[] {
  const located = locateSections(paragraphs, template);
  const result: MissingSection[] = [];
  located.forEach(({ section, heading }, position) => {
    if (heading || !section.required) return;
    const next = located.slice(position + 1).find((later) => later.heading && later.section.level <= section.level);
    let before = next?.heading ? next.heading.paragraph.index : paragraphs.length;
    // Only the first section opens the text: a later one follows the earlier section, present or inserted.
    const earlierSection = located.slice(0, position).some((earlier) => earlier.heading || earlier.section.required);
    if (!earlierSection) {
      const start = sectionsStart(paragraphs);
      // Headings of the writer's own before that place keep the sections where the template's next one is.
      const ownHeadingFirst =
        start !== undefined && paragraphs.slice(start, before).some((entry) => isNumberedHeading(entry) && (entry.heading?.level ?? 0) <= section.level);
      if (start !== undefined && !ownHeadingFirst) before = Math.min(before, start);
    }
    result.push({ section, before });
  });
  return result;
}

/** The missing sections that go in front of each paragraph, by model index, in template order. */
export function missingSectionsBefore(paragraphs: readonly ClassifiedParagraph[], template: Template): Map<number, MissingSection[]> {
  const byParagraph = new Map<number, MissingSection[]>();
  for (const missing of missingSections(paragraphs, template)) {
    const list = byParagraph.get(missing.before);
    if (list) list.push(missing);
    else byParagraph.set(missing.before, [missing]);
  }
  return byParagraph;
}

/** Heading numbers as they run on: one counter per level, deeper levels restarting under each heading. */
export class HeadingCounter {
  private readonly counters = [0, 0, 0, 0];

  /** Counts a heading of `level` and returns its number. */
  next(level: 1 | 2 | 3 | 4): number {
    const value = this.counters[level - 1] + 1;
    this.counters[level - 1] = value;
    for (let deeper = level; deeper < this.counters.length; deeper += 1) this.counters[deeper] = 0;
    return value;
  }
}

/** A paragraph heading-numbering counts: a heading role with a written number. */
export function isNumberedHeading(classified: ClassifiedParagraph): boolean {
  return classified.heading !== undefined && classified.role.startsWith('h');
}

/**
 * The heading text each missing section is inserted with: its number is the
 * one it takes in the document's sequence once the missing headings are in,
 * so it agrees with what heading-numbering expects around it.
 */
export function missingSectionHeadings(paragraphs: readonly ClassifiedParagraph[], template: Template): Map<MissingSection, string> {
  const before = missingSectionsBefore(paragraphs, template);
  const headings = new Map<MissingSection, string>();
  if (before.size === 0) return headings;
  const counter = new HeadingCounter();
  const insertAt = (index: number): void => {
    for (const missing of before.get(index) ?? []) {
      headings.set(missing, `${headingLabel(missing.section.level, counter.next(missing.section.level))}${missing.section.title}`);
    }
  };
  paragraphs.forEach((classified) => {
    insertAt(classified.paragraph.index);
    const heading = classified.heading;
    if (heading && isNumberedHeading(classified)) counter.next(heading.level);
  });
  insertAt(paragraphs.length);
  return headings;
}
