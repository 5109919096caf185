/**
 * The harness over the in-memory Word (src/dev/word-host) and the real Word
 * adapter: the same code path as the add-in in Word, down to the OOXML it
 * inserts and the fixes it writes. The view is re-read from the document's
 * package after every change.
 *
 * What a person does in Word itself goes through Word's API too: typing
 * into a field is `ContentControl.insertText(…, 'Replace')` on the control
 * found by its tag (the host clears the placeholder as Word does), pasting
 * is `insertOoxml` of what Word's clipboard carries.
 */
import type { DocumentModel } from '../../core/model';
import { readDocx } from '../../docx/read';
import { createWordDocumentHost } from '../../word/adapter';
import type { DocumentHost } from '../../word/host';
import { WordHostError } from '../../word/errors';
import { createInMemoryWord } from '../word-host';
import { runFieldSpans } from './field-spans';
import type { HarnessDocument, HarnessParagraph, PastedFormat } from './harness-document';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What Word's clipboard carries for one paragraph pasted with its source formatting. */
function pastedParagraphOoxml(text: string, format: PastedFormat): string {
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

export function createInMemoryDocument(): HarnessDocument {
  const word = createInMemoryWord();
  const adapter = createWordDocumentHost(word.api);
  const listeners = new Set<() => void>();
  let located = false;
  let cachedView: readonly HarnessParagraph[] | undefined;

  function model(docx: Uint8Array = word.saveDocx()): DocumentModel {
    const read = readDocx(docx);
    if (!read.ok) throw new WordHostError('readFailed', read.error.message);
    return read.value.model;
  }

  function changed(): void {
    cachedView = undefined;
    listeners.forEach((listener) => listener());
  }

  // Every host call that changes the document (or the selection) refreshes the view.
  const host: DocumentHost = {
    readDocument: () => adapter.readDocument(),
    readMarker: () => adapter.readMarker(),
    getFile: (kind) => adapter.getFile(kind),
    linkProject: (projectId) => adapter.linkProject(projectId),
    readProperties: (names) => adapter.readProperties(names),
    writeProperties: (values) => adapter.writeProperties(values),
    async insertTemplate(template, profile, where) {
      const marker = await adapter.insertTemplate(template, profile, where);
      located = false;
      changed();
      return marker;
    },
    async applyEdits(edits) {
      await adapter.applyEdits(edits);
      changed();
    },
    async selectParagraph(index) {
      await adapter.selectParagraph(index);
      located = true;
      changed();
    },
  };

  return {
    host,
    view() {
      if (!cachedView) {
        const docx = word.saveDocx();
        const current = model(docx);
        const spans = runFieldSpans(docx);
        const selected = located ? word.selection.paragraph : -1;
        cachedView = current.paragraphs.map((paragraph) => {
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
      return cachedView;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async setControlText(tag, text) {
      await word.api.run(async (context) => {
        const control = context.document.contentControls.getByTag(tag).getFirstOrNullObject();
        await context.sync();
        if (control.isNullObject) throw new WordHostError('readFailed', `no content control tagged ${tag}`);
        control.insertText(text, 'Replace');
        await context.sync();
      });
      changed();
    },
    async pasteAfter(tag, text, format) {
      // After the whole field, before whatever follows it: a paragraph of its own, outside the control.
      const paragraphsOfField = model().paragraphs.filter((paragraph) => paragraph.contentControlTag === tag);
      const last = paragraphsOfField[paragraphsOfField.length - 1];
      if (!last) throw new WordHostError('readFailed', `no content control tagged ${tag}`);
      await word.api.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const next = paragraphs.items[last.index + 1];
        if (next) next.getRange('Start').insertOoxml(pastedParagraphOoxml(text, format), 'Before');
        else paragraphs.items[last.index].getRange('End').insertOoxml(pastedParagraphOoxml(text, format), 'After');
      });
      changed();
    },
  };
}
