/**
 * Deadlines as the pane shows them, in one wording everywhere: 还剩 N 天,
 * 今天截止, 已过期 N 天 (en-US: N days left, Due today, N days overdue).
 */
import type { PaneText } from './text';

/** Days from `today` to an ISO date, counted in whole calendar days (local time). */
export function daysUntil(isoDate: string, today: Date): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  const due = Date.UTC(year, month - 1, day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

export interface DeadlineView {
  /** "截止 2025-05-10 · 还剩 20 天" */
  readonly label: string;
  readonly days: number;
  readonly overdue: boolean;
}

export function deadlineView(isoDate: string, today: Date, text: PaneText['templates']): DeadlineView {
  const days = daysUntil(isoDate, today);
  const left = days > 0 ? text.daysLeft(days) : days === 0 ? text.dueToday : text.overdue(-days);
  return { label: `${text.deadline(isoDate)} · ${left}`, days, overdue: days < 0 };
}
