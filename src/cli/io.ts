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
  /**
   * The script a helper thread runs to check files of a batch on another
   * core (bin/dangjian.js gives itself); without it every file is checked
   * on the calling thread.
   */
  readonly workerScript?: string;
}

export interface CliContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The language of the messages (`--lang`); Chinese when not given. */
  readonly locale?: Locale;
  /** See `CliIo.workerScript`. */
  readonly workerScript?: string;
}

/** Writes one message line to stderr, with any control character in it made visible. */
export function say(context: Pick<CliContext, 'stderr'>, message: string): void {
  context.stderr.write(`${printableLines(message)}\n`);
}
