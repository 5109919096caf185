/**
 * What WPS's object model throws, as the stand-in throws it: a wrong index
 * into a 1-based collection, an argument of the wrong type or out of range,
 * or something the stand-in does not emulate.
 */
import { wps } from '../../i18n/zh-CN/wps';

export type StandInErrorCode = 'bounds' | 'invalidArgument' | 'notEmulated';

export class StandInWpsError extends Error {
  readonly code: StandInErrorCode;

  constructor(code: StandInErrorCode, what: string) {
    super(`${wps.errors.standInRejected}（${what}）`);
    this.name = 'StandInWpsError';
    this.code = code;
  }
}

/** A 1-based index: `Item(0)`, fractions, strings and indexes past `Count` throw, as in WPS. */
export function checkIndex(index: unknown, count: number, what: string): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 1 || index > count) {
    throw new StandInWpsError('bounds', `${what}.Item(${String(index)}) of ${count}: collections count from 1`);
  }
  return index;
}

export function checkNumber(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new StandInWpsError('invalidArgument', `${what} = ${String(value)}: a number from ${min} to ${max}`);
  }
  return value;
}

export function checkString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new StandInWpsError('invalidArgument', `${what} = ${String(value)}: a string`);
  return value;
}
