/**
 * The batch progress line on stderr: files checked, files left, and the
 * time left at the pace so far. On a terminal it is one line rewritten in
 * place and cleared at the end; elsewhere (with --progress, into a log) it
 * is a line of its own for the first file, about once a second after
 * that, and for the last file.
 */
import type { Messages } from '../i18n';
import type { OutputStream } from './io';
import { printable } from './printable';

const CLEAR_LINE = '\r\u001b[K';
/** Least time between two lines written where the line cannot be rewritten in place. */
const LOG_INTERVAL_MS = 1000;

export class ProgressLine {
  private readonly started: number;
  private lastWritten = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly text: Messages['cli'],
    private readonly inPlace: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.write(text.progressFirst(total), true);
  }

  /** Before a file's own messages: the line is taken off the terminal so they do not run into it. */
  lift(): void {
    if (this.inPlace && this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  /** `done` files of the batch are checked. */
  update(done: number): void {
    const left = this.total - done;
    const elapsed = this.now() - this.started;
    const secondsLeft = Math.ceil(((elapsed / done) * left) / 1000);
    // The first estimate and the last line are always written; a log gets the others about once a second.
    this.write(this.text.progressLine(done, left, this.text.seconds(secondsLeft)), done === 1 || left === 0);
  }

  /** The batch is checked: the terminal's line is cleared, a log keeps its lines. */
  finish(): void {
    if (this.inPlace && this.shown) this.stream.write(CLEAR_LINE);
    this.shown = false;
  }

  private write(line: string, always: boolean): void {
    const at = this.now();
    if (this.inPlace) {
      this.stream.write(`${CLEAR_LINE}${printable(line)}`);
      this.shown = true;
      return;
    }
    if (!always && at - this.lastWritten < LOG_INTERVAL_MS) return;
    this.lastWritten = at;
    this.stream.write(`${printable(line)}\n`);
  }
}
