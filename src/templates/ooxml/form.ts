/**
 * Form tables in the plain style of 000 附件1: single-line borders, labels
 * centred, every value cell a tagged content control. Table cells use the
 * profile's table-cell role (四号 仿宋), not the body's.
 */
import type { Block, Cell } from '../schema';
import { runControlXml } from './controls';
import { contextFormat, fieldOf, type RenderContext } from './context';
import { paragraphPropertiesXml, paragraphWithContentXml, runPropertiesXml, runXml, type OoxmlFormat } from './format';
import { twips } from './xml';

type FormBlock = Extract<Block, { type: 'form' }>;
type SignatureBlock = Extract<Block, { type: 'signature' }>;

/** A row of one line still needs room to write in by hand. */
const DEFAULT_ROW_HEIGHT_PT = 28;
/** Cell margins (twips) left and right: enough air, without wrapping four-character labels. */
const CELL_MARGIN = 85;
/** Fixed text up to this length (序号, 分值) is centred like a label. */
const SHORT_TEXT = 4;

const BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => BORDER.replace('{side}', side)).join('');

function columnWidths(block: FormBlock, total: number): number[] {
  const sum = block.columns.reduce((a, b) => a + b, 0);
  const widths = block.columns.map((column) => Math.floor((column / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(cell: Cell, context: RenderContext, format: OoxmlFormat): { xml: string; vAlign: 'center' | 'top' | 'bottom' } {
  if ('label' in cell) {
    const centred = { ...format, paragraph: { ...format.paragraph, alignment: 'center' as const } };
    return { xml: paragraphWithContentXml(centred, cell.label === '' ? '' : runXml(cell.label, format.run)), vAlign: 'center' };
  }
  if ('text' in cell) {
    const alignment = cell.text.length <= SHORT_TEXT ? ('center' as const) : ('both' as const);
    const aligned = { ...format, paragraph: { ...format.paragraph, alignment } };
    return { xml: paragraphWithContentXml(aligned, cell.text === '' ? '' : runXml(cell.text, format.run)), vAlign: 'center' };
  }
  const field = fieldOf(context, cell.field);
  const left = { ...format, paragraph: { ...format.paragraph, alignment: 'left' as const } };
  const control = paragraphWithContentXml(left, runControlXml(field, format, context.ids, context.values[field.tag]));
  if (cell.signature === undefined) return { xml: control, vAlign: field.kind === 'multiline' ? 'top' : 'center' };
  // Opinions are written above the seal line, as on the paper form.
  const signed = { ...format, paragraph: { ...format.paragraph, alignment: 'right' as const, rightChars: 200 } };
  const lines = cell.signature.split('\n').map((line) => paragraphWithContentXml(signed, runXml(line, format.run)));
  return { xml: control + lines.join(''), vAlign: 'bottom' };
}

export function formTableXml(block: FormBlock, context: RenderContext): string {
  const format = contextFormat(context, 'table-cell');
  const widths = columnWidths(block, context.textWidth);
  const rows = block.rows.map((row) => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, Math.min(cell.span ?? 1, widths.length - column));
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const { xml, vAlign } = cellParagraphs(cell, context, format);
      return (
        '<w:tc><w:tcPr>' +
        `<w:tcW w:w="${width}" w:type="dxa"/>` +
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
        `<w:vAlign w:val="${vAlign}"/>` +
        `</w:tcPr>${xml}</w:tc>`
      );
    });
    const height = twips(row.minHeightPt ?? DEFAULT_ROW_HEIGHT_PT);
    return `<w:tr><w:trPr><w:trHeight w:val="${height}" w:hRule="atLeast"/></w:trPr>${cells.join('')}</w:tr>`;
  });
  const table =
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${context.textWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${BORDERS}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:left w:w="${CELL_MARGIN}" w:type="dxa"/><w:right w:w="${CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>' +
    '</w:tblPr>' +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    rows.join('') +
    '</w:tbl>';
  if (!block.pageBreakBefore) return table;
  // A paragraph carrying the break: Word ignores pageBreakBefore inside table cells.
  const body = contextFormat(context, 'body');
  const breakParagraph = `<w:p>${paragraphPropertiesXml(body.paragraph, body.run)}<w:r>${runPropertiesXml(body.run)}<w:br w:type="page"/></w:r></w:p>`;
  return breakParagraph + table;
}

/** 五号: the size at which 000 附件2's 名称, 签字 and 日期 fit on one line of an A4 page. */
const SIGNATURE_LINE_SIZE_PT = 10.5;
/** Room left after "党总支书记（签字）：" to sign by hand, in characters. */
const SIGN_BY_HAND = 2;

/**
 * A signature line of several parts ("党总支名称（盖章）：… 党总支书记（签字）：
 * … 日期：…") as one borderless row, one cell per part: a paragraph would
 * wrap, and the notice prints the three on one line.
 */
export function signatureLineXml(block: SignatureBlock, context: RenderContext): string {
  const base = contextFormat(context, 'table-cell');
  const format = { run: { ...base.run, sizePt: SIGNATURE_LINE_SIZE_PT }, paragraph: { ...base.paragraph, alignment: 'left' as const } };
  const parts = [{ text: block.text, field: block.field }, ...(block.more ?? [])];
  // Points each part needs. A field's placeholder is reckoned at the table-cell size: some readers
  // (LibreOffice) show a control's content in its paragraph style's size, not the run's.
  const needs = parts.map(
    (part) =>
      part.text.length * SIGNATURE_LINE_SIZE_PT +
      (part.field === undefined ? SIGN_BY_HAND * SIGNATURE_LINE_SIZE_PT : fieldOf(context, part.field).placeholder.length * base.run.sizePt),
  );
  const total = needs.reduce((a, b) => a + b, 0);
  const widths = needs.map((need) => Math.floor((need / total) * context.textWidth));
  widths[widths.length - 1] += context.textWidth - widths.reduce((a, b) => a + b, 0);
  const cells = parts.map((part, index) => {
    const control = part.field === undefined ? '' : runControlXml(fieldOf(context, part.field), format, context.ids, context.values[part.field]);
    return (
      `<w:tc><w:tcPr><w:tcW w:w="${widths[index]}" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>` +
      paragraphWithContentXml(format, runXml(part.text, format.run) + control) +
      '</w:tc>'
    );
  });
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="nil"/>`).join('');
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${context.textWidth}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${none}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>' +
    '</w:tblPr>' +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    `<w:tr>${cells.join('')}</w:tr>` +
    '</w:tbl>'
  );
}
