/** What is waiting to be sent and why, with 重试. */
import { Button, Text } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import { outboxReason, type OutboxEntry } from '../outbox';

export interface OutboxListProps {
  readonly entries: readonly OutboxEntry[];
  readonly text: Messages['register']['panel'];
  /** The register's error wordings in the pane's language: a reason stored in Chinese is shown in English in an English pane. */
  readonly errors: Messages['register']['errors'];
  readonly onRetry: () => void;
  readonly busy: boolean;
}

export function OutboxList({ entries, text, errors, onRetry, busy }: OutboxListProps): JSX.Element {
  return (
    <section aria-label={text.outboxTitle}>
      <Text weight="semibold">{text.outboxTitle}</Text>
      {entries.length === 0 ? (
        <p>{text.outboxEmpty}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.projectId}>
              <Text>{entry.title}</Text> — <Text>{outboxReason(entry, errors)}</Text> <Text size={200}>({text.pendingSince(new Date(entry.queuedAt).toLocaleString())})</Text>
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && (
        <Button onClick={onRetry} disabled={busy}>
          {text.retry}
        </Button>
      )}
    </section>
  );
}
