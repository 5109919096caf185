/**
 * After 提交台账: what the school still asks on paper (from its settings),
 * each item ticked as far as the register knows, and the sealed scan's upload.
 */
import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { ChecklistItem } from '../paperwork';

type LifeText = Messages['register']['life'];

function itemText(item: ChecklistItem, text: LifeText): string {
  switch (item.kind) {
    case 'pdf':
      return text.checklist.pdf;
    case 'copies':
      return text.checklist.copies(item.copies ?? 1);
    case 'seal':
      return text.checklist.seal;
    case 'hand-in':
      return text.checklist.handIn(item.place ?? '');
    case 'sealed-scan':
      return text.checklist.sealedScan;
    case 'paper-received':
      return text.checklist.paperReceived;
    case 'email':
      return text.checklist.email(item.place ?? '');
    case 'contact':
      return text.checklist.contact(item.place ?? '');
    case 'ask':
      return text.checklist.ask;
  }
}

export interface SubmissionChecklistProps {
  readonly text: LifeText;
  readonly items: readonly ChecklistItem[];
  /** Absent: no scan can be attached here (a 备案表 of several projects). */
  onAttachScan?(file: File): void;
  readonly busy: boolean;
  readonly message?: string;
}

export function SubmissionChecklist({ text, items, onAttachScan, busy, message }: SubmissionChecklistProps): JSX.Element {
  const inputId = useId();
  return (
    <section aria-label={text.checklistTitle}>
      <Text weight="semibold">{text.checklistTitle}</Text>
      <ul aria-label={text.checklistTitle}>
        {items.map((item) => (
          <li key={item.kind} data-done={item.done}>
            <span aria-label={item.kind === 'ask' || item.kind === 'contact' ? text.checklistNote : item.done ? text.checklistDone : text.checklistTodo} role="img">
              {item.kind === 'ask' || item.kind === 'contact' ? 'ℹ' : item.done ? '✔' : '☐'}
            </span>{' '}
            {itemText(item, text)}
          </li>
        ))}
      </ul>
      {onAttachScan && items.some((item) => item.kind === 'sealed-scan' || item.kind === 'ask') && (
        <p>
          <label htmlFor={inputId}>{busy ? text.attachingScan : text.attachScan}</label>{' '}
          <input
            id={inputId}
            type="file"
            accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
            disabled={busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onAttachScan(file);
              event.currentTarget.value = '';
            }}
          />
        </p>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
