/**
 * The in-memory document drawn as a page: each paragraph in its model
 * formatting with the font, size and spacing printed beside it, the
 * selected paragraph highlighted, fields as text boxes one can type in
 * (beside their label when the line holds one), choice fields as the
 * drop-down the .docx gives them in Word, table-cell paragraphs in their
 * tables.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { chineseSizeName } from '../../core/model';
import { messages, type Locale } from '../../i18n';
import type { HarnessDocument, HarnessParagraph } from './harness-document';
import { describeFormat, paragraphStyle } from './paragraph-style';

type HarnessText = ReturnType<typeof messages>['pane']['harness'];

/** The field's own text: the whole paragraph, or its span beside a label. */
function fieldText(item: HarnessParagraph): string {
  const span = item.control?.span;
  return span ? item.paragraph.text.slice(span.start, span.end) : item.paragraph.text;
}

/**
 * A choice field: its prompt, then the options. A value that is none of them
 * (typed through Word's API, or an older document's "校级") stays shown as it
 * is, so 检查 has something to point at.
 */
export function ChoiceBox({
  tag,
  title,
  options,
  value,
  prompt,
  text,
  onChoose,
}: {
  tag: string;
  title: string;
  options: readonly string[];
  value: string;
  prompt: string;
  text: HarnessText;
  onChoose: (value: string) => void;
}): JSX.Element {
  const outside = value !== '' && !options.includes(value);
  return (
    <select className="field choice" data-tag={tag} aria-label={text.fieldLabel(title)} value={value} onChange={(event) => onChoose(event.target.value)}>
      <option value="" disabled>
        {prompt}
      </option>
      {outside && <option value={value}>{value}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

function FieldBox({ item, document, text }: { item: HarnessParagraph; document: HarnessDocument; text: HarnessText }): JSX.Element {
  if (item.control?.options && item.control.options.length > 0) {
    const control = item.control;
    const shown = fieldText(item);
    return (
      <ChoiceBox
        tag={control.tag}
        title={control.title}
        options={control.options ?? []}
        value={control.showingPlaceholder ? '' : shown.trim()}
        prompt={control.showingPlaceholder ? shown : text.choosePrompt}
        text={text}
        onChoose={(value) => void document.setControlText(control.tag, value)}
      />
    );
  }
  return <TextFieldBox item={item} document={document} text={text} />;
}

function TextFieldBox({ item, document, text }: { item: HarnessParagraph; document: HarnessDocument; text: HarnessText }): JSX.Element {
  const ref = useRef<HTMLTextAreaElement>(null);
  const control = item.control;
  const shown = fieldText(item);
  const value = control?.showingPlaceholder ? '' : shown;
  // Fixes change a field's text from outside: show it unless the person is typing there.
  useEffect(() => {
    const box = ref.current;
    if (box && box.value !== value && box.ownerDocument.activeElement !== box) box.value = value;
  }, [value]);
  return (
    <textarea
      ref={ref}
      className="field"
      data-tag={control?.tag}
      aria-label={text.fieldLabel(control?.title ?? '')}
      defaultValue={value}
      placeholder={control?.showingPlaceholder ? shown : undefined}
      rows={Math.max(1, Math.ceil(shown.length / 28))}
      style={{ ...paragraphStyle(item.paragraph), textIndent: 0 }}
      onChange={(event) => void document.setControlText(control?.tag ?? '', event.target.value)}
    />
  );
}

function ParagraphView({ item, document, text }: { item: HarnessParagraph; document: HarnessDocument; text: HarnessText }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (item.selected) ref.current?.scrollIntoView({ block: 'center' });
  }, [item.selected]);
  const number = item.paragraph.index + 1;
  return (
    <div
      ref={ref}
      className={`paragraph${item.selected ? ' selected' : ''}`}
      data-paragraph={number}
      data-selected={item.selected ? 'true' : 'false'}
      aria-current={item.selected ? 'location' : undefined}
    >
      <span className="margin" aria-label={text.paragraphLabel(number)}>
        {number}
      </span>
      <div className="content">
        {item.control?.span ? (
          <div className="labelled" style={paragraphStyle(item.paragraph)}>
            <span>{item.paragraph.text.slice(0, item.control.span.start)}</span>
            <FieldBox item={item} document={document} text={text} />
            <span>{item.paragraph.text.slice(item.control.span.end)}</span>
          </div>
        ) : item.control ? (
          <FieldBox item={item} document={document} text={text} />
        ) : (
          <p style={paragraphStyle(item.paragraph)}>{item.paragraph.text || '\u00a0'}</p>
        )}
        <span className="format">{describeFormat(item.paragraph, text, chineseSizeName)}</span>
      </div>
    </div>
  );
}

/** Consecutive table-cell paragraphs grouped per table, the rest one by one. */
function blocks(items: readonly HarnessParagraph[]): (HarnessParagraph | HarnessParagraph[])[] {
  const out: (HarnessParagraph | HarnessParagraph[])[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const cell = item.paragraph.cell;
    if (cell && Array.isArray(last) && last[0].paragraph.cell?.table === cell.table) last.push(item);
    else out.push(cell ? [item] : item);
  }
  return out;
}

function TableView({ items, document, text }: { items: HarnessParagraph[]; document: HarnessDocument; text: HarnessText }): JSX.Element {
  const rows = new Map<number, HarnessParagraph[]>();
  for (const item of items) {
    const row = item.paragraph.cell?.row ?? 0;
    rows.set(row, [...(rows.get(row) ?? []), item]);
  }
  return (
    <table className="form">
      <caption>{text.tableCaption((items[0].paragraph.cell?.table ?? 0) + 1)}</caption>
      <tbody>
        {[...rows.entries()].map(([row, cells]) => (
          <tr key={row}>
            {cells.map((item) => (
              <td key={item.paragraph.index}>
                <ParagraphView item={item} document={document} text={text} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DocumentView({ document, locale }: { document: HarnessDocument; locale: Locale }): JSX.Element {
  const text = messages(locale).pane.harness;
  const items = useSyncExternalStore(document.subscribe, document.view);
  const empty = items.every((item) => item.paragraph.text === '' && !item.control);
  return (
    <article className="page" aria-label={text.documentHeading} lang="zh-CN">
      {empty ? (
        <p className="empty">{text.empty}</p>
      ) : (
        blocks(items).map((block) =>
          Array.isArray(block) ? (
            <TableView key={`t${block[0].paragraph.index}`} items={block} document={document} text={text} />
          ) : (
            <ParagraphView key={block.paragraph.index} item={block} document={document} text={text} />
          ),
        )
      )}
    </article>
  );
}
