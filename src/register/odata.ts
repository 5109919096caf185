/**
 * OData string literals for `$filter`. A value is quoted with `'` and every
 * `'` inside it doubled (OData ABNF `SQUOTE-in-string`), then the whole
 * expression is percent-encoded for the query string, so a project name such
 * as `x' or 1 eq 1` stays one literal and can never widen a filter.
 */

export function odataStringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `fields/{column} eq '{value}'`, unencoded (for logs and tests). */
export function fieldEquals(column: string, value: string | number): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column)) {
    throw new RangeError(`column name must be an ASCII identifier: ${column}`);
  }
  const literal = typeof value === 'number' ? String(value) : odataStringLiteral(value);
  return `fields/${column} eq ${literal}`;
}

/** Percent-encodes a `$filter` (or any query value) for the URL: `'`, `&`, `#`, `+` and spaces included. */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/'/g, '%27');
}

/** One path segment of a drive path or list name, percent-encoded. */
export function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/'/g, '%27');
}
