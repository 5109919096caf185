/** Replacing ranges of a part's source text, everything between them kept byte for byte. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies splices in source order; returns undefined when two overlap. Insertions at one point keep their given order. */
export function applySplices(source: string, splices: readonly Splice[]): string | undefined {
  const ordered = splices
    .map((splice, order) => ({ splice, order }))
    .sort((a, b) => a.splice.start - b.splice.start || (a.splice.end - a.splice.start) - (b.splice.end - b.splice.start) || a.order - b.order)
    .map((entry) => entry.splice);
  const parts: string[] = [];
  let cursor = 0;
  for (const splice of ordered) {
    if (splice.start < cursor) return undefined;
    parts.push(source.slice(cursor, splice.start), splice.text);
    cursor = splice.end;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}
