/**
 * Content controls for template fields. Every field is a tagged control
 * (`w:tag` = field tag, `w:alias` = label) so the pane, the reader and the
 * register find it by tag; an unfilled one shows the field's placeholder
 * with `w:showingPlcHdr`, which is what `required-field` looks for.
 */
import type { Field } from '../schema';
import { PLACEHOLDER_COLOR, paragraphWithContentXml, runPropertiesXml, runXml, type OoxmlFormat } from './format';
import { attrs, escapeXml } from './xml';

/** Hands out `w:id`s, unique within one rendering. Word renumbers clashes on insertion. */
export type ControlIds = () => number;

export function controlIds(start = 1): ControlIds {
  let next = start;
  return () => next++;
}

function typeXml(field: Field): string {
  switch (field.kind) {
    case 'choice':
      return (
        '<w:dropDownList>' +
        (field.options ?? []).map((option) => `<w:listItem${attrs({ 'w:displayText': option, 'w:value': option })}/>`).join('') +
        '</w:dropDownList>'
      );
    case 'date':
      return (
        '<w:date><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>' +
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
      );
    case 'multiline':
      return '<w:text w:multiLine="1"/>';
    case 'text':
    case 'number':
      return '<w:text/>';
  }
}

function propertiesXml(field: Field, format: OoxmlFormat, id: number, showingPlaceholder: boolean, typed: boolean): string {
  return (
    '<w:sdtPr>' +
    runPropertiesXml(format.run) +
    `<w:alias w:val="${escapeXml(field.label)}"/>` +
    `<w:tag w:val="${escapeXml(field.tag)}"/>` +
    `<w:id w:val="${id}"/>` +
    (showingPlaceholder ? '<w:showingPlcHdr/>' : '') +
    (typed ? typeXml(field) : '') +
    '</w:sdtPr>'
  );
}

/**
 * A control inside a paragraph: form cells, cover lines, the title's year,
 * the org line. Plain-text controls (`w:text`) make Word drop pasted
 * formatting, so what is typed keeps the control's fonts. (LibreOffice 7.4
 * draws their content in the document default font and size and writes
 * them back damaged; Word, the host, honours the run properties.)
 */
export function runControlXml(field: Field, format: OoxmlFormat, ids: ControlIds, value?: string): string {
  const filled = value !== undefined && value !== '';
  const runFormat = filled ? format.run : { ...format.run, color: PLACEHOLDER_COLOR };
  const text = filled ? value : field.placeholder;
  return (
    `<w:sdt>${propertiesXml(field, format, ids(), !filled, true)}` +
    `<w:sdtContent>${runXml(field.kind === 'multiline' ? text : text.replace(/\n/g, ' '), runFormat)}</w:sdtContent></w:sdt>`
  );
}

/**
 * A rich-text control around whole paragraphs: a report section's body,
 * where the writer adds paragraphs and （一） headings of their own.
 */
export function blockControlXml(field: Field, format: OoxmlFormat, ids: ControlIds, value?: string): string {
  const filled = value !== undefined && value !== '';
  const paragraphs = filled
    ? value.split('\n').map((line) => paragraphWithContentXml(format, line === '' ? '' : runXml(line, format.run)))
    : [paragraphWithContentXml(format, runXml(field.placeholder, { ...format.run, color: PLACEHOLDER_COLOR }))];
  return `<w:sdt>${propertiesXml(field, format, ids(), !filled, false)}<w:sdtContent>${paragraphs.join('')}</w:sdtContent></w:sdt>`;
}
