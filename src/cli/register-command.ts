/** `dangjian register …`: handed to the register's own command line, loaded only when used. */
import type { Messages } from '../i18n';
import type { CliContext } from './io';

export async function runRegister(args: readonly string[], context: CliContext, _text: Messages['cli']): Promise<number> {
  const { runRegisterCommand } = await import('../register/cli');
  return runRegisterCommand(args, { stdout: context.stdout, stderr: context.stderr, env: context.env });
}
