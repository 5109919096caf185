/**
 * Stands where the register panel goes in a build that does not include
 * src/register/ui/RegisterPanel.tsx (webpack.config.js points the import
 * here when that file is absent): the place shows a short note.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { messages, type Locale } from '../../i18n';
import type { DocumentHost } from '../../word/host';

export default function RegisterPending({ locale }: { host: DocumentHost; locale: Locale }): JSX.Element {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{messages(locale).pane.register.pending}</MessageBarBody>
    </MessageBar>
  );
}
