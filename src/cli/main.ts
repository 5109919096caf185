/**
 * `dangjian`: the command line beside the add-in, for the organisation
 * department's batch work and for CI. `process.exitCode = await main(...)`
 * in bin/dangjian.js, as markdownlint-cli2 does.
 */
import { messages, resolveLocale, type Messages } from '../i18n';
import { say, type CliContext, type CliIo } from './io';
import { shortReason } from './reasons';

/** `--lang en-US` anywhere on the line switches the messages; Chinese otherwise. */
function localeFrom(argv: readonly string[]): ReturnType<typeof resolveLocale> {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (at < 0) return 'zh-CN';
  const arg = argv[at];
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  return resolveLocale(value);
}

/**
 * Whatever goes wrong, the user reads one Chinese line and the command exits
 * 2; the stack trace is for a developer who asks with DANGJIAN_DEBUG=1.
 */
export async function main(io: CliIo): Promise<number> {
  const locale = localeFrom(io.argv);
  const text: Messages['cli'] = messages(locale).cli;
  const context: CliContext = {
    locale,
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env ?? process.env,
    cwd: io.cwd ?? process.cwd(),
    workerScript: io.workerScript,
  };
  try {
    return await run(io, context, text);
  } catch (error: unknown) {
    say(context, text.internalError(shortReason(error)));
    if (context.env.DANGJIAN_DEBUG === '1' && error instanceof Error) context.stderr.write(`${error.stack ?? ''}\n`);
    return 2;
  }
}

/** Each command's code is loaded when that command runs: `--help` loads none of it, `templates` no reader. */
async function run(io: CliIo, context: CliContext, text: Messages['cli']): Promise<number> {
  const [command, ...rest] = io.argv;
  switch (command) {
    case 'check': {
      const { runCheck } = await import('./check-command');
      return runCheck(rest, context, text);
    }
    case 'new': {
      const { runNew } = await import('./new-command');
      return runNew(rest, context, text);
    }
    case 'templates': {
      const { runTemplates } = await import('./templates-command');
      return runTemplates(rest, context, text);
    }
    case 'register': {
      const { runRegister } = await import('./register-command');
      return runRegister(rest, context, text);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(`${text.usage}\n`);
      return command === undefined ? 2 : 0;
    case '-v':
    case '--version':
      io.stdout.write(`${version()}\n`);
      return 0;
    default:
      say(context, text.unknownCommand(command));
      return 2;
  }
}

function version(): string {
  // Read at call time: package.json sits two levels above dist/cli.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}

/** What a helper thread of `dangjian check` runs (bin/dangjian.js calls it in a worker thread). */
export async function checkWorker(): Promise<void> {
  const { runCheckWorker } = await import('./check-worker');
  runCheckWorker();
}
