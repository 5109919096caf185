/** `dangjian register …`: handed to the register's own command line. */
import type { Messages } from '../i18n';
import type { CliContext } from './io';

export async function runRegister(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  context.stderr.write(`${text.unknownCommand(['register', ...args].join(' '))}\n`);
  return 2;
}
