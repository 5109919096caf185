/**
 * `Word.RequestContext`, `Word.Document` and `Word.Body` of the in-memory host.
 */
import { bodyElement } from '../../word/ooxml/paragraphs';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { HostClientResult, HostObject, type Batch } from './runtime';
import {
  HostContentControlCollection,
  HostCustomPropertyCollection,
  HostCustomXmlPartCollection,
  contentControlsIn,
} from './parts-objects';
import { insertParagraphNear, paragraphRange, replaceBody, insertOoxmlAt, type RangeTarget } from './targets';
import { HostParagraph, HostParagraphCollection, HostRange, type HostEnvironment } from './text-objects';
import type { DocumentState } from './document-state';

export class HostBody extends HostObject<DocumentState> {
  protected readonly scalarNames = ['text'];

  constructor(private readonly env: HostEnvironment) {
    super(env.batch, () => env.state);
  }

  protected readValue(name: string, state: DocumentState): unknown {
    if (name === 'text') return state.paragraphs().map((p) => paragraphText(p)).join('\r');
    return undefined;
  }

  get text(): string {
    return this.loaded('text');
  }

  get paragraphs(): HostParagraphCollection {
    return new HostParagraphCollection(this.env, () => this.env.state.paragraphs());
  }

  get contentControls(): HostContentControlCollection {
    return new HostContentControlCollection(this.env, () => contentControlsIn(bodyElement(this.env.state.document.root)));
  }

  getOoxml(): HostClientResult<string> {
    const result = new HostClientResult<string>();
    this.batch.enqueue(() => result.set(this.env.state.bodyFlatOpc()));
    return result;
  }

  private whole(): RangeTarget {
    const paragraphs = this.env.state.paragraphs();
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) throw new Error('the body has no paragraph');
    return { ...paragraphRange(first), last, end: paragraphText(last).length };
  }

  /** 'Replace' empties the body first; 'Start'/'End' add before the first or after the last paragraph. */
  insertOoxml(ooxml: string, location: 'Replace' | 'Start' | 'End'): HostRange {
    const proxy = new HostRange(this.env);
    this.batch.enqueue(() => {
      const state = this.env.state;
      if (location === 'Replace') {
        proxy.bind(replaceBody(state, ooxml));
        return;
      }
      const whole = this.whole();
      const anchor = location === 'Start' ? whole.first : whole.last;
      proxy.bind(insertOoxmlAt(state, paragraphRange(anchor), ooxml, location === 'Start' ? 'Before' : 'After'));
    });
    return proxy;
  }

  insertParagraph(text: string, location: 'Start' | 'End'): HostParagraph {
    const proxy = new HostParagraph(this.env);
    this.batch.enqueue(() => {
      const whole = this.whole();
      const anchor = location === 'Start' ? whole.first : whole.last;
      proxy.bind(insertParagraphNear(this.env.state, anchor, text, location === 'Start' ? 'Before' : 'After'));
    });
    return proxy;
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): HostRange {
    const proxy = new HostRange(this.env);
    this.batch.enqueue(() => {
      const whole = this.whole();
      if (location === 'Start') proxy.bind({ ...paragraphRange(whole.first, false), end: 0 });
      else if (location === 'End') proxy.bind({ ...paragraphRange(whole.last, false), start: whole.end });
      else proxy.bind(whole);
    });
    return proxy;
  }
}

export class HostDocumentProperties extends HostObject<DocumentState> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(private readonly env: HostEnvironment) {
    super(env.batch, () => env.state);
  }

  protected readValue(): unknown {
    return undefined;
  }

  get customProperties(): HostCustomPropertyCollection {
    return new HostCustomPropertyCollection(this.env);
  }
}

export class HostDocument extends HostObject<DocumentState> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(private readonly env: HostEnvironment) {
    super(env.batch, () => env.state);
  }

  protected readValue(): unknown {
    return undefined;
  }

  get body(): HostBody {
    return new HostBody(this.env);
  }

  get contentControls(): HostContentControlCollection {
    return this.body.contentControls;
  }

  get customXmlParts(): HostCustomXmlPartCollection {
    return new HostCustomXmlPartCollection(this.env, () => this.env.state.customXml);
  }

  get properties(): HostDocumentProperties {
    return new HostDocumentProperties(this.env);
  }

  /** The cursor or the last selection. */
  getSelection(): HostRange {
    return new HostRange(this.env, () => {
      const selection = this.env.state.selection;
      return { first: selection.paragraph, last: selection.paragraph, start: selection.start, end: selection.end, whole: false };
    });
  }
}

/** `Word.RequestContext`: one batch, its document, `sync()` counted by the host. */
export class HostRequestContext {
  readonly document: HostDocument;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(private readonly env: HostEnvironment) {
    this.document = new HostDocument(env);
  }

  sync(): Promise<void> {
    return this.env.batch.sync();
  }

  load<O extends HostObject<unknown>>(object: O, properties?: string | string[]): O {
    return object.load(properties);
  }

  get batch(): Batch {
    return this.env.batch;
  }
}
