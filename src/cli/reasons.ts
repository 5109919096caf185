/** Why the system refused a read or a write, in the user's words rather than Node's. */
import type { Messages } from '../i18n';
import type { ReadRefusal } from './bounded-read';
import { cutEcho } from './printable';

export function systemReason(code: string, text: Messages['cli']): string {
  return text.writeReasons[code] ?? text.otherSystemReason(code);
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

export function readRefusalReason(refusal: ReadRefusal, text: Messages['cli']): string {
  switch (refusal.kind) {
    case 'not-a-file':
      return text.notARegularFile;
    case 'too-large':
      return text.fileTooLarge(megabytes(refusal.size), megabytes(refusal.limit));
    case 'system':
      return systemReason(refusal.code, text);
  }
}

/** An unexpected error, said in one short line: its kind and the start of its message (never its stack). */
export function shortReason(error: unknown): string {
  if (error instanceof Error) return cutEcho(`${error.name}: ${error.message}`.split('\n')[0], 160);
  return cutEcho(String(error).split('\n')[0], 160);
}
