/** The lifecycle of a register row: it moves forward only, unless a person confirms a step back. */
import { STATUSES, type Status } from '../templates/schema';

export { STATUSES, type Status };

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
