import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneError } from '../errors';
import { usePaneText } from '../text';

/** An error as the user reads it: what happened and what to do, with a way to dismiss it. */
export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }): JSX.Element {
  const text = usePaneText();
  return (
    <MessageBar intent="error" layout="multiline" data-error-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{text.errors.title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {text.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
