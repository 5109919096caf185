/**
 * The fields the register keeps that the form does not print (党组织名称,
 * 项目层级, 年度): read from the document's properties (`DangjianField.*`),
 * and those the document does not hold asked once in the pane, then written
 * back so the next submission finds them.
 */
import { registerFieldProperty, registerOnlyFields } from '../templates/fields';
import type { Field, Template } from '../templates/schema';

export interface RegisterOnlyPlan {
  /** Values the document's properties hold, by tag. */
  readonly values: Readonly<Record<string, string>>;
  /** Fields to ask in the pane: 党组织名称, 项目层级, 年度, then any other. */
  readonly ask: readonly Field[];
  /** What each asked field starts with: the row's value, the year the school's round. */
  readonly defaults: Readonly<Record<string, string>>;
}

/** The register-only fields that feed a column: the only ones a submission needs. */
function keptFields(template: Template): Field[] {
  return registerOnlyFields(template).filter((field) => field.column !== undefined);
}

/** The document property names to read for a template. */
export function registerOnlyPropertyNames(template: Template): string[] {
  return keptFields(template).map((field) => registerFieldProperty(field.tag));
}

/** Values by tag → the document properties that keep them. */
export function registerOnlyProperties(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([tag, value]) => [registerFieldProperty(tag), value]));
}

/**
 * What the document already holds and what must be asked. A field the form
 * prints is never asked. The year starts at the row's year, else the
 * school's round; 党组织 and 项目层级 at the row's value when there is one.
 */
export function planRegisterOnly(
  template: Template,
  stored: Readonly<Record<string, string>>,
  context: { readonly row?: Readonly<Record<string, unknown>>; readonly roundYear: number },
): RegisterOnlyPlan {
  const values: Record<string, string> = {};
  const ask: Field[] = [];
  const defaults: Record<string, string> = {};
  for (const field of keptFields(template)) {
    const kept = stored[registerFieldProperty(field.tag)]?.trim();
    if (kept) {
      values[field.tag] = kept;
      continue;
    }
    ask.push(field);
    const fromRow = field.column ? context.row?.[field.column] : undefined;
    if (field.column === 'Year') defaults[field.tag] = String(typeof fromRow === 'number' ? fromRow : context.roundYear);
    else if (typeof fromRow === 'string' && fromRow !== '') defaults[field.tag] = fromRow;
  }
  // Asked as a 书记 thinks of them: who, at which level, for which year.
  const order = (field: Field) => ASK_ORDER.indexOf(field.column ?? '');
  ask.sort((a, b) => (order(a) < 0 ? ASK_ORDER.length : order(a)) - (order(b) < 0 ? ASK_ORDER.length : order(b)));
  return { values, ask, defaults };
}

const ASK_ORDER: readonly string[] = ['Org', 'Level', 'Year'];

/** The asked fields left empty (their labels), so the pane can say which before anything is written. */
export function unansweredFields(ask: readonly Field[], answers: Readonly<Record<string, string>>): string[] {
  return ask.filter((field) => (answers[field.tag] ?? '').trim() === '').map((field) => field.label);
}
