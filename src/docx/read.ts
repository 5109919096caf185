/**
 * Reads a .docx into the document model. Never throws on user input: every
 * way a file can be unreadable is a typed `DocxError` (not a .docx, a legacy
 * .doc, encrypted, corrupt, too large, unsafe XML).
 */
import type { DocumentModel } from '../core/model';
import { err, ok, type Result } from '../core/result';
import { readBody, type SourceSpan } from './body';
import { docxError, type DocxError } from './errors';
import { ListCounter, readNumbering } from './numbering';
import {
  DEFAULT_LIMITS,
  findMainDocument,
  openPackage,
  readPartBytes,
  readPartText,
  readPartXml,
  readRelationships,
  relationshipOfType,
  type Package,
  type ReadLimits,
} from './package';
import { readMarker } from './marker';
import { noteParagraphs, textBoxParagraphs } from './outside-body';
import { ParagraphResolution, type ParagraphSource } from './paragraphs';
import { FormatResolver, readStyles, type StyleSheet } from './styles';
import { readTheme, type ThemeFonts } from './theme';
import type { NumberingDefinitions } from './numbering';
import { PartMemo } from './shared-parts';
import { cutStylesPart, type CutTableStyle } from './style-source';
import { child, decodePart, parseElementAt, parseXml, type Rename, type Wanted, type XmlElement } from './xml';

export type { ReadLimits } from './package';
export { DEFAULT_LIMITS } from './package';

/** What the fixer needs besides the model: the package and where each paragraph sits in the main part. */
export interface DocxSource {
  readonly pkg: Package;
  /** Name of the main document part (usually word/document.xml). */
  readonly documentPart: string;
  readonly document: {
    readonly source: string;
    /** Canonical prefix → the prefix the part itself uses ('' for a default namespace). */
    readonly prefixes: ReadonlyMap<string, string>;
  };
  readonly encoding: string;
  /** Where a paragraph added at the end of the body goes (before its final w:sectPr). */
  readonly endOfBody: number;
  /** Where paragraph `index` of `model.paragraphs` sits, its runs and their pieces (built on demand). */
  readonly paragraph: (index: number) => ParagraphSource;
  /** The element at `span` of the main part (a paragraph's or run's properties), parsed. */
  readonly element: (span: SourceSpan) => Result<XmlElement, DocxError>;
}

export interface DocxFile {
  readonly model: DocumentModel;
  readonly source: DocxSource;
}

const keepNone = () => false;

/**
 * What the style reader never looks at: latent styles and the row and cell
 * settings of table styles (a table style's own and conditional paragraph
 * and run properties are read).
 */
export const UNREAD_STYLE_ELEMENTS: ReadonlySet<string> = new Set(['w:latentStyles', 'w:trPr', 'w:tcPr']);

/*
 * What the readers of the related parts look at (./styles, ./numbering,
 * ./theme, the settings' theme font language), so that only that much of
 * each part becomes a tree: depths leave room for every property element.
 */
const STYLES_WANTED: Wanted = (name, depth) => (depth === 1 ? name === 'w:docDefaults' || name === 'w:style' : depth <= 6);
const NUMBERING_TOP: ReadonlySet<string> = new Set(['w:abstractNum', 'w:num']);
const NUMBERING_DEFINITION: ReadonlySet<string> = new Set(['w:lvl', 'w:abstractNumId', 'w:lvlOverride', 'w:numStyleLink', 'w:styleLink', 'w:multiLevelType']);
const NUMBERING_WANTED: Wanted = (name, depth) => (depth === 1 ? NUMBERING_TOP.has(name) : depth === 2 ? NUMBERING_DEFINITION.has(name) : depth <= 5);
const THEME_PATH: ReadonlySet<string> = new Set(['a:themeElements', 'a:fontScheme', 'a:majorFont', 'a:minorFont', 'a:latin', 'a:ea', 'a:font']);
const THEME_WANTED: Wanted = (name) => THEME_PATH.has(name);
const SETTINGS_WANTED: Wanted = (name, depth) =>
  depth === 1 ? name === 'w:themeFontLang' || name === 'w:compat' : depth === 2 && name === 'w:compatSetting';

