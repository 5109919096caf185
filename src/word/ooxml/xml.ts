/**
 * A small XML tree for WordprocessingML, parsed with saxes (no DTDs, no
 * entity expansion beyond the five predefined ones) and written back with
 * the same attribute order and self-closing tags, so that elements nobody
 * touched serialise exactly as they did before. Names are kept qualified
 * (`w:p`): Word, python-docx and LibreOffice all write the `w` prefix, and
 * flat OPC from `getOoxml()` does too.
 *
 * Pure JS, no DOM: the task pane, the in-memory Word host and Node tests
 * share it.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly type: 'element';
  name: string;
  /** Attributes in document order. */
  attrs: [string, string][];
  children: XmlNode[];
  parent?: XmlElement;
  /** Written as `<x/>` when it has no children. */
  selfClosing: boolean;
}

export interface XmlText {
  readonly type: 'text';
  text: string;
  /** CDATA sections are written back as CDATA. */
  cdata?: boolean;
}

/** Processing instructions, comments and the doctype, written back verbatim. */
export interface XmlRaw {
  readonly type: 'raw';
  raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlRaw;

export interface XmlDocument {
  /** Nodes before the root (the XML declaration, `<?mso-application?>`). */
  prolog: XmlRaw[];
  root: XmlElement;
}

export class XmlParseError extends Error {
  readonly code = 'xml-parse';
}

export function parseXml(source: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const prolog: XmlRaw[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;

  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(node);
      if (node.type === 'element') node.parent = parent;
    } else if (node.type === 'raw') {
      prolog.push(node);
    }
  };

  parser.on('error', (error) => {
    failure = failure ?? error;
  });
  parser.on('xmldecl', (decl) => {
    const parts = [`version="${decl.version ?? '1.0'}"`];
    if (decl.encoding) parts.push(`encoding="${decl.encoding}"`);
    if (decl.standalone) parts.push(`standalone="${decl.standalone}"`);
    prolog.push({ type: 'raw', raw: `<?xml ${parts.join(' ')}?>` });
  });
  parser.on('processinginstruction', (pi) => append({ type: 'raw', raw: `<?${pi.target}${pi.body ? ` ${pi.body}` : ''}?>` }));
  parser.on('comment', (text) => append({ type: 'raw', raw: `<!--${text}-->` }));
  parser.on('text', (text) => {
    if (stack.length > 0) append({ type: 'text', text });
  });
  parser.on('cdata', (text) => append({ type: 'text', text, cdata: true }));
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      attrs: Object.entries(tag.attributes as Record<string, string>),
      children: [],
      selfClosing: tag.isSelfClosing,
    };
    append(element);
    if (!root) root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(source).close();
  if (failure) throw new XmlParseError(failure.message);
  if (!root) throw new XmlParseError('no root element');
  return { prolog, root };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function writeNode(node: XmlNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.cdata ? `<![CDATA[${node.text}]]>` : escapeText(node.text));
    return;
  }
  if (node.type === 'raw') {
    out.push(node.raw);
    return;
  }
  out.push('<', node.name);
  for (const [name, value] of node.attrs) out.push(' ', name, '="', escapeAttr(value), '"');
  if (node.children.length === 0 && node.selfClosing) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of node.children) writeNode(child, out);
  out.push('</', node.name, '>');
}

export function serializeNode(node: XmlNode): string {
  const out: string[] = [];
  writeNode(node, out);
  return out.join('');
}

export function serializeXml(doc: XmlDocument): string {
  const out: string[] = doc.prolog.map((node) => node.raw);
  writeNode(doc.root, out);
  return out.join('');
}

// ---- navigation and editing helpers ----

export function element(name: string, attrs: [string, string][] = [], children: XmlNode[] = []): XmlElement {
  const created: XmlElement = { type: 'element', name, attrs, children, selfClosing: true };
  for (const child of children) if (child.type === 'element') child.parent = created;
  return created;
}

export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((node): node is XmlElement => node.type === 'element' && (name === undefined || node.name === name));
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((node): node is XmlElement => node.type === 'element' && node.name === name);
}

export function getAttr(node: XmlElement, name: string): string | undefined {
  const found = node.attrs.find(([key]) => key === name);
  return found ? found[1] : undefined;
}

export function setAttr(node: XmlElement, name: string, value: string): void {
  const found = node.attrs.find(([key]) => key === name);
  if (found) found[1] = value;
  else node.attrs.push([name, value]);
}

export function removeAttr(node: XmlElement, name: string): void {
  node.attrs = node.attrs.filter(([key]) => key !== name);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Depth-first, document order. `descend` decides whether to enter an element's children. */
export function walk(node: XmlElement, visit: (el: XmlElement) => boolean | void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const enter = visit(child);
    if (enter !== false) walk(child, visit);
  }
}

export function findFirst(node: XmlElement, name: string): XmlElement | undefined {
  let found: XmlElement | undefined;
  walk(node, (el) => {
    if (found) return false;
    if (el.name === name) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

export function insertChild(parent: XmlElement, child: XmlElement, index: number): void {
  child.parent = parent;
  parent.children.splice(index, 0, child);
}

export function replaceNode(old: XmlElement, replacements: readonly XmlElement[]): void {
  const parent = old.parent;
  if (!parent) throw new Error('cannot replace the root element');
  const index = parent.children.indexOf(old);
  for (const node of replacements) node.parent = parent;
  parent.children.splice(index, 1, ...replacements);
  old.parent = undefined;
}

export function removeNode(node: XmlElement): void {
  const parent = node.parent;
  if (!parent) return;
  parent.children.splice(parent.children.indexOf(node), 1);
  node.parent = undefined;
}

export function cloneElement(node: XmlElement): XmlElement {
  const copy: XmlElement = {
    type: 'element',
    name: node.name,
    attrs: node.attrs.map(([key, value]) => [key, value]),
    children: [],
    selfClosing: node.selfClosing,
  };
  for (const child of node.children) {
    if (child.type === 'element') {
      const sub = cloneElement(child);
      sub.parent = copy;
      copy.children.push(sub);
    } else {
      copy.children.push({ ...child });
    }
  }
  return copy;
}
