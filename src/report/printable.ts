/**
 * Text from a document or a file name is shown to a person, never obeyed by
 * their terminal: control characters (ESC starts colour and cursor
 * sequences, BEL rings, C1's CSI does both on some terminals, a newline
 * forges a report line) and bidirectional overrides (which reorder what is
 * shown) are written as visible escapes. And whatever a report echoes is cut
 * to a bounded length, so a 30 MB font name costs a line, not the report.
 */

/** C0 controls, DEL, C1 controls, line/paragraph separators, bidi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One field (a path, a font name, a message) as it may be printed: no character in it acts on the terminal. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, visible);
}

/** Like `printable`, but keeps line breaks: for whole lines of our own output that embed already escaped fields. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

/** Most characters of document text (a font name, an excerpt) a report echoes. */
export const ECHO_LIMIT = 200;
/** Most characters of one message a report shows (it may embed two echoed texts). */
export const MESSAGE_LIMIT = 600;

/** `text` cut to `limit` characters plus "…", never splitting a surrogate pair. */
export function cutEcho(text: string, limit: number = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Characters `JSON.stringify` leaves raw that a terminal may act on (C1 controls, bidirectional marks, line separators). */
// eslint-disable-next-line no-control-regex
const TERMINAL_ACTIVE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const TERMINAL_ACTIVE_ALL = new RegExp(TERMINAL_ACTIVE.source, 'g');

/** JSON with the characters `JSON.stringify` leaves raw but a terminal may act on, as `\u` escapes: same value, safe to print. */
export function terminalSafeJson(json: string): string {
  return json.replace(TERMINAL_ACTIVE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether any string in `value` (objects and arrays walked) holds a
 * character `terminalSafeJson` escapes: its short strings are searched
 * instead of the whole long JSON text, which rarely needs it.
 */
export function holdsTerminalActive(value: unknown): boolean {
  if (typeof value === 'string') return TERMINAL_ACTIVE.test(value);
  if (Array.isArray(value)) return value.some(holdsTerminalActive);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsTerminalActive);
  return false;
}
