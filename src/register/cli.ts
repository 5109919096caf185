/**
 * `dangjian register provision --config FILE [--token-env VAR]`: creates or
 * verifies the register list from the command line. The token is read from
 * an environment variable (never from an argument, never printed).
 * Exit codes: 0 created or verified; 1 the list has problems; 2 could not run.
 */
import { readFile } from 'node:fs/promises';
import { zh, type Messages } from '../i18n';
import { PROVISION_SCOPES, qualifyScopes, type TokenProvider } from './auth/token-provider';
import { isRegisterFailure, registerErrorMessage } from './errors';
import { createRegisterGraph } from './graph/client';
import { provisionRegister } from './provision';
import { parseRegisterSettings } from './settings';

export interface RegisterCommandIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_TOKEN_ENV = 'DANGJIAN_GRAPH_TOKEN';

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

/** Speaks Chinese unless given another table (`dangjian --lang en-US` gives the English one). */
export async function runRegisterCommand(argv: readonly string[], io: RegisterCommandIo, text: Messages['register'] = zh.register): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (!subcommand || subcommand === '--help' || subcommand === '-h') {
    io.stdout.write(`${text.cli.usage}\n`);
    return subcommand ? 0 : 2;
  }
  if (subcommand !== 'provision') {
    io.stderr.write(`${text.cli.unknownSubcommand(subcommand)}\n${text.cli.usage}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${text.cli.usage}\n`);
    return 0;
  }
  const configPath = option(rest, '--config');
  if (!configPath) {
    io.stderr.write(`${text.cli.missingConfig}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(configPath, 'utf8'));
  } catch (unreadable: unknown) {
    io.stderr.write(`${text.errors.configUnreadable(configPath, unreadable instanceof Error ? unreadable.message : String(unreadable))}\n`);
    return 2;
  }
  const settings = parseRegisterSettings(json, text);
  if (!settings.ok) {
    io.stderr.write(`${registerErrorMessage(settings.error, text.errors)}\n`);
    return 2;
  }
  const variable = option(rest, '--token-env') ?? DEFAULT_TOKEN_ENV;
  const token = io.env[variable]?.trim();
  if (!token) {
    io.stderr.write(`${text.errors.tokenMissing(variable)}\n`);
    return 2;
  }
  const tokens: TokenProvider = { getToken: async () => token };
  const graph = createRegisterGraph({
    baseUrl: settings.value.graphBaseUrl,
    tokens,
    scopes: qualifyScopes(PROVISION_SCOPES, settings.value.graphBaseUrl),
  });
  try {
    const report = await provisionRegister(graph, settings.value, text.provision);
    io.stdout.write(`${report.messages.join('\n')}\n`);
    return report.problems.length === 0 ? 0 : 1;
  } catch (failure: unknown) {
    if (!isRegisterFailure(failure)) throw failure;
    io.stderr.write(`${registerErrorMessage(failure.error, text.errors)}\n`);
    return 2;
  }
}
