/**
 * Creating the register list "党建项目台账" with its columns and the library
 * folder "党建项目", or verifying an existing list and naming every missing
 * column, wrong type, missing choice and missing unique index in Chinese.
 * Needs Sites.Manage.All (or a manage grant): an administrator's step.
 */
import { zh, type Messages } from '../i18n';
import { REGISTER_COLUMNS, type RegisterColumn, type RegisterColumnType } from './columns';
import { RegisterFailure } from './errors';
import type { RegisterGraph } from './graph/client';
import { ensureFolder } from './graph/drive';
import { listPath } from './graph/list';
import type { RegisterSettings } from './settings';

export interface ProvisionProblem {
  readonly column: string;
  readonly kind: 'missing' | 'wrong-type' | 'not-unique' | 'missing-choices';
  readonly message: string;
}

export interface ProvisionReport {
  readonly created: boolean;
  readonly folderCreated: boolean;
  readonly problems: ProvisionProblem[];
  /** Chinese lines for the panel and the command line. */
  readonly messages: string[];
}

interface GraphColumn {
  name: string;
  displayName?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: unknown;
  number?: unknown;
  boolean?: unknown;
  dateTime?: unknown;
  choice?: { choices?: string[] };
}

const TYPES: RegisterColumnType[] = ['text', 'number', 'boolean', 'dateTime', 'choice'];

/** The column definition Graph's `POST /lists` expects. */
export function columnDefinition(column: RegisterColumn): Record<string, unknown> {
  const facets: Record<RegisterColumnType, unknown> = {
    text: { allowMultipleLines: false, maxLength: 255 },
    number: { decimalPlaces: 'automatic' },
    boolean: {},
    dateTime: { format: 'dateTime', displayAs: 'standard' },
    choice: { choices: [...(column.choices ?? [])], displayAs: 'dropDownMenu', allowTextEntry: false },
  };
  return {
    name: column.name,
    displayName: column.displayName,
    ...(column.unique ? { indexed: true, enforceUniqueValues: true } : {}),
    [column.type]: facets[column.type],
  };
}

export function listDefinition(listName: string): Record<string, unknown> {
  return {
    displayName: listName,
    list: { template: 'genericList' },
    columns: REGISTER_COLUMNS.filter((column) => !column.builtIn).map(columnDefinition),
  };
}

function typeOf(column: GraphColumn): RegisterColumnType | undefined {
  return TYPES.find((type) => column[type] !== undefined);
}

/** Every way an existing list differs from what the register needs. */
export function verifyColumns(existing: readonly GraphColumn[], text: Messages['register']['provision'] = zh.register.provision): ProvisionProblem[] {
  const problems: ProvisionProblem[] = [];
  for (const wanted of REGISTER_COLUMNS) {
    const found = existing.find((column) => column.name === wanted.name);
    const typeName = text.types[wanted.type];
    if (!found) {
      problems.push({ column: wanted.name, kind: 'missing', message: text.missingColumn(wanted.name, wanted.displayName, typeName) });
      continue;
    }
    const actual = typeOf(found);
    if (actual !== wanted.type) {
      const actualName = actual ? text.types[actual] : text.unknownType;
      problems.push({ column: wanted.name, kind: 'wrong-type', message: text.wrongType(wanted.name, typeName, actualName) });
      continue;
    }
    if (wanted.unique && !(found.indexed && found.enforceUniqueValues)) {
      problems.push({ column: wanted.name, kind: 'not-unique', message: text.notIndexed(wanted.name) });
    }
    if (wanted.choices) {
      const have = new Set(found.choice?.choices ?? []);
      const missing = wanted.choices.filter((choice) => !have.has(choice));
      if (missing.length > 0) {
        problems.push({ column: wanted.name, kind: 'missing-choices', message: text.missingChoices(wanted.name, missing.join('、')) });
      }
    }
  }
  return problems;
}

/** Creates or verifies the list; its messages are in Chinese unless another table is given. */
export async function provisionRegister(
  graph: RegisterGraph,
  settings: Pick<RegisterSettings, 'siteId' | 'listName' | 'libraryFolder'>,
  text: Messages['register']['provision'] = zh.register.provision,
): Promise<ProvisionReport> {
  const location = { siteId: settings.siteId, listName: settings.listName };
  let created = false;
  try {
    await graph.send({ method: 'GET', path: listPath(location) });
  } catch (failure: unknown) {
    if (!(failure instanceof RegisterFailure) || failure.error.code !== 'not-found') throw failure;
    await graph.send({ method: 'POST', path: `/sites/${settings.siteId}/lists`, body: listDefinition(settings.listName) });
    created = true;
  }
  const columns = await graph.send<{ value: GraphColumn[] }>({ method: 'GET', path: `${listPath(location)}/columns` });
  const problems = verifyColumns(columns.value, text);
  const folderCreated = await ensureFolder(graph, settings.siteId, settings.libraryFolder);
  const messages: string[] = [];
  if (created) messages.push(text.created(settings.listName, settings.libraryFolder));
  else if (folderCreated) messages.push(text.folderCreated(settings.libraryFolder));
  messages.push(...problems.map((problem) => problem.message));
  messages.push(problems.length === 0 ? text.verified(settings.listName) : text.problemsFound(problems.length));
  return { created, folderCreated, problems, messages };
}
