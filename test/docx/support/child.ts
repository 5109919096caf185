/**
 * Reads a .docx in a child Node process (test/docx/child/read-file.js) and
 * returns what it reported: whether it was read, the error code and message
 * when refused, the time and the peak memory. A crafted file that would take
 * the test process down costs only the child.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocxErrorCode } from '../../../src/docx/errors';

export interface ChildOutcome {
  ok: boolean;
  code?: DocxErrorCode;
  message?: string;
  ms: number;
  maxRssMb: number;
}

const CHILD = join(__dirname, '..', 'child', 'read-file.js');

/** Writes `bytes` to `dir/name` and reads that file in a child process, given `timeoutMs` at most. */
export function readInChild(dir: string, name: string, bytes: Uint8Array, timeoutMs: number): ChildOutcome {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return JSON.parse(execFileSync(process.execPath, [CHILD, path], { encoding: 'utf8', timeout: timeoutMs })) as ChildOutcome;
}
