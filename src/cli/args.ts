/**
 * Command-line options through `node:util`'s strict parser. A wrong option
 * is the user's mistake, not a crash: it is reported with the usage and the
 * command exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Messages } from '../i18n';
import { say, type CliContext } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  context: CliContext,
  text: Messages['cli'],
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>> | undefined {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error: unknown) {
    if (!(error instanceof TypeError)) throw error;
    say(context, `${text.badArguments(error.message)}\n${text.usage}`);
    return undefined;
  }
}
