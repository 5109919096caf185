/** Escapes text for XML and HTML element content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** Characters XML 1.0 forbids even when escaped (control characters pasted from the web). */
export function stripXmlInvalid(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

/**
 * Characters XML allows but a terminal may act on (DEL, C1 controls,
 * bidirectional overrides) as character references: the same text to an XML
 * reader, inert when the file is printed. Apply after `escapeMarkup`.
 */
export function referenceTerminalControls(markup: string): string {
  // eslint-disable-next-line no-control-regex
  return markup.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `&#x${char.charCodeAt(0).toString(16)};`);
}
