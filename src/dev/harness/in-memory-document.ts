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
import { createWordDocumentHost } from '../../word/adapter';
import { WordHostError } from '../../word/errors';
import { createInMemoryWord } from '../word-host';
import type { HarnessDocument } from './harness-document';
import { modelOf, observedDocument, pastedParagraphOoxml } from './harness-view';

export function createInMemoryDocument(): HarnessDocument {
  const word = createInMemoryWord();
  const adapter = createWordDocumentHost(word.api);
  const observed = observedDocument(adapter, () => word.saveDocx(), () => word.selection.paragraph);
  const { changed } = observed;
  const model = (): ReturnType<typeof modelOf> => modelOf(word.saveDocx());

  return {
    host: observed.host,
    view: observed.view,
    subscribe: observed.subscribe,
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
