/**
 * Content controls, custom XML parts (WordApi 1.4) and custom document
 * properties (WordApi 1.3) of the in-memory host.
 */
import { bodyParagraphs, paragraphText, textSegments } from '../../word/ooxml/paragraphs';
import { firstChild, getAttr, walk, type XmlElement } from '../../word/ooxml/xml';
import { newGuid, rootNamespace, type CustomXmlPartState } from './document-state';
import { HostClientResult, HostCollection, HostObject, OfficeLikeError } from './runtime';
import { paragraphRange } from './targets';
import { HostRange, type HostEnvironment } from './text-objects';
import { insertTextInControl } from './control-typing';

export function sdtValue(sdt: XmlElement, name: string): string {
  const sdtPr = firstChild(sdt, 'w:sdtPr');
  const node = sdtPr ? firstChild(sdtPr, name) : undefined;
  return node ? getAttr(node, 'w:val') ?? '' : '';
}

export function controlText(sdt: XmlElement): string {
  const content = firstChild(sdt, 'w:sdtContent');
  if (!content) return '';
  const paragraphs = bodyParagraphs(content);
  if (paragraphs.length > 0) return paragraphs.map((p) => paragraphText(p)).join('\n');
  return textSegments(content)
    .map((segment) => segment.text)
    .join('');
}

/** Every content control in the body, outermost first. */
export function contentControlsIn(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  walk(root, (el) => {
    if (el.name === 'w:sdt') found.push(el);
    return el.name !== 'w:sectPr';
  });
  return found;
}

export class HostContentControl extends HostObject<XmlElement> {
  protected readonly scalarNames = ['tag', 'title', 'text', 'id'];

  constructor(private readonly env: HostEnvironment, derive?: () => XmlElement) {
    super(env.batch, derive);
  }

  protected readValue(name: string, target: XmlElement): unknown {
    if (name === 'tag') return sdtValue(target, 'w:tag');
    if (name === 'title') return sdtValue(target, 'w:alias');
    if (name === 'id') return Number(sdtValue(target, 'w:id') || 0);
    if (name === 'text') return controlText(target);
    return undefined;
  }

  get tag(): string {
    return this.loaded('tag');
  }
  get title(): string {
    return this.loaded('title');
  }
  get text(): string {
    return this.loaded('text');
  }
  get id(): number {
    return this.loaded('id');
  }

  /** Types into the control (WordApi 1.1): 'Replace', 'Start' or 'End'. Typing over the placeholder replaces it. */
  insertText(text: string, location: string): HostRange {
    const proxy = new HostRange(this.env);
    this.batch.enqueue(() => proxy.bind(insertTextInControl(this.env.state, this.target(), text, location)));
    return proxy;
  }

  /** Selects the control's first paragraph (or the paragraph that holds it). */
  select(): void {
    this.write((sdt) => {
      let paragraph: XmlElement | undefined = bodyParagraphs(sdt)[0];
      for (let node: XmlElement | undefined = sdt; !paragraph && node; node = node.parent) if (node.name === 'w:p') paragraph = node;
      if (!paragraph) throw new OfficeLikeError('ItemNotFound', 'The content control has no paragraph.');
      const range = paragraphRange(paragraph);
      this.env.state.selection = { paragraph, start: range.start, end: range.end };
    });
  }
}

export class HostContentControlCollection extends HostCollection<XmlElement, HostContentControl> {
  constructor(private readonly env: HostEnvironment, derive: () => XmlElement[]) {
    super(env.batch, derive);
  }

  protected makeItem(): HostContentControl {
    return new HostContentControl(this.env);
  }

  getByTag(tag: string): HostContentControlCollection {
    return new HostContentControlCollection(this.env, () => this.target().filter((sdt) => sdtValue(sdt, 'w:tag') === tag));
  }

  getFirst(): HostContentControl {
    return this.firstProxy(false, () => new HostContentControl(this.env));
  }

  getFirstOrNullObject(): HostContentControl {
    return this.firstProxy(true, () => new HostContentControl(this.env));
  }
}

