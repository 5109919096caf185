/**
 * OPC packages two ways: as a .docx zip and as flat OPC (`pkg:package`, what
 * Word's `getOoxml()` returns and `insertOoxml()` takes). Converting one into
 * the other is what lets the add-in judge a document in Word with the same
 * .docx reader the command line uses.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { childElements, getAttr, parseXml, serializeNode, type XmlElement } from './xml';

export interface OpcPart {
  /** Part name with its leading slash: `/word/document.xml`. */
  readonly name: string;
  readonly contentType: string;
  readonly data: Uint8Array;
}

export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const DEFAULT_TYPES: Record<string, string> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};

export function isXmlContentType(contentType: string): boolean {
  return contentType.endsWith('xml');
}

export function partText(part: OpcPart): string {
  return strFromU8(part.data);
}

export function xmlPart(name: string, contentType: string, xml: string): OpcPart {
  const text = xml.startsWith('<?xml') ? xml : `${XML_DECLARATION}${xml}`;
  return { name, contentType, data: strToU8(text) };
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

// ---- .docx zip ----

export function readZipPackage(bytes: Uint8Array): OpcPart[] {
  const entries = unzipSync(bytes);
  const typesEntry = entries['[Content_Types].xml'];
  if (!typesEntry) throw new Error('[Content_Types].xml missing');
  const types = parseXml(strFromU8(typesEntry)).root;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of childElements(types)) {
    if (el.name.endsWith('Default')) defaults.set((getAttr(el, 'Extension') ?? '').toLowerCase(), getAttr(el, 'ContentType') ?? '');
    if (el.name.endsWith('Override')) overrides.set(getAttr(el, 'PartName') ?? '', getAttr(el, 'ContentType') ?? '');
  }
  const parts: OpcPart[] = [];
  for (const [path, data] of Object.entries(entries)) {
    if (path === '[Content_Types].xml' || path.endsWith('/')) continue;
    const name = `/${path}`;
    const contentType = overrides.get(name) ?? defaults.get(extension(name)) ?? 'application/octet-stream';
    parts.push({ name, contentType, data });
  }
  return parts;
}

export function writeZipPackage(parts: readonly OpcPart[]): Uint8Array {
  const overrides = parts
    .filter((part) => DEFAULT_TYPES[extension(part.name)] !== part.contentType)
    .map((part) => `<Override PartName="${part.name}" ContentType="${part.contentType}"/>`);
  const defaults = Object.entries(DEFAULT_TYPES).map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
  const types = `${XML_DECLARATION}<Types xmlns="${CT_NS}">${defaults.join('')}${overrides.join('')}</Types>`;
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(types) };
  for (const part of parts) files[part.name.slice(1)] = part.data;
  return zipSync(files, { level: 6 });
}

// ---- flat OPC ----

function toBase64(data: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < data.length; i += chunk) binary += String.fromCharCode(...data.subarray(i, i + chunk));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

function stripDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '');
}

/** Builds the `pkg:package` Word gives from `getOoxml()` and takes in `insertOoxml()`. */
export function writeFlatOpc(parts: readonly OpcPart[]): string {
  const out: string[] = [XML_DECLARATION, '<?mso-application progid="Word.Document"?>', `<pkg:package xmlns:pkg="${PKG_NS}">`];
  for (const part of parts) {
    if (isXmlContentType(part.contentType)) {
      out.push(`<pkg:part pkg:name="${part.name}" pkg:contentType="${part.contentType}"><pkg:xmlData>`);
      out.push(stripDeclaration(partText(part)));
      out.push('</pkg:xmlData></pkg:part>');
    } else {
      out.push(`<pkg:part pkg:name="${part.name}" pkg:contentType="${part.contentType}" pkg:compression="store"><pkg:binaryData>`);
      out.push(toBase64(part.data));
      out.push('</pkg:binaryData></pkg:part>');
    }
  }
  out.push('</pkg:package>');
  return out.join('');
}

export function parseFlatOpc(flatOpc: string): OpcPart[] {
  const root: XmlElement = parseXml(flatOpc).root;
  if (!root.name.endsWith('package')) throw new Error('not a flat OPC package');
  const parts: OpcPart[] = [];
  for (const partEl of childElements(root)) {
    if (!partEl.name.endsWith('part')) continue;
    const name = getAttr(partEl, 'pkg:name');
    const contentType = getAttr(partEl, 'pkg:contentType') ?? 'application/octet-stream';
    if (!name) continue;
    const xmlData = childElements(partEl).find((el) => el.name.endsWith('xmlData'));
    const binaryData = childElements(partEl).find((el) => el.name.endsWith('binaryData'));
    if (xmlData) {
      const inner = childElements(xmlData)[0];
      if (inner) parts.push(xmlPart(name, contentType, serializeNode(inner)));
    } else if (binaryData) {
      const text = binaryData.children.map((node) => (node.type === 'text' ? node.text : '')).join('');
      parts.push({ name, contentType, data: fromBase64(text) });
    }
  }
  return parts;
}

/** Flat OPC → .docx bytes, so `readDocx` can read what Word's `getOoxml()` returned. */
export function flatOpcToDocx(flatOpc: string): Uint8Array {
  return writeZipPackage(parseFlatOpc(flatOpc));
}
