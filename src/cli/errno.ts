/** System errors from Node's fs, told apart from programming errors by their POSIX code. */

/**
 * The POSIX code of a system error (ENOSPC, EACCES, …), or undefined for any
 * other throw. Not `instanceof Error`: errors made in another realm (a test
 * runner's sandbox) are not instances of this realm's Error.
 */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

/** The error's own message, for a technical detail. */
export function errnoDetail(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}
