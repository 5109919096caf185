/**
 * The part of WPS 文字's JS object model the add-in calls, typed. WPS's JS
 * API (WPS加载项, `window.Application` / `wps.WpsApplication()`) follows
 * Word's VBA object model: the same names, synchronous, in process.
 * Everything here is VBA's meaning (Word VBA reference on learn.microsoft.com;
 * WPS 开放平台 “WPS加载项 · 文字 API” lists the same members):
 *
 * - collections are 1-based: `Item(1)` is the first, `Item(0)` is an error;
 * - `Range.Start` / `End` count characters of the document's main story,
 *   each paragraph mark one character (`Paragraph.Range.Text` ends in `\r`);
 * - sizes, spacing and indents are in points; `CharacterUnitFirstLineIndent`
 *   is in characters (负数为悬挂缩进), which is 首行缩进 2 字符 exactly;
 * - enumerations are numbers (`WdLineSpacing`, `WdParagraphAlignment`…),
 *   given below with VBA's values.
 *
 * Only what the WPS host (src/wps/host.ts), the entry page and the
 * stand-in (src/dev/wps-host) use is declared: nothing else is promised.
 */

/** `WdLineSpacing`: 固定值 is `wdLineSpaceExactly`, with `LineSpacing` in points. */
export const WdLineSpacing = {
  single: 0,
  onePtFive: 1,
  double: 2,
  atLeast: 3,
  exactly: 4,
  /** `LineSpacing` is then in twelfths of a line: 12 = 1 line (as Word's `LineSpacing`, `LinesToPoints(1)`). */
  multiple: 5,
} as const;
export type WdLineSpacingValue = (typeof WdLineSpacing)[keyof typeof WdLineSpacing];

/** `WdParagraphAlignment`. */
export const WdParagraphAlignment = {
  left: 0,
  center: 1,
  right: 2,
  justify: 3,
  distribute: 4,
} as const;
export type WdParagraphAlignmentValue = (typeof WdParagraphAlignment)[keyof typeof WdParagraphAlignment];

/** `WdExportFormat.wdExportFormatPDF` for `Document.ExportAsFixedFormat`. */
export const WD_EXPORT_FORMAT_PDF = 17;
/** `MsoDocProperties.msoPropertyTypeString` for `CustomDocumentProperties.Add`. */
export const MSO_PROPERTY_TYPE_STRING = 4;

/** A 1-based collection: `Item(1)` … `Item(Count)`. */
export interface WpsCollection<T> {
  readonly Count: number;
  Item(index: number): T;
}

export interface WpsFont {
  /** The East Asian font (`w:rFonts/@w:eastAsia`); '' when the range mixes fonts. */
  NameFarEast: string;
  /** Points; 9999999 (`wdUndefined`) when mixed. */
  Size: number;
}

export interface WpsParagraphFormat {
  Alignment: WdParagraphAlignmentValue;
  LineSpacingRule: WdLineSpacingValue;
  /** Points (twelfths of a line under `wdLineSpaceMultiple`). */
  LineSpacing: number;
  /** First-line indent in characters (2 = 首行缩进 2 字符). */
  CharacterUnitFirstLineIndent: number;
  /** Points. */
  SpaceBefore: number;
  /** Points. */
  SpaceAfter: number;
}

export interface WpsRange {
  /** Character position in the main story. */
  readonly Start: number;
  readonly End: number;
  /** The range's text; a whole paragraph's ends in `\r`. Setting it replaces the range's text. */
  Text: string;
  readonly Font: WpsFont;
  readonly ParagraphFormat: WpsParagraphFormat;
  readonly Paragraphs: WpsCollection<WpsParagraph>;
  /** Flat OPC (`pkg:package`) of the range, as Word's `Range.WordOpenXML`. */
  readonly WordOpenXML: string;
  /** Replaces the range with a flat OPC package's content (`Range.InsertXML(XML, Transform)`). */
  InsertXML(XML: string): void;
  /** Adds an empty paragraph before the range's first paragraph, in that paragraph's formatting. */
  InsertParagraphBefore(): void;
  /** Adds an empty paragraph after the range's last paragraph. */
  InsertParagraphAfter(): void;
  Select(): void;
}

export interface WpsParagraph {
  readonly Range: WpsRange;
}

export interface WpsContentControl {
  readonly Tag: string;
  readonly Title: string;
  readonly ShowingPlaceholderText: boolean;
  /** The control's content: setting `Range.Text` is typing into the field. */
  readonly Range: WpsRange;
}

export interface WpsCustomXMLPart {
  /** The part's XML (read-only in VBA: a part is changed by deleting and adding). */
  readonly XML: string;
  readonly NamespaceURI: string;
  Delete(): void;
}

export interface WpsCustomXMLParts extends WpsCollection<WpsCustomXMLPart> {
  Add(XML: string): WpsCustomXMLPart;
  SelectByNamespace(NamespaceURI: string): WpsCollection<WpsCustomXMLPart>;
}

export interface WpsDocumentProperty {
  readonly Name: string;
  Value: string;
}

export interface WpsDocumentProperties extends WpsCollection<WpsDocumentProperty> {
  /** `Add(Name, LinkToContent, Type, Value)`; an existing name is an error (set `Value` instead). */
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): WpsDocumentProperty;
}

export interface WpsDocument {
  readonly Name: string;
  readonly FullName: string;
  /** The whole main story. */
  readonly Content: WpsRange;
  readonly Paragraphs: WpsCollection<WpsParagraph>;
  Range(Start: number, End: number): WpsRange;
  readonly ContentControls: WpsCollection<WpsContentControl>;
  readonly CustomXMLParts: WpsCustomXMLParts;
  readonly CustomDocumentProperties: WpsDocumentProperties;
  /** The whole document as flat OPC: every part, custom XML and document properties included. */
  readonly WordOpenXML: string;
  /** Writes a PDF; the document keeps its own name and path (unlike `SaveAs2`). */
  ExportAsFixedFormat(OutputFileName: string, ExportFormat: number): void;
}

export interface WpsSelection {
  readonly Range: WpsRange;
}

export interface WpsWindow {
  ScrollIntoView(Obj: WpsRange, Start?: boolean): void;
}

/** `Application.UndoRecord` (Word 2010+): edits between Start and End are one undo step. */
export interface WpsUndoRecord {
  StartCustomRecord(Name: string): void;
  EndCustomRecord(): void;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string | number | boolean): void;
}

export interface WpsApplication {
  readonly ActiveDocument: WpsDocument | null;
  readonly Selection: WpsSelection;
  readonly ActiveWindow: WpsWindow;
  /** Absent on WPS builds without custom undo records: each edit is then its own undo step. */
  readonly UndoRecord?: WpsUndoRecord;
  readonly PluginStorage: WpsPluginStorage;
  CreateTaskPane(url: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
}

/** `wps.FileSystem`: the add-in's only way to read a file WPS wrote. */
export interface WpsFileSystem {
  /** Synchronous; the bytes exactly as on disk. (`ReadFile` is text mode: it stops at the first NUL.) */
  ReadFileAsArrayBuffer(path: string): ArrayBuffer;
  Exists(path: string): boolean;
  Remove?(path: string): boolean;
}

export interface WpsEnv {
  GetTempPath(): string;
}

/** What the host is given: the application and, where WPS has them, its file helpers. */
export interface WpsRuntime {
  readonly Application: WpsApplication;
  readonly FileSystem?: WpsFileSystem;
  readonly Env?: WpsEnv;
}
