/**
 * Command-line options through `node:util`'s strict parser. A wrong option
 * is the user's mistake, not a crash: it is reported, in the user's
 * language, with the usage, and the command exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Messages } from '../i18n';
import { say, type CliContext } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

function field(error: unknown, name: 'code' | 'message'): string {
  if (typeof error !== 'object' || error === null || !(name in error)) return '';
  const value: unknown = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Node's English message, said again in the user's words. The option is
 * taken from the message (`'-o, --output <value>'` → `-o, --output`); a
 * message of a shape not foreseen is kept as Node wrote it.
 */
export function argumentMistake(error: unknown, text: Messages['cli']): string {
  const code = field(error, 'code');
  const message = field(error, 'message');
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return text.argUnknownOption(option);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return text.argUnexpected(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('argument missing')) return text.argMissingValue(option);
      if (message.includes('is ambiguous')) return text.argAmbiguousValue(option);
      if (message.includes('does not take an argument')) return text.argTakesNoValue(option);
      return message;
    default:
      return message;
  }
}

export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  context: CliContext,
  text: Messages['cli'],
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>> | undefined {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error: unknown) {
    if (!field(error, 'code').startsWith('ERR_PARSE_ARGS_')) throw error;
    say(context, `${text.badArguments(argumentMistake(error, text))}\n${text.usage}`);
    return undefined;
  }
}
