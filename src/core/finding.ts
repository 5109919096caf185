import type { Edit } from './edits';

export type Severity = 'error' | 'warning';

/** One problem found in a document. `paragraph` is 1-based, in Word's `body.paragraphs` order. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly paragraph: number;
  /** Chinese message saying what is wrong and what is expected. */
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  readonly fixable: boolean;
  /** The edits that fix it; empty when `fixable` is false. */
  readonly fix: readonly Edit[];
}
