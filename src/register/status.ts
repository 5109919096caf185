/**
 * The lifecycle of a register row, as the notices assign it. Documents move
 * a row forward (申报表 → 已申报, 中期检查表 → 中期检查, 结项报告 → 已结项);
 * approval steps belong to the body the notice names: 000 has 二级党组织
 * projects approved by 校党委 (its 组织部 acting for it) and 基层党支部
 * projects by their 党总支, which also runs their 验收 (003: 党总支 验收,
 * 学院 评审 of the best). A row moves forward only, unless a person confirms
 * a step back. The table is data: tests and the pane read the same one.
 */
import type { Status } from '../templates/schema';
import { STATUSES } from '../templates/schema-values';
import type { LEVEL_CHOICES } from './columns';

export { STATUSES, type Status };

export type Level = (typeof LEVEL_CHOICES)[number];

/** Who acts on a row: the project's own organisation, its 党总支, or 校党委 (through 组织部). */
export type Actor = '申报单位' | '党总支' | '校党委';

/** Who approves and accepts a project of this level (000: 二级党组织 → 校党委, 党支部 → its 党总支). */
export const APPROVER_BY_LEVEL: Readonly<Record<Level, Actor>> = {
  二级党组织: '校党委',
  党支部: '党总支',
};

/** A step of the lifecycle: `by` is `applicant` (the project's organisation) or `approver` (by level) or a fixed actor. */
export interface StatusStep {
  readonly action: 'apply' | 'approve' | 'midterm' | 'close' | 'accept' | 'commend';
  readonly from: readonly Status[];
  readonly to: Status;
  readonly by: 'applicant' | 'approver' | Actor;
}

export const STATUS_STEPS: readonly StatusStep[] = [
  { action: 'apply', from: ['草稿'], to: '已申报', by: 'applicant' },
  { action: 'approve', from: ['已申报'], to: '已立项', by: 'approver' },
  { action: 'midterm', from: ['已立项'], to: '中期检查', by: 'applicant' },
  { action: 'close', from: ['已立项', '中期检查'], to: '已结项', by: 'applicant' },
  { action: 'accept', from: ['已结项'], to: '已验收', by: 'approver' },
  // 优秀 is chosen among accepted projects by the school (001: 3–5 示范项目; 003: 优秀成果).
  { action: 'commend', from: ['已验收'], to: '优秀', by: '校党委' },
];

export type StatusAction = StatusStep['action'];

export function statusRank(status: Status): number {
  return STATUSES.indexOf(status);
}

export function isBackwards(from: Status, to: Status): boolean {
  return statusRank(to) < statusRank(from);
}

/** The status a row ends with: the later of the two unless going back was confirmed. */
export function nextStatus(current: Status | undefined, submitted: Status, allowBackwards: boolean): Status {
  if (current === undefined || allowBackwards) return submitted;
  return isBackwards(current, submitted) ? current : submitted;
}

/** Who may take a step on a project of this level (undefined level: only 校党委 decides). */
export function actorFor(step: StatusStep, level: Level | undefined): Actor {
  if (step.by === 'applicant') return '申报单位';
  if (step.by === 'approver') return level ? APPROVER_BY_LEVEL[level] : '校党委';
  return step.by;
}

export type StepRefusal =
  | { readonly kind: 'wrong-status'; readonly current: Status; readonly expected: readonly Status[] }
  | { readonly kind: 'wrong-actor'; readonly actor: Actor; readonly expected: Actor };

/** The steps an actor may take on a row now. */
export function availableSteps(current: Status, level: Level | undefined, actor: Actor): StatusStep[] {
  return STATUS_STEPS.filter((step) => step.from.includes(current) && actorFor(step, level) === actor);
}

/** Takes one step: the new status, or why the step is not this actor's to take now. */
export function takeStep(
  current: Status,
  level: Level | undefined,
  action: StatusAction,
  actor: Actor,
): { readonly ok: true; readonly status: Status } | { readonly ok: false; readonly refusal: StepRefusal } {
  const step = STATUS_STEPS.find((candidate) => candidate.action === action) as StatusStep;
  const expectedActor = actorFor(step, level);
  if (actor !== expectedActor) return { ok: false, refusal: { kind: 'wrong-actor', actor, expected: expectedActor } };
  if (!step.from.includes(current)) return { ok: false, refusal: { kind: 'wrong-status', current, expected: step.from } };
  return { ok: true, status: step.to };
}

/** The step a submitted document stands for, by the status its template sets (the 备案表's 已立项 is its 党总支's approval). */
export function stepForDocument(submitStatus: Status): StatusStep | undefined {
  return STATUS_STEPS.find((step) => step.to === submitStatus);
}

/**
 * A document that would move a row past a step the notices require first
 * (a 结项报告 for a project still 已申报, never 立项): the statuses it
 * expected the row to be in. Undefined when the move is in order, repeats
 * the current status, or goes back (that is asked separately).
 */
export function outOfOrder(current: Status, submitted: Status): readonly Status[] | undefined {
  if (current === submitted || isBackwards(current, submitted)) return undefined;
  const step = stepForDocument(submitted);
  if (!step || step.from.includes(current)) return undefined;
  return step.from;
}
