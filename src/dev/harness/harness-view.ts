/**
 * What the harness pages share whichever host holds the document (the
 * in-memory Word, the WPS stand-in): the paragraphs to draw, read from the
 * document's package; the host wrapped so that every change redraws; and
 * what a clipboard carries for a paragraph pasted from a web page.
 */
import type { DocumentModel } from '../../core/model';
import { readDocx } from '../../docx/read';
import type { DocumentHost } from '../../word/host';
import { WordHostError } from '../../word/errors';
import { runFieldSpans } from './field-spans';
import type { HarnessDocument, HarnessParagraph, PastedFormat } from './harness-document';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the clipboard carries for one paragraph pasted with its source formatting. */
export function pastedParagraphOoxml(text: string, format: PastedFormat): string {
  const font = escapeXml(format.eastAsiaFont);
  const line = Math.round(format.lineSpacingLines * 240);
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>` +
    `</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${W}"><w:body><w:p><w:pPr><w:spacing w:line="${line}" w:lineRule="auto"/></w:pPr>` +
    `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}"/><w:sz w:val="${format.sizePt * 2}"/></w:rPr>` +
    `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}

export function modelOf(docx: Uint8Array): DocumentModel {
  const read = readDocx(docx);
  if (!read.ok) throw new WordHostError('readFailed', read.error.message);
  return read.value.model;
}

/** The paragraphs to draw, with the field each belongs to; `selected` is the located paragraph (or -1). */
export function harnessView(docx: Uint8Array, selected: number): readonly HarnessParagraph[] {
  const current = modelOf(docx);
  const spans = runFieldSpans(docx);
  return current.paragraphs.map((paragraph) => {
    const span = spans.get(paragraph.index);
    const control = current.contentControls.find((candidate) => candidate.tag === (span?.tag ?? paragraph.contentControlTag));
    const whole = !span || (span.start === 0 && span.end === paragraph.text.length);
    return {
      paragraph,
      selected: paragraph.index === selected,
      ...(control
        ? {
            control: {
              tag: control.tag,
              title: control.title,
              showingPlaceholder: control.showingPlaceholder,
              ...(span?.options ? { options: span.options } : {}),
              ...(whole ? {} : { span: { start: span.start, end: span.end } }),
            },
          }
        : {}),
    };
  });
}

/** The host with every call that changes the document (or the selection) reported, so the page redraws. */
export function observedHost(adapter: Required<DocumentHost>, events: { changed(): void; located(value: boolean): void }): DocumentHost {
  return {
    readDocument: () => adapter.readDocument(),
    readMarker: () => adapter.readMarker(),
    getFile: (kind) => adapter.getFile(kind),
    linkProject: (projectId) => adapter.linkProject(projectId),
    readProperties: (names) => adapter.readProperties(names),
    writeProperties: (values) => adapter.writeProperties(values),
    async insertTemplate(template, profile, where) {
      const marker = await adapter.insertTemplate(template, profile, where);
      events.located(false);
      events.changed();
      return marker;
    },
    async applyEdits(edits) {
      await adapter.applyEdits(edits);
      events.changed();
    },
    async selectParagraph(index) {
      await adapter.selectParagraph(index);
      events.located(true);
      events.changed();
    },
  };
}

/** What a harness document over a real adapter keeps: the observed host, the view (read again after a change), who listens. */
export interface ObservedDocument extends Pick<HarnessDocument, 'host' | 'view' | 'subscribe'> {
  /** The document changed outside the host (a person typed or pasted): redraw. */
  changed(): void;
}

/** The harness side shared by the Word and WPS documents: `saveDocx` gives the document as it is, `selected` the selection's paragraph. */
export function observedDocument(adapter: Required<DocumentHost>, saveDocx: () => Uint8Array, selected: () => number): ObservedDocument {
  const listeners = new Set<() => void>();
  let located = false;
  let cachedView: readonly HarnessParagraph[] | undefined;
  const changed = (): void => {
    cachedView = undefined;
    listeners.forEach((listener) => listener());
  };
  const host = observedHost(adapter, {
    changed,
    located: (value) => {
      located = value;
    },
  });
  return {
    host,
    changed,
    view() {
      if (!cachedView) cachedView = harnessView(saveDocx(), located ? selected() : -1);
      return cachedView;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
