/** What is waiting to be sent and why, with 重试. */
import { Button, Text } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { OutboxEntry } from '../outbox';

export function OutboxList({ entries, text, onRetry, busy }: { entries: readonly OutboxEntry[]; text: Messages['register']['panel']; onRetry: () => void; busy: boolean }): JSX.Element {
  return (
    <section aria-label={text.outboxTitle}>
      <Text weight="semibold">{text.outboxTitle}</Text>
      {entries.length === 0 ? (
        <p>{text.outboxEmpty}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.projectId}>
              <Text>{entry.title}</Text> — <Text>{entry.reason.message}</Text> <Text size={200}>({text.pendingSince(new Date(entry.queuedAt).toLocaleString())})</Text>
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
