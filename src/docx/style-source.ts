/**
 * Cuts what the style reader never looks at out of a styles part's text
 * before it is parsed: table styles (`w:style w:type="table"`) and latent
 * styles. In the template python-docx and many school templates start from,
 * they are nine tenths of the part (~650 table-style conditions), and
 * tokenizing them cost more than reading the styles that matter.
 *
 * The cut is textual, so it is only made where it is certainly a whole
 * element: the part binds `w` once, at the top, to WordprocessingML; the
 * element's end tag is the first `</w:style>` (or `</w:latentStyles>`) after
 * its start tag, with no comment, CDATA, processing instruction or another
 * element of the same name in between. Anything else is left in place and
 * parsed as before. Removing a whole element leaves the part well-formed,
 * and the parser still refuses a DOCTYPE anywhere in what remains.
 */

const W_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];

const TABLE_TYPE = /\sw:type\s*=\s*(["'])table\1/;

function isNameEnd(code: number): boolean {
  // whitespace, '>', '/'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3e || code === 0x2f;
}

/** Offset just after the `>` of the start tag opened at `at`, or -1; `selfClosing` when it ends `/>`. */
function startTagEnd(source: string, at: number): { end: number; selfClosing: boolean } | undefined {
  let quote = 0;
  for (let i = at + 1; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3c) return undefined;
    else if (code === 0x3e) return { end: i + 1, selfClosing: source.charCodeAt(i - 1) === 0x2f };
  }
  return undefined;
}

/** Whether `part` binds the `w` prefix exactly once, to WordprocessingML. */
function bindsWOnce(source: string): boolean {
  const first = source.indexOf('xmlns:w=');
  if (first < 0 || source.indexOf('xmlns:w=', first + 1) >= 0) return false;
  const quote = source[first + 8];
  if (quote !== '"' && quote !== "'") return false;
  const close = source.indexOf(quote, first + 9);
  return close > 0 && W_NAMESPACES.includes(source.slice(first + 9, close));
}

/** End of the whole element `name` whose start tag ends at `from`, when it can be cut safely; else -1. */
function elementEnd(source: string, name: string, from: number): number {
  const closeTag = `</${name}>`;
  const close = source.indexOf(closeTag, from);
  if (close < 0) return -1;
  const inside = source.slice(from, close);
  if (inside.includes('<!') || inside.includes('<?')) return -1;
  const open = `<${name}`;
  for (let at = inside.indexOf(open); at >= 0; at = inside.indexOf(open, at + 1)) {
    if (isNameEnd(inside.charCodeAt(at + open.length))) return -1;
  }
  return close + closeTag.length;
}

/** The styles part's text without its table and latent styles (unchanged when it cannot be cut safely). */
export function withoutUnreadStyles(source: string): string {
  if (!bindsWOnce(source)) return source;
  const kept: string[] = [];
  let from = 0;
  for (let at = source.indexOf('<w:', 0); at >= 0; at = source.indexOf('<w:', at + 1)) {
    const isLatent = source.startsWith('latentStyles', at + 3) && isNameEnd(source.charCodeAt(at + 15));
    const isStyle = !isLatent && source.startsWith('style', at + 3) && isNameEnd(source.charCodeAt(at + 8));
    if (!isLatent && !isStyle) continue;
    const tag = startTagEnd(source, at);
    if (!tag) continue;
    if (isStyle && !TABLE_TYPE.test(source.slice(at, tag.end))) {
      at = tag.end - 1;
      continue;
    }
    const end = tag.selfClosing ? tag.end : elementEnd(source, isLatent ? 'w:latentStyles' : 'w:style', tag.end);
    if (end < 0) continue;
    kept.push(source.slice(from, at));
    from = end;
    at = end - 1;
  }
  if (from === 0) return source;
  kept.push(source.slice(from));
  return kept.join('');
}
