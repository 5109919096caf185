/** The streams a command writes to; tests pass their own. */
import type { Locale } from '../i18n';
import { printableLines } from './printable';

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly argv: readonly string[];
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The language of the messages (`--lang`); Chinese when not given. */
  readonly locale?: Locale;
}

/** Writes one message line to stderr, with any control character in it made visible. */
export function say(context: Pick<CliContext, 'stderr'>, message: string): void {
  context.stderr.write(`${printableLines(message)}\n`);
}
