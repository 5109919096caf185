/**
 * Reads a .docx into the document model. Never throws on user input: every
 * way a file can be unreadable is a typed `DocxError` (not a .docx, a legacy
 * .doc, encrypted, corrupt, too large, unsafe XML).
 */
import type { DocumentModel } from '../core/model';
import { err, ok, type Result } from '../core/result';
import { BodyWalker, type ParagraphSource } from './body';
import { docxError, type DocxError } from './errors';
import { ListCounter, readNumbering } from './numbering';
import {
  DEFAULT_LIMITS,
  findMainDocument,
  openPackage,
  readPartText,
  readPartXml,
  readRelationships,
  relationshipOfType,
  type Package,
  type ReadLimits,
} from './package';
import { readMarker } from './marker';
import { FormatResolver, readStyles } from './styles';
import { readTheme } from './theme';
import { child, parseXml, type XmlDocument, type XmlElement } from './xml';

export type { ReadLimits } from './package';
export { DEFAULT_LIMITS } from './package';

/** What the fixer needs besides the model: the package and where each paragraph sits in the main part. */
export interface DocxSource {
  readonly pkg: Package;
  /** Name of the main document part (usually word/document.xml). */
  readonly documentPart: string;
  readonly document: XmlDocument;
  readonly encoding: string;
  readonly body: XmlElement;
  /** Aligned with `model.paragraphs`. */
  readonly paragraphs: readonly ParagraphSource[];
}

export interface DocxFile {
  readonly model: DocumentModel;
  readonly source: DocxSource;
}

const keepRunText = (name: string) => name === 'w:t';
const keepNone = () => false;

function optionalXml(pkg: Package, name: string | undefined): Result<XmlElement | undefined, DocxError> {
  if (name === undefined) return ok(undefined);
  const part = readPartXml(pkg, name, keepNone);
  return part.ok ? ok(part.value?.root) : part;
}

export function readDocx(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): Result<DocxFile, DocxError> {
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
  const document = parseXml(text.value.text, documentPart, keepRunText);
  if (!document.ok) return document;
  const body = child(document.value.root, 'w:body');
  if (document.value.root.name !== 'w:document' || !body) return err(docxError('malformedXml', `${documentPart} has no w:body`));

  const styles = optionalXml(pkg, relationshipOfType(rels.value, '/styles'));
  if (!styles.ok) return styles;
  const theme = optionalXml(pkg, relationshipOfType(rels.value, '/theme'));
  if (!theme.ok) return theme;
  const numbering = optionalXml(pkg, relationshipOfType(rels.value, '/numbering'));
  if (!numbering.ok) return numbering;
  const settings = optionalXml(pkg, relationshipOfType(rels.value, '/settings'));
  if (!settings.ok) return settings;
  const marker = readMarker(pkg);
  if (!marker.ok) return marker;

  const themeFontLang = settings.value ? child(settings.value, 'w:themeFontLang')?.attrs['w:eastAsia'] : undefined;
  const resolver = new FormatResolver(readStyles(styles.value), readTheme(theme.value), themeFontLang);
  const walker = new BodyWalker(text.value.text, resolver, new ListCounter(readNumbering(numbering.value)));
  const content = walker.walk(body);

  return ok({
    model: { paragraphs: content.paragraphs, contentControls: content.contentControls, marker: marker.value },
    source: {
      pkg,
      documentPart,
      document: document.value,
      encoding: text.value.encoding,
      body,
      paragraphs: content.sources,
    },
  });
}
