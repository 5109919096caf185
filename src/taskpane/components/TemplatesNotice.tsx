/**
 * What the 模板 place has to say: 正在插入模板…, 已插入《…》, an error, a
 * school setting that could not be used. None of it is on the first
 * screen of a pane that works, so Fluent's message bar and spinner come in
 * a chunk of their own (fetched after the first paint) and, until then,
 * the same words show as plain text.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { TemplatesNoticeProps } from '../templates-notice';
import { Busy } from './Busy';
import { ErrorBar } from './ErrorBar';

export default function TemplatesNotice(props: TemplatesNoticeProps): JSX.Element {
  switch (props.kind) {
    case 'inserting':
      return <Busy label={props.label} />;
    case 'error':
      return <ErrorBar error={props.error} onDismiss={props.onDismiss} />;
    default:
      return (
        <MessageBar intent={props.kind === 'inserted' ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>{props.message}</MessageBarBody>
        </MessageBar>
      );
  }
}