function optionalXml(pkg: Package, name: string | undefined, wanted: Wanted): Result<XmlElement | undefined, DocxError> {
  if (name === undefined) return ok(undefined);
  const part = readPartXml(pkg, name, keepNone, undefined, wanted);
  return part.ok ? ok(part.value?.root) : part;
}

/**
 * The styles part, without the table and latent styles nothing here reads
 * when they can be cut (./style-source); the whole part when the cut one is
 * not well-formed, so that only the whole part's own faults are reported.
 */
function stylesXml(pkg: Package, name: string | undefined): Result<{ root: XmlElement; tableStyles: readonly CutTableStyle[] } | undefined, DocxError> {
  if (name === undefined) return ok(undefined);
  const bytes = readPartBytes(pkg, name);
  if (!bytes.ok || bytes.value === undefined) return bytes as Result<undefined, DocxError>;
  const cut = cutStylesPart(bytes.value);
  const part = cut === undefined ? undefined : parseXml(cut.text, name, keepNone, UNREAD_STYLE_ELEMENTS, STYLES_WANTED);
  if (cut && part?.ok) return ok({ root: part.value.root, tableStyles: cut.tableStyles });
  const decoded = decodePart(bytes.value, name);
  if (!decoded.ok) return decoded;
  const whole = parseXml(decoded.value.text, name, keepNone, UNREAD_STYLE_ELEMENTS, STYLES_WANTED);
  return whole.ok ? ok({ root: whole.value.root, tableStyles: [] }) : whole;
}

/** Word's compatibility setting `name` (`w:compat/w:compatSetting`), on or off; undefined when not stated. */
function compatSetting(settings: XmlElement | undefined, name: string): boolean | undefined {
  const compat = settings && child(settings, 'w:compat');
  const setting = compat?.children.find((element) => element.name === 'w:compatSetting' && element.attrs['w:name'] === name);
  const value = setting?.attrs['w:val'];
  return value === undefined ? undefined : value === '1' || value === 'true' || value === 'on';
}

/** What Word's 字数统计 counts outside the body's paragraphs: text boxes, then footnotes, then endnotes. */
function textOutsideBody(pkg: Package, rels: Parameters<typeof relationshipOfType>[0], source: string | undefined): Result<string[], DocxError> {
  const texts = source === undefined ? [] : textBoxParagraphs(source);
  for (const type of ['/footnotes', '/endnotes']) {
    const name = relationshipOfType(rels, type);
    if (name === undefined) continue;
    const part = readPartText(pkg, name);
    if (!part.ok) return part;
    if (!part.value) continue;
    const notes = noteParagraphs(part.value.text, name);
    if (!notes.ok) return notes;
    for (const note of notes.value) texts.push(note);
  }
  return ok(texts);
}

/** What the reader takes from the settings part. */
interface SettingsFacts {
  readonly themeFontLang: string | undefined;
  readonly overrideTableStyleFontSizeAndJustification: boolean | undefined;
}

/**
 * Parts read once for a whole batch (./shared-parts): give the same value
 * to every `readDocx` of the batch. Each file's model is the one it has
 * when read alone.
 */
export interface SharedReading {
  readonly styles: PartMemo<StyleSheet>;
  readonly theme: PartMemo<ThemeFonts>;
  readonly numbering: PartMemo<{ readonly sheet: StyleSheet; readonly definitions: NumberingDefinitions }>;
  readonly settings: PartMemo<SettingsFacts>;
}

export function sharedReading(): SharedReading {
  return { styles: new PartMemo(), theme: new PartMemo(), numbering: new PartMemo(), settings: new PartMemo() };
}

function viaMemo<T>(memo: PartMemo<T> | undefined, pkg: Package, name: string | undefined, read: () => Result<T, DocxError>, also?: (value: T) => boolean): Result<T, DocxError> {
  return memo && name !== undefined ? memo.get(pkg, name, read, also) : read();
}

