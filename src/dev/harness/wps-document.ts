/**
 * The harness over the WPS stand-in (src/dev/wps-host) and the real WPS host
 * (src/wps/host.ts): `?host=wps`. The pane is the same; the document is
 * reached the way WPS 文字 reaches it — `WordOpenXML`, `InsertXML`, direct
 * font and paragraph properties, 1-based collections.
 *
 * What a person does in WPS itself goes through the object model too:
 * typing into a field sets the content control's `Range.Text`; pasting
 * is a new paragraph after the field (`InsertParagraphBefore`) that the
 * clipboard's content replaces (`Range.InsertXML`).
 */
import { WpsHostError } from '../../wps/errors';
import { createWpsDocumentHost } from '../../wps/host';
import type { WpsDocument } from '../../wps/object-model';
import { createStandInWps } from '../wps-host';
import type { HarnessDocument } from './harness-document';
import { modelOf, observedDocument, pastedParagraphOoxml } from './harness-view';

export function createWpsHarnessDocument(): HarnessDocument {
  const wps = createStandInWps();
  const adapter = createWpsDocumentHost(wps.runtime);
  const observed = observedDocument(adapter, () => wps.saveDocx(), () => wps.selection.paragraph);
  const { changed } = observed;

  function activeDocument(): WpsDocument {
    const doc = wps.runtime.Application.ActiveDocument;
    if (!doc) throw new WpsHostError('noDocument');
    return doc;
  }

  return {
    host: observed.host,
    view: observed.view,
    subscribe: observed.subscribe,
    async setControlText(tag, text) {
      const controls = activeDocument().ContentControls;
      for (let i = 1; i <= controls.Count; i += 1) {
        const control = controls.Item(i);
        if (control.Tag !== tag) continue;
        control.Range.Text = text;
        changed();
        return;
      }
      throw new WpsHostError('readFailed', `no content control tagged ${tag}`);
    },
    async pasteAfter(tag, text, format) {
      // After the whole field, before whatever follows it: a paragraph of its own, outside the control.
      const paragraphsOfField = modelOf(wps.saveDocx()).paragraphs.filter((paragraph) => paragraph.contentControlTag === tag);
      const last = paragraphsOfField[paragraphsOfField.length - 1];
      if (!last) throw new WpsHostError('readFailed', `no content control tagged ${tag}`);
      const doc = activeDocument();
      const paragraphs = doc.Paragraphs;
      const ooxml = pastedParagraphOoxml(text, format);
      // A new paragraph of its own (after the field), then the clipboard's paragraph over it.
      const at = last.index + 2;
      if (at <= paragraphs.Count) paragraphs.Item(at).Range.InsertParagraphBefore();
      else paragraphs.Item(paragraphs.Count).Range.InsertParagraphAfter();
      doc.Paragraphs.Item(at).Range.InsertXML(ooxml);
      changed();
    },
  };
}
