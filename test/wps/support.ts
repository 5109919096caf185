/**
 * A WPS 文字 document for the WPS host's tests: the stand-in object model
 * with the WPS host over it, and a person's typing into a field (setting the
 * content control's `Range.Text`, as in WPS).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStandInWps, type StandInWps, type StandInWpsOptions } from '../../src/dev/wps-host';
import { CATALOG } from '../../src/templates/catalog';
import type { Field, Template } from '../../src/templates/schema';
import { createWpsDocumentHost } from '../../src/wps/host';
import { sofficeConvert, tempDir } from '../support/tools';

export function catalogTemplate(id: string): Template {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

export function openWps(options: StandInWpsOptions = {}) {
  const wps = createStandInWps(options);
  return { wps, host: createWpsDocumentHost(wps.runtime) };
}

/** What a 书记 would type into a field of this kind. */
export function typedValue(field: Field): string {
  switch (field.kind) {
    case 'choice':
      return field.options?.[0] ?? '是';
    case 'date':
      return '2025年4月20日';
    case 'number':
      return '12';
    case 'multiline':
      return '支部围绕中心工作，组织党员开展主题党日活动，推动党建与业务深度融合。';
    default:
      return '“党建+专业”双融双促';
  }
}

/** Types into every field of the template that the document has, through `ContentControls.Item(i).Range.Text`. */
export function typeIntoFields(wps: StandInWps, template: Template): number {
  const controls = wps.runtime.Application.ActiveDocument?.ContentControls;
  if (!controls) throw new Error('no document');
  let typed = 0;
  for (let i = 1; i <= controls.Count; i += 1) {
    const control = controls.Item(i);
    const field = template.fields.find((candidate) => candidate.tag === control.Tag);
    if (!field) continue;
    control.Range.Text = typedValue(field);
    typed += 1;
  }
  return typed;
}

/** LibreOffice as WPS's PDF export, synchronous as `ExportAsFixedFormat` is. */
export function libreOfficePdf(docx: Uint8Array): Uint8Array {
  const dir = tempDir('wps-pdf');
  const input = join(dir, 'document.docx');
  writeFileSync(input, docx);
  sofficeConvert(input, 'pdf', dir);
  return new Uint8Array(readFileSync(join(dir, 'document.pdf')));
}
