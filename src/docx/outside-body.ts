/**
 * Text Word's 字数统计 counts besides the body's paragraphs when
 * "包括文本框、脚注和尾注" is ticked (its default): text boxes in the main
 * part, footnotes and endnotes. One string per paragraph; field codes and
 * directly hidden runs (`w:vanish` in the run's own properties) left out.
 *
 * A text box Word saves since 2010 stands twice in the part: as DrawingML
 * (`mc:AlternateContent/mc:Choice/…/wps:txbx/w:txbxContent`) and as its VML
 * copy for older readers (`mc:Fallback/w:pict/v:shape/v:textbox/w:txbxContent`).
 * Only what is outside every `mc:Fallback` is read, so each box counts once;
 * a box saved as VML alone (no `mc:AlternateContent`) is read where it stands.
 */
import { scanXml, type ScannedTag } from './xml-scan';
import { err, ok, type Result } from '../core/result';
import { docxError, type DocxError } from './errors';
import { renamer, type Rename } from './xml';

class UnsafeXml extends Error {}

/** Separator notes Word keeps in the notes parts; they hold no text of the writer's. */
const SEPARATOR_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

interface Collector {
  /** Whether `name`'s content is counted text (a text box's content, a note). */
  readonly opens: (name: string, tag: ScannedTag, attr: (name: string) => string | undefined) => boolean;
  /** Whether the part may hold any at all (a quick look at its text before parsing it). */
  readonly mayHold: (source: string) => boolean;
}

function collect(source: string, collector: Collector): string[] {
  if (!collector.mayHold(source)) return [];
  const paragraphs: string[] = [];
  let rename: Rename | undefined;
  let depth = 0;
  /** Depth of the counted container open (0: none), of an mc:Fallback (0: none). */
  let inside = 0;
  let fallback = 0;
  let paragraph: string | undefined;
  let inText = false;
  let runHidden = false;
  let inRunProperties = false;
  let fieldCode = 0;
  let runText = '';
  const open = (tag: ScannedTag): void => {
    depth++;
    if (depth === 1) rename = renamer(tag.attributes).rename;
    const name = rename ? rename(tag.name) : tag.name;
    const attr = (attribute: string): string | undefined => {
      for (const key in tag.attributes) if ((rename && key.includes(':') ? rename(key) : key) === attribute) return tag.attributes[key];
      return undefined;
    };
    if (name === 'mc:Fallback' && fallback === 0) fallback = depth;
    if (fallback !== 0) return;
    if (inside === 0) {
      if (collector.opens(name, tag, attr)) inside = depth;
      return;
    }
    switch (name) {
      case 'w:p':
        if (paragraph === undefined) paragraph = '';
        return;
      case 'w:r':
        runHidden = false;
        runText = '';
        return;
      case 'w:rPr':
        inRunProperties = true;
        return;
      case 'w:vanish':
        if (inRunProperties) {
          const value = attr('w:val');
          runHidden = value === undefined || value === '1' || value === 'true' || value === 'on';
        }
        return;
      case 'w:t':
        inText = fieldCode === 0;
        return;
      case 'w:tab':
        if (!inRunProperties && fieldCode === 0) runText += '\t';
        return;
      case 'w:br':
      case 'w:cr':
        if (fieldCode === 0) runText += '\n';
        return;
      case 'w:fldChar': {
        const type = attr('w:fldCharType');
        if (type === 'begin') fieldCode++;
        else if ((type === 'separate' || type === 'end') && fieldCode > 0) fieldCode--;
        return;
      }
      default:
    }
  };
  const close = (raw: string): void => {
    const name = rename ? rename(raw) : raw;
    if (fallback === depth) fallback = 0;
    else if (fallback === 0 && inside !== 0) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:rPr') inRunProperties = false;
      else if (name === 'w:r') {
        if (!runHidden && paragraph !== undefined) paragraph += runText;
        runText = '';
      } else if (name === 'w:p' && paragraph !== undefined) {
        paragraphs.push(paragraph);
        paragraph = undefined;
      }
      if (inside === depth) {
        inside = 0;
        fieldCode = 0;
      }
    }
    depth--;
  };
  scanXml(source, {
    open,
    text: (text) => {
      if (inText) runText += text;
    },
    close: (_, name) => close(name),
    doctype: () => {
      throw new UnsafeXml('DOCTYPE');
    },
  });
  return paragraphs;
}

/** The paragraphs of the text boxes in the main part (already read, so well-formed). */
export function textBoxParagraphs(source: string): string[] {
  return collect(source, {
    mayHold: (text) => text.includes('txbxContent'),
    opens: (name) => name === 'w:txbxContent',
  });
}

/** The paragraphs of a footnotes or endnotes part's notes, separators left out; a DOCTYPE or malformed XML is an error. */
export function noteParagraphs(source: string, part: string): Result<string[], DocxError> {
  try {
    return ok(
      collect(source, {
        mayHold: () => true,
        opens: (name, _tag, attr) => (name === 'w:footnote' || name === 'w:endnote') && !SEPARATOR_TYPES.has(attr('w:type') ?? ''),
      }),
    );
  } catch (cause) {
    if (cause instanceof UnsafeXml) return err(docxError('unsafeXml', `${part} declares a DOCTYPE`));
    return err(docxError('malformedXml', `${part}: ${cause instanceof Error ? cause.message : String(cause)}`));
  }
}
