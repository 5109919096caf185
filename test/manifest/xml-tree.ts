/** A small element tree built with saxes (DTDs are not processed), for the manifest checks. */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name ("Image" for `bt:Image`). */
  readonly local: string;
  /** Namespace URI. */
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      // xmlns declarations are not content; `xsi:type` keeps its prefix so it reads as written.
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.name] = attribute.value;
    }
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(source).close();
  if (!root) throw new Error('manifest has no root element');
  return root;
}

export function children(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

export function child(element: XmlElement, local: string): XmlElement {
  const found = children(element, local);
  if (found.length !== 1) throw new Error(`<${element.local}> line ${element.line}: expected one <${local}>, found ${found.length}`);
  return found[0];
}

export function descendants(element: XmlElement, predicate: (element: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    if (predicate(node)) out.push(node);
    node.children.forEach(visit);
  };
  visit(element);
  return out;
}
