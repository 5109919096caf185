/** `dangjian register …`: handed to the register's own command line, loaded only when used. */
import { messages, type Messages } from '../i18n';
import type { CliContext } from './io';

export async function runRegister(args: readonly string[], context: CliContext, _text: Messages['cli']): Promise<number> {
  const { runRegisterCommand } = await import('../register/cli');
  // `--lang` is the command line's, read in main: the register's own options never see it.
  const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const own = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + (args[at].includes('=') ? 1 : 2))];
  return runRegisterCommand(own, { stdout: context.stdout, stderr: context.stderr, env: context.env }, messages(context.locale).register);
}
