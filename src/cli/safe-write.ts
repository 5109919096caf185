/**
 * Writes files so that nothing is lost: the bytes go to a temporary file in
 * the target's own folder (created exclusively, so a link planted under its
 * name is never followed), are flushed to disk, and only then appear under
 * their final name — by a hard link, which fails if anything (a file, a
 * folder, even a dangling symlink) already holds that name, so nothing is
 * ever replaced unless the user asked for it. On any failure the temporary
 * file is removed: a full disk leaves no truncated .docx behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { err, ok, type Result } from '../core/result';
import { errnoCode, errnoDetail } from './errno';

/** A failure of the file system, by its POSIX code (ENOSPC, EACCES, …). */
export interface WriteFailure {
  readonly code: string;
  readonly detail: string;
}

/**
 * A write error to simulate, for proving that a failed write leaves nothing
 * behind: the write fails with `code` once `afterBytes` bytes are written.
 * Read from `DANGJIAN_SIMULATE_WRITE_ERROR=ENOSPC@65536`.
 */
export interface SimulatedWriteError {
  readonly code: string;
  readonly afterBytes: number;
}

export function simulatedWriteError(env: Readonly<Record<string, string | undefined>>): SimulatedWriteError | undefined {
  const match = /^([A-Z]+)@(\d+)$/.exec(env.DANGJIAN_SIMULATE_WRITE_ERROR ?? '');
  return match ? { code: match[1], afterBytes: Number(match[2]) } : undefined;
}

const CHUNK = 64 * 1024;
/** Names tried for one copy (`a.docx`, `a-2.docx`, … `a-1000.docx`) before giving up. */
const MAX_NAMES = 1000;

function failure(error: unknown): WriteFailure {
  const code = errnoCode(error);
  if (code === undefined) throw error;
  return { code, detail: errnoDetail(error) };
}

function simulated(code: string): Error {
  return Object.assign(new Error(`${code}: simulated write error`), { code });
}

/**
 * Creates `path` exclusively and writes `bytes` into it, flushed to disk.
 * If any write fails (or the simulated error strikes, after the bytes before
 * it were written, as a full disk would), the file is removed again.
 */
function writeNewFile(path: string, bytes: Uint8Array, simulate: SimulatedWriteError | undefined): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    for (let at = 0; at < bytes.length; ) {
      const end = Math.min(at + CHUNK, bytes.length);
      if (simulate && end > simulate.afterBytes) {
        if (simulate.afterBytes > at) writeSync(fd, bytes, at, simulate.afterBytes - at);
        throw simulated(simulate.code);
      }
      at += writeSync(fd, bytes, at, end - at);
    }
    fsyncSync(fd);
  } catch (error: unknown) {
    closeSync(fd);
    unlinkSync(path);
    throw error;
  }
  closeSync(fd);
}

/** Writes `bytes` to a fresh temporary file in `dir`, flushed to disk; returns its path. Removes it on failure. */
function writeTemporary(dir: string, bytes: Uint8Array, simulate: SimulatedWriteError | undefined): string {
  const temp = join(dir, `.dangjian-${randomBytes(6).toString('hex')}.tmp`);
  writeNewFile(temp, bytes, simulate);
  return temp;
}

/** File systems without hard links (FAT on a USB stick, some network shares) say so with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Puts the temporary file under the first free name `candidates` yields;
 * returns that name. Without hard links, the name is created exclusively
 * and written directly (still never replacing anything).
 */
function publish(
  temp: string,
  bytes: Uint8Array,
  candidates: Iterable<string>,
  simulate: SimulatedWriteError | undefined,
): Result<string, WriteFailure> {
  try {
    for (const candidate of candidates) {
      try {
        linkSync(temp, candidate);
        return ok(candidate);
      } catch (error: unknown) {
        const code = errnoCode(error);
        if (code === 'EEXIST') continue;
        if (code === undefined || !NO_HARD_LINKS.has(code)) return err(failure(error));
        try {
          writeNewFile(candidate, bytes, simulate);
          return ok(candidate);
        } catch (direct: unknown) {
          if (errnoCode(direct) === 'EEXIST') continue;
          return err(failure(direct));
        }
      }
    }
    return err({ code: 'EEXIST', detail: 'every candidate name is taken' });
  } finally {
    unlinkSync(temp);
  }
}

function* freeNames(dir: string, fileName: string): Generator<string> {
  const extension = extname(fileName);
  const stem = basename(fileName, extension);
  yield join(dir, fileName);
  for (let n = 2; n <= MAX_NAMES; n += 1) yield join(dir, `${stem}-${n}${extension}`);
}

/**
 * Writes a new file in `dir` named `fileName`, or `stem-2.ext`, `stem-3.ext`…
 * when that name is taken: never replaces anything. Returns the path written.
 */
export function writeUnderFreeName(
  dir: string,
  fileName: string,
  bytes: Uint8Array,
  simulate?: SimulatedWriteError,
): Result<string, WriteFailure> {
  let temp: string;
  try {
    temp = writeTemporary(dir, bytes, simulate);
  } catch (error: unknown) {
    return err(failure(error));
  }
  return publish(temp, bytes, freeNames(dir, fileName), simulate);
}

/**
 * Writes `target` in one step: a new name only (fails with EEXIST if it is
 * taken) or, when the user asked to overwrite, by renaming over it — which
 * replaces a symlink itself, never the file it points to.
 */
export function writeAtomically(
  target: string,
  bytes: Uint8Array,
  mode: 'new' | 'replace',
  simulate?: SimulatedWriteError,
): Result<string, WriteFailure> {
  const dir = dirname(target);
  let temp: string;
  try {
    temp = writeTemporary(dir, bytes, simulate);
  } catch (error: unknown) {
    return err(failure(error));
  }
  if (mode === 'new') return publish(temp, bytes, [target], simulate);
  try {
    renameSync(temp, target);
    return ok(target);
  } catch (error: unknown) {
    unlinkSync(temp);
    return err(failure(error));
  }
}
