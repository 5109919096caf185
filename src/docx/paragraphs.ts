/**
 * The body's paragraphs with their formatting resolved (styles, theme,
 * numbering), and what the fixer needs to find each in the source.
 */
import type { Paragraph, Run } from '../core/model';
import { ok, type Result } from '../core/result';
import type { BodyParagraph, ElementSpan, RunSource, SourceSpan } from './body';
import type { DocxError } from './errors';
import type { ListCounter } from './numbering';
import type { FormatResolver, ResolvedParagraph } from './styles';
import { child, parseElementAt, type Rename, type XmlElement } from './xml';

export interface ParagraphSource {
  readonly element: ElementSpan;
  /** The paragraph's first `w:pPr`: what a fix rewrites. */
  readonly pPr?: SourceSpan;
  /** Aligned with the model paragraph's `runs`. */
  readonly runs: readonly RunSource[];
  readonly resolved: ResolvedParagraph;
}

/**
 * Properties elements (pPr, rPr) parsed from their source text, once per
 * distinct text: long documents repeat a handful of them thousands of times.
 */
export class PropertiesCache {
  private readonly byText = new Map<string, XmlElement>();

  constructor(
    private readonly source: string,
    private readonly part: string,
    private readonly rename: Rename | undefined,
  ) {}

  element(span: SourceSpan | undefined): Result<XmlElement | undefined, DocxError> {
    if (!span) return ok(undefined);
    const text = this.source.slice(span.start, span.end);
    const known = this.byText.get(text);
    if (known) return ok(known);
    const parsed = parseElementAt(this.source, span.start, span.end, this.part, this.rename);
    if (!parsed.ok) return parsed;
    this.byText.set(text, parsed.value);
    return parsed;
  }
}

export interface ResolvedBody {
  readonly paragraphs: Paragraph[];
  readonly sources: ParagraphSource[];
}

/** Resolves every paragraph's and run's formatting and numbering label, in document order. */
export function resolveParagraphs(
  read: readonly BodyParagraph[],
  properties: PropertiesCache,
  resolver: FormatResolver,
  lists: ListCounter,
): Result<ResolvedBody, DocxError> {
  const paragraphs: Paragraph[] = [];
  const sources: ParagraphSource[] = [];
  for (const body of read) {
    const pPr = properties.element(body.pPr);
    if (!pPr.ok) return pPr;
    const styleId = resolver.paragraphStyleId(pPr.value ? child(pPr.value, 'w:pStyle')?.attrs['w:val'] : undefined);
    const resolved = resolver.paragraph(styleId, pPr.value);
    const runs: Run[] = [];
    for (const run of body.runs) {
      const rPr = properties.element(run.formatFrom);
      if (!rPr.ok) return rPr;
      runs.push({ text: run.text, start: run.start, format: resolver.run(styleId, rPr.value) });
    }
    const listLabel = lists.next(resolved.numId, resolved.ilvl);
    const paragraph: { -readonly [K in keyof Paragraph]: Paragraph[K] } = { index: body.index, text: body.text, runs, format: resolved.format };
    if (body.cell) paragraph.cell = body.cell;
    if (body.contentControlTag !== undefined) paragraph.contentControlTag = body.contentControlTag;
    if (listLabel !== undefined) paragraph.listLabel = listLabel;
    paragraphs.push(paragraph);
    sources.push({ element: body.element, pPr: body.pPr, runs: body.runs, resolved });
  }
  return ok({ paragraphs, sources });
}
