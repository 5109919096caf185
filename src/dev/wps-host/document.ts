/**
 * `Document` of the WPS stand-in and what hangs off it: paragraphs, ranges
 * by position, content controls, custom XML parts and custom document
 * properties — all over the in-memory Word host's `DocumentState`, so a
 * document is the same package whichever host's model drives it.
 */
import { writeFlatOpc } from '../../word/ooxml/package';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { parseXml, XmlParseError, type XmlElement } from '../../word/ooxml/xml';
import {
  MSO_PROPERTY_TYPE_STRING,
  WD_EXPORT_FORMAT_PDF,
  type WpsCollection,
  type WpsContentControl,
  type WpsCustomXMLPart,
  type WpsCustomXMLParts,
  type WpsDocument,
  type WpsDocumentProperties,
  type WpsDocumentProperty,
  type WpsParagraph,
} from '../../wps/object-model';
import { newGuid, rootNamespace, type CustomXmlPartState } from '../word-host/document-state';
import { contentControlsIn, sdtValue } from '../word-host/parts-objects';
import { showsPlaceholder } from '../word-host/control-typing';
import { StandInWpsError, checkNumber, checkString } from './errors';
import { storyLength, targetAt } from './positions';
import { StandInCollection, StandInParagraph, StandInRange, type StandInEnvironment } from './range';

export interface StandInDocumentEnvironment extends StandInEnvironment {
  /** Writes a file of the stand-in's file system (what `ExportAsFixedFormat` produces). */
  writeFile(path: string, bytes: Uint8Array): void;
  /** The PDF of the current package; absent: the export fails as on a WPS without PDF export. */
  readonly exportPdf?: (docx: Uint8Array) => Uint8Array;
  /** `WordOpenXML` without custom XML and document properties (as `Range.WordOpenXML` gives them). */
  readonly wordOpenXmlWithoutCustomParts?: boolean;
}

class StandInContentControl implements WpsContentControl {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly sdt: XmlElement,
  ) {}

  get Tag(): string {
    return sdtValue(this.sdt, 'w:tag');
  }

  get Title(): string {
    return sdtValue(this.sdt, 'w:alias');
  }

  get ShowingPlaceholderText(): boolean {
    return showsPlaceholder(this.sdt);
  }

  get Range(): StandInRange {
    return new StandInRange(
      this.env,
      () => {
        throw new StandInWpsError('notEmulated', 'positions of a content control');
      },
      { kind: 'control', sdt: this.sdt },
    );
  }
}

class StandInCustomXMLPart implements WpsCustomXMLPart {
  constructor(
    private readonly env: StandInEnvironment,
    private readonly part: CustomXmlPartState,
  ) {}

  get XML(): string {
    return this.part.xml;
  }

  get NamespaceURI(): string {
    return rootNamespace(this.part.xml) ?? '';
  }

  Delete(): void {
    const parts = this.env.state.customXml;
    const at = parts.indexOf(this.part);
    if (at < 0) throw new StandInWpsError('notEmulated', 'CustomXMLPart.Delete of a deleted part');
    parts.splice(at, 1);
    this.env.changed();
  }
}

class StandInCustomXMLParts extends StandInCollection<WpsCustomXMLPart, CustomXmlPartState> implements WpsCustomXMLParts {
  constructor(private readonly env: StandInEnvironment) {
    super(() => env.state.customXml, 'CustomXMLParts', (part) => new StandInCustomXMLPart(env, part));
  }

  Add(XML: string): WpsCustomXMLPart {
    const xml = checkString(XML, 'CustomXMLParts.Add');
    try {
      parseXml(xml);
    } catch (error) {
      if (error instanceof XmlParseError) throw new StandInWpsError('invalidArgument', `CustomXMLParts.Add: ${error.message}`);
      throw error;
    }
    const part = { id: newGuid(), xml };
    this.env.state.customXml.push(part);
    this.env.changed();
    return new StandInCustomXMLPart(this.env, part);
  }

  SelectByNamespace(NamespaceURI: string): WpsCollection<WpsCustomXMLPart> {
    const ns = checkString(NamespaceURI, 'CustomXMLParts.SelectByNamespace');
    const chosen = this.env.state.customXml.filter((part) => rootNamespace(part.xml) === ns).map((part) => new StandInCustomXMLPart(this.env, part));
    return new StandInCollection(() => chosen, 'SelectByNamespace');
  }
}

