/** Builds a .docx with python-docx from a list of paragraphs (test/cli/fixtures/make_document.py). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli';
import { runPython } from './tools';

export interface DocParagraph {
  readonly text?: string;
  readonly role?: 'title' | 'org' | 'h1' | 'h2' | 'body' | 'plain';
  readonly font?: string;
  readonly size?: number;
  readonly align?: 'center' | 'both' | 'right' | 'left';
  /** First-line indent in points. */
  readonly indent?: number;
  readonly bold?: boolean;
  /** A built-in python-docx style name ("Heading 1", "toc 1"). */
  readonly style?: string;
  readonly spacing?: 'exact' | 'single' | 'atLeast';
  readonly picture?: boolean;
}

const MAKE_DOCUMENT = join(REPO, 'test', 'cli', 'fixtures', 'make_document.py');

export function makeDocument(paragraphs: readonly DocParagraph[], path: string): string {
  const spec = `${path}.json`;
  writeFileSync(spec, JSON.stringify(paragraphs));
  runPython(readFileSync(MAKE_DOCUMENT, 'utf8'), [spec, path]);
  return path;
}
