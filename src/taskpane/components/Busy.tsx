import { Spinner } from '@fluentui/react-components';

/** Long work in progress ("正在读取文档…"), announced to screen readers. */
export function Busy({ label }: { label: string }): JSX.Element {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" labelPosition="after" label={label} />
    </div>
  );
}
