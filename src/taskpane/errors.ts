/**
 * Errors the pane shows. Hosts and the core reject with values carrying a
 * `code` and a Chinese `message` that says what to do; anything else (a
 * browser or Office error) is wrapped so the user still reads what to do.
 */
import type { Messages } from '../i18n';

export interface PaneError {
  readonly code: string;
  readonly message: string;
}

/** "Not available." inside a Chinese sentence: drop the detail's own full stop. */
function detailOf(message: string): string {
  return message.replace(/[.。\s]+$/u, '');
}

function hasCodeAndMessage(value: unknown): value is { code: unknown; message: unknown } {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

export function toPaneError(thrown: unknown, text: Messages['pane']): PaneError {
  if (hasCodeAndMessage(thrown) && typeof thrown.message === 'string' && thrown.message.length > 0) {
    const code = typeof thrown.code === 'string' ? thrown.code : String(thrown.code);
    // A value from our own code already says what to do; an Office error only says what failed.
    const ours = /[\u4e00-\u9fff]/.test(thrown.message);
    return { code, message: ours ? thrown.message : text.errors.generic(detailOf(thrown.message)) };
  }
  if (thrown instanceof Error && thrown.message) return { code: 'unexpected', message: text.errors.generic(detailOf(thrown.message)) };
  return { code: 'unknown', message: text.errors.unknown };
}
