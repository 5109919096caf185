/**
 * The writer behind `--fix` and `new`: a new name is never one that exists,
 * and on file systems without hard links (a FAT USB stick, some network
 * shares) it still never replaces anything and leaves no temporary file.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';

jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return { ...actual, linkSync: jest.fn(actual.linkSync) };
});
import { writeAtomically, writeUnderFreeName } from '../../src/cli/safe-write';
import { tempDir } from '../support/tools';

function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

const linkSync = fs.linkSync as jest.MockedFunction<typeof fs.linkSync>;
const realLinkSync = jest.requireActual<typeof import('node:fs')>('node:fs').linkSync;

afterEach(() => {
  linkSync.mockImplementation(realLinkSync);
});

describe.each([
  ['with hard links', false],
  ['without hard links', true],
])('%s', (_how, noHardLinks) => {
  beforeEach(() => {
    if (noHardLinks) {
      linkSync.mockImplementation(() => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
      });
    }
  });

  test('takes the first free name and leaves the others as they were', () => {
    const dir = tempDir('dangjian-safe-write');
    fs.writeFileSync(join(dir, 'a.docx'), 'kept');
    fs.symlinkSync(join(dir, 'nowhere'), join(dir, 'a-2.docx'));
    const written = writeUnderFreeName(dir, 'a.docx', Buffer.from('new'));
    expect(written).toEqual({ ok: true, value: join(dir, 'a-3.docx') });
    expect(listing(dir)).toEqual(['a-2.docx', 'a-3.docx', 'a.docx']);
    expect(fs.readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('kept');
    expect(fs.readFileSync(join(dir, 'a-3.docx'), 'utf8')).toBe('new');
    expect(fs.existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  test('a failing write leaves nothing, under either name', () => {
    const dir = tempDir('dangjian-safe-write');
    const written = writeUnderFreeName(dir, 'a.docx', Buffer.alloc(200_000), { code: 'ENOSPC', afterBytes: 70_000 });
    expect(written.ok).toBe(false);
    expect(listing(dir)).toEqual([]);
  });

  test('a new name that is taken is refused, not replaced', () => {
    const dir = tempDir('dangjian-safe-write');
    fs.writeFileSync(join(dir, 'form.docx'), 'kept');
    const written = writeAtomically(join(dir, 'form.docx'), Buffer.from('new'), 'new');
    expect(written.ok ? 'written' : written.error.code).toBe('EEXIST');
    expect(listing(dir)).toEqual(['form.docx']);
    expect(fs.readFileSync(join(dir, 'form.docx'), 'utf8')).toBe('kept');
  });
});