function mapResult<T, U>(result: Result<T, DocxError>, map: (value: T) => U): Result<U, DocxError> {
  return result.ok ? ok(map(result.value)) : result;
}

export function readDocx(bytes: Uint8Array, limits: Partial<ReadLimits> = {}, shared?: SharedReading): Result<DocxFile, DocxError> {
  const opened = openPackage(bytes, { ...DEFAULT_LIMITS, ...limits });
  if (!opened.ok) return opened;
  const pkg = opened.value;
  const main = findMainDocument(pkg);
  if (!main.ok) return main;
  const documentPart = main.value;

  const rels = readRelationships(pkg, documentPart);
  if (!rels.ok) return rels;
  const text = readPartText(pkg, documentPart);
  if (!text.ok) return text;
  if (!text.value) return err(docxError('missingDocument', documentPart));
  const source = text.value.text;

  const stylesName = relationshipOfType(rels.value, '/styles');
  const styles = viaMemo(shared?.styles, pkg, stylesName, () =>
    mapResult(stylesXml(pkg, stylesName), (part) => readStyles(part?.root, part?.tableStyles)),
  );
  if (!styles.ok) return styles;
  const sheet = styles.value;
  const themeName = relationshipOfType(rels.value, '/theme');
  const theme = viaMemo(shared?.theme, pkg, themeName, () => mapResult(optionalXml(pkg, themeName, THEME_WANTED), readTheme));
  if (!theme.ok) return theme;
  const numberingName = relationshipOfType(rels.value, '/numbering');
  const numbering = viaMemo(
    shared?.numbering,
    pkg,
    numberingName,
    () =>
      mapResult(optionalXml(pkg, numberingName, NUMBERING_WANTED), (root) => ({
        sheet,
        definitions: readNumbering(root, (styleId) => sheet.styles.get(styleId)?.paragraph.numId),
      })),
    (value) => value.sheet === sheet,
  );
  if (!numbering.ok) return numbering;
  const settingsName = relationshipOfType(rels.value, '/settings');
  const settings = viaMemo(shared?.settings, pkg, settingsName, () =>
    mapResult(optionalXml(pkg, settingsName, SETTINGS_WANTED), (root) => ({
      themeFontLang: root ? child(root, 'w:themeFontLang')?.attrs['w:eastAsia'] : undefined,
      overrideTableStyleFontSizeAndJustification: compatSetting(root, 'overrideTableStyleFontSizeAndJustification'),
    })),
  );
  if (!settings.ok) return settings;
  const marker = readMarker(pkg);
  if (!marker.ok) return marker;

  const definitions = numbering.value.definitions;
  const resolver = new FormatResolver(
    sheet,
    theme.value,
    settings.value.themeFontLang,
    { overrideTableStyleFontSizeAndJustification: settings.value.overrideTableStyleFontSizeAndJustification },
    definitions,
  );
  const lists = new ListCounter(definitions);
  const body = readBody(source, documentPart, (rename) => new ParagraphResolution(source, documentPart, rename, resolver, lists));
  if (!body.ok) return body;
  const rename: Rename | undefined = body.value.rename;
  const { paragraphs, spans } = body.value;
  const outside = textOutsideBody(pkg, rels.value, body.value.mayHoldTextBoxes ? source : undefined);
  if (!outside.ok) return outside;

  return ok({
    model: {
      paragraphs,
      contentControls: body.value.contentControls,
      marker: marker.value,
      ...(outside.value.length > 0 ? { textOutsideBody: outside.value } : {}),
    },
    source: {
      pkg,
      documentPart,
      document: { source, prefixes: body.value.prefixes },
      encoding: text.value.encoding,
      endOfBody: body.value.endOfBody,
      paragraph: (index) => spans.paragraph(index, paragraphs[index].text),
      element: (span) => parseElementAt(source, span.start, span.end, documentPart, rename),
    },
  });
}
