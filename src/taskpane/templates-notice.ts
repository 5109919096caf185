/** What the 模板 place has to say, as data; drawn by components/TemplatesNotice.tsx, which comes in a chunk of its own. */
import type { PaneError } from './errors';

export type TemplatesNoticeProps =
  | { readonly kind: 'inserting'; readonly label: string }
  | { readonly kind: 'inserted' | 'school-problem'; readonly message: string }
  | { readonly kind: 'error'; readonly error: PaneError; readonly onDismiss: () => void };

/** The notice's words alone, shown while its chunk is on the way. */
export function noticeWords(props: TemplatesNoticeProps): string {
  switch (props.kind) {
    case 'inserting':
      return props.label;
    case 'error':
      return props.error.message;
    default:
      return props.message;
  }
}
