/**
 * Deciding what a submission writes into a row that already exists: status
 * only moves forward (unless a person confirmed a step back), and a field
 * someone else changed since we read the row is never overwritten without
 * asking (three-way: the row as we first saw it, the row now, ours).
 */
import type { Status } from '../templates/schema';
import { nextStatus } from './status';
import type { RowFields } from './graph/list';

/** Bookkeeping the latest submission always sets; never a conflict. */
const ALWAYS_OURS = new Set(['SubmittedAt', 'SubmittedBy']);

export interface FieldConflict {
  readonly field: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export type Resolution = Readonly<Record<string, 'mine' | 'theirs'>>;

export interface MergePlan {
  /** Fields to PATCH (empty: the row already says what we would write). */
  readonly changes: RowFields;
  /** Conflicts with no resolution yet: ask the person. */
  readonly conflicts: FieldConflict[];
  /** Set when the row's later status was kept instead of moving it back. */
  readonly statusKept?: Status;
}

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}

/**
 * @param base the row when the person last saw it (null: there was no row)
 * @param current the row now
 * @param mine what this submission wants the row to say
 */
export function planUpdate(
  base: RowFields | null,
  current: RowFields,
  mine: RowFields,
  options: { allowBackwards: boolean; resolution: Resolution },
): MergePlan {
  const changes: RowFields = {};
  const conflicts: FieldConflict[] = [];
  let statusKept: Status | undefined;
  for (const [field, value] of Object.entries(mine)) {
    if (value === undefined) continue;
    if (field === 'Status') {
      const target = nextStatus(current.Status as Status | undefined, value as Status, options.allowBackwards);
      if (target !== value) statusKept = target;
      if (!same(target, current.Status)) changes.Status = target;
      continue;
    }
    if (same(value, current[field])) continue;
    const choice = options.resolution[field];
    // The person chose for this field after seeing both versions: theirs stays, mine is written.
    if (choice === 'theirs') continue;
    const theyChanged = base === null ? current[field] !== undefined && current[field] !== null : !same(current[field], base[field]);
    if (theyChanged && !ALWAYS_OURS.has(field) && choice !== 'mine') {
      conflicts.push({ field, mine: value, theirs: current[field] });
      continue;
    }
    changes[field] = value;
  }
  return { changes, conflicts, statusKept };
}
