/**
 * Reads a file the user named only if it is a regular file of bounded size:
 * `/dev/zero`, a FIFO or a 2 GB file is refused from its `fstat` at once,
 * before any byte is read, and the read itself stops at the bound even if
 * the file grows meanwhile. Opened non-blocking so a FIFO cannot hang the
 * command before it is recognised.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { err, ok, type Result } from '../core/result';
import { errnoCode, errnoDetail } from './errno';

export type ReadRefusal =
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number }
  | { readonly kind: 'system'; readonly code: string; readonly detail: string };

function systemRefusal(error: unknown): ReadRefusal {
  const code = errnoCode(error);
  if (code === undefined) throw error;
  return { kind: 'system', code, detail: errnoDetail(error) };
}

export function readBoundedFile(path: string, limit: number): Result<Buffer, ReadRefusal> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error: unknown) {
    return err(systemRefusal(error));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return err({ kind: 'not-a-file' });
    if (stat.size > limit) return err({ kind: 'too-large', size: stat.size, limit });
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) return err({ kind: 'too-large', size: length, limit });
      if (length === buffer.length) break;
    }
    return ok(buffer.subarray(0, length));
  } catch (error: unknown) {
    return err(systemRefusal(error));
  } finally {
    closeSync(fd);
  }
}