export class HostCustomXmlPart extends HostObject<CustomXmlPartState> {
  protected readonly scalarNames = ['id', 'namespaceUri'];

  constructor(private readonly env: HostEnvironment, derive?: () => CustomXmlPartState) {
    super(env.batch, derive);
  }

  protected readValue(name: string, target: CustomXmlPartState): unknown {
    if (name === 'id') return target.id;
    if (name === 'namespaceUri') return rootNamespace(target.xml) ?? '';
    return undefined;
  }

  get id(): string {
    return this.loaded('id');
  }
  get namespaceUri(): string {
    return this.loaded('namespaceUri');
  }

  getXml(): HostClientResult<string> {
    const result = new HostClientResult<string>();
    this.batch.enqueue(() => result.set(this.target().xml));
    return result;
  }

  setXml(xml: string): void {
    this.write((target) => {
      target.xml = xml;
    });
  }

  delete(): void {
    this.write((target) => {
      const parts = this.env.state.customXml;
      parts.splice(parts.indexOf(target), 1);
    });
  }
}

export class HostCustomXmlPartCollection extends HostCollection<CustomXmlPartState, HostCustomXmlPart> {
  constructor(private readonly env: HostEnvironment, derive: () => CustomXmlPartState[]) {
    super(env.batch, derive);
  }

  protected makeItem(): HostCustomXmlPart {
    return new HostCustomXmlPart(this.env);
  }

  add(xml: string): HostCustomXmlPart {
    const proxy = new HostCustomXmlPart(this.env);
    this.batch.enqueue(() => {
      const part = { id: newGuid(), xml };
      this.env.state.customXml.push(part);
      proxy.bind(part);
    });
    return proxy;
  }

  getByNamespace(namespaceUri: string): HostCustomXmlPartCollection {
    return new HostCustomXmlPartCollection(this.env, () => this.target().filter((part) => rootNamespace(part.xml) === namespaceUri));
  }

  getOnlyItemOrNullObject(): HostCustomXmlPart {
    const proxy = new HostCustomXmlPart(this.env);
    this.batch.enqueue(() => {
      const parts = this.target();
      if (parts.length === 1) proxy.bind(parts[0] as CustomXmlPartState);
      else proxy.markNull();
    });
    return proxy;
  }

  getCount(): HostClientResult<number> {
    const result = new HostClientResult<number>();
    this.batch.enqueue(() => result.set(this.target().length));
    return result;
  }
}

interface PropertyTarget {
  readonly key: string;
}

export class HostCustomProperty extends HostObject<PropertyTarget> {
  protected readonly scalarNames = ['key', 'value', 'type'];

  constructor(private readonly env: HostEnvironment, derive?: () => PropertyTarget) {
    super(env.batch, derive);
  }

  protected readValue(name: string, target: PropertyTarget): unknown {
    if (name === 'key') return target.key;
    if (name === 'value') return this.env.state.customProperties.get(target.key) ?? '';
    if (name === 'type') return 'String';
    return undefined;
  }

  get key(): string {
    return this.loaded('key');
  }
  get value(): string {
    return this.loaded('value');
  }
  get type(): string {
    return this.loaded('type');
  }
}

export class HostCustomPropertyCollection extends HostCollection<PropertyTarget, HostCustomProperty> {
  constructor(private readonly env: HostEnvironment) {
    super(env.batch, () => [...env.state.customProperties.keys()].map((key) => ({ key })));
  }

  protected makeItem(): HostCustomProperty {
    return new HostCustomProperty(this.env);
  }

  /** Creates the property or sets the one that exists (Word's `add`). Values are stored as text. */
  add(key: string, value: string | number | boolean): HostCustomProperty {
    const proxy = new HostCustomProperty(this.env);
    this.batch.enqueue(() => {
      this.env.state.customProperties.set(key, String(value));
      proxy.bind({ key });
    });
    return proxy;
  }

  getItemOrNullObject(key: string): HostCustomProperty {
    const proxy = new HostCustomProperty(this.env);
    this.batch.enqueue(() => {
      if (this.env.state.customProperties.has(key)) proxy.bind({ key });
      else proxy.markNull();
    });
    return proxy;
  }
}