class StandInDocumentProperty implements WpsDocumentProperty {
  constructor(
    private readonly env: StandInEnvironment,
    readonly Name: string,
  ) {}

  get Value(): string {
    return this.env.state.customProperties.get(this.Name) ?? '';
  }

  set Value(value: string) {
    this.env.state.customProperties.set(this.Name, checkString(value, `CustomDocumentProperties("${this.Name}").Value`));
    this.env.changed();
  }
}

class StandInDocumentProperties extends StandInCollection<WpsDocumentProperty> implements WpsDocumentProperties {
  constructor(private readonly env: StandInEnvironment) {
    super(() => [...env.state.customProperties.keys()].map((name) => new StandInDocumentProperty(env, name)), 'CustomDocumentProperties');
  }

  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): WpsDocumentProperty {
    const name = checkString(Name, 'CustomDocumentProperties.Add Name');
    if (typeof LinkToContent !== 'boolean' || LinkToContent) throw new StandInWpsError('invalidArgument', 'CustomDocumentProperties.Add LinkToContent: false');
    if (Type !== MSO_PROPERTY_TYPE_STRING) throw new StandInWpsError('notEmulated', `CustomDocumentProperties.Add Type ${String(Type)} (only msoPropertyTypeString)`);
    if (this.env.state.customProperties.has(name)) throw new StandInWpsError('invalidArgument', `CustomDocumentProperties.Add: "${name}" exists`);
    this.env.state.customProperties.set(name, checkString(Value, 'CustomDocumentProperties.Add Value'));
    this.env.changed();
    return new StandInDocumentProperty(this.env, name);
  }
}

export class StandInDocument implements WpsDocument {
  readonly Name = '文档1';
  readonly FullName = '文档1';

  constructor(private readonly env: StandInDocumentEnvironment) {}

  get Content(): StandInRange {
    const state = this.env.state;
    return new StandInRange(
      this.env,
      () => {
        const all = state.paragraphs();
        const first = all[0] as XmlElement;
        const last = all[all.length - 1] as XmlElement;
        return { first, last, start: 0, end: paragraphText(last).length, whole: true };
      },
      { kind: 'story' },
    );
  }

  get Paragraphs(): WpsCollection<WpsParagraph> {
    return new StandInCollection(() => this.env.state.paragraphs(), 'Paragraphs', (element) => new StandInParagraph(this.env, element));
  }

  Range(Start: number, End: number): StandInRange {
    const total = storyLength(this.env.state);
    const target = targetAt(this.env.state, checkNumber(Start, 0, total, 'Range Start'), checkNumber(End, 0, total, 'Range End'));
    return new StandInRange(this.env, () => target);
  }

  get ContentControls(): WpsCollection<WpsContentControl> {
    return new StandInCollection(() => contentControlsIn(this.env.state.body), 'ContentControls', (sdt) => new StandInContentControl(this.env, sdt));
  }

  get CustomXMLParts(): WpsCustomXMLParts {
    return new StandInCustomXMLParts(this.env);
  }

  get CustomDocumentProperties(): WpsDocumentProperties {
    return new StandInDocumentProperties(this.env);
  }

  /** The whole package as flat OPC, custom XML and custom properties included. */
  get WordOpenXML(): string {
    if (this.env.wordOpenXmlWithoutCustomParts) return this.env.state.bodyFlatOpc();
    return writeFlatOpc(this.env.state.toParts());
  }

  ExportAsFixedFormat(OutputFileName: string, ExportFormat: number): void {
    const path = checkString(OutputFileName, 'ExportAsFixedFormat OutputFileName');
    if (ExportFormat !== WD_EXPORT_FORMAT_PDF) throw new StandInWpsError('notEmulated', `ExportAsFixedFormat format ${String(ExportFormat)} (only wdExportFormatPDF)`);
    if (!this.env.exportPdf) throw new StandInWpsError('notEmulated', 'ExportAsFixedFormat without a PDF converter');
    this.env.writeFile(path, this.env.exportPdf(this.env.state.toDocx()));
  }
}
