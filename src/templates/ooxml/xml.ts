/** XML text helpers shared by every OOXML part we write. */

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** `name="value"` pairs, skipping undefined values. */
export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** Points to twentieths of a point (twips), as OOXML lengths and spacing want them. */
export function twips(points: number): number {
  return Math.round(points * 20);
}
