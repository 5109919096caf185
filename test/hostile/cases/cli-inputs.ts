/**
 * What people and scripts hand the command line: folders with symlink
 * loops, a device or a pipe where a pack belongs, a file far past the size
 * limit, names and fonts with terminal control characters, a batch in which
 * one file breaks the reader, a font name of megabytes, an output folder
 * that is a file.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from '../case';
import { closingReport, docxPackage, documentRels, documentXml, paragraph, varied } from '../docx';

const TEMPLATE = ['--template', 'shuji-closing-report'];

/** A theme whose elements nest `depth` deep before its font scheme: a few KB zipped. */
function deepTheme(depth: number): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="t">' +
    '<a:themeElements>' +
    '<a:x>'.repeat(depth) +
    '</a:x>'.repeat(depth) +
    '</a:themeElements></a:theme>'
  );
}

function reportWithDeepTheme(depth: number): Uint8Array {
  return docxPackage(documentXml([paragraph('基层党建“书记项目”结项报告', '宋体', 44), paragraph('一、项目简介')]), {
    'word/_rels/document.xml.rels': documentRels({ theme: 'theme/theme1.xml' }),
    'word/theme/theme1.xml': deepTheme(depth),
  });
}

export const cases: readonly HostileCase[] = [
  {
    name: 'a folder walked with -r holding a sub/up → .. link and two links that point at each other: each file once',
    build: (dir) => {
      mkdirSync(join(dir, 'sub'));
      mkdirSync(join(dir, 'sub2'));
      writeFileSync(join(dir, 'a.docx'), closingReport(2));
      writeFileSync(join(dir, 'sub', 'b.docx'), closingReport(2));
      symlinkSync('..', join(dir, 'sub', 'up'));
      symlinkSync('../sub2', join(dir, 'sub', 'loop'));
      symlinkSync('../sub', join(dir, 'sub2', 'loop'));
      symlinkSync('b.docx', join(dir, 'sub', 'same-as-b.docx'));
      return ['check', '--format', 'json', ...TEMPLATE, '-r', '.'];
    },
    expect: { exit: 1, reportFor: ['a.docx', join('sub', 'b.docx')] },
  },
  {
    name: 'a ** glob over the same symlink loops: each file once',
    build: (dir) => {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.docx'), closingReport(2));
      writeFileSync(join(dir, 'sub', 'b.docx'), closingReport(2));
      symlinkSync('..', join(dir, 'sub', 'up'));
      symlinkSync('.', join(dir, 'sub', 'self'));
      return ['check', '--format', 'json', ...TEMPLATE, '**/*.docx', 'a.docx', './a.docx'];
    },
    expect: { exit: 1, reportFor: ['a.docx', 'sub/b.docx'] },
  },
  {
    name: '--pack /dev/zero is refused at once',
    build: () => ['check', '--pack', '/dev/zero', 'nothing.docx'],
    expect: { exit: 2, message: /模板包有误.*不是普通文件/ },
    budget: { seconds: 5 },
  },
  {
    name: '--pack naming a FIFO nobody writes to is refused, not waited on',
    build: (dir) => {
      execFileSync('mkfifo', [join(dir, 'pack.json')]);
      return ['check', '--pack', 'pack.json', 'nothing.docx'];
    },
    expect: { exit: 2, message: /不是普通文件/ },
    budget: { seconds: 5 },
  },
  {
    name: 'a pack of 2 MB is refused by its size',
    build: (dir) => {
      writeFileSync(join(dir, 'pack.json'), `{"templates":[],"padding":"${'x'.repeat(2 * 1024 * 1024)}"}`);
      return ['check', '--pack', 'pack.json', 'nothing.docx'];
    },
    expect: { exit: 2, message: /上限/ },
    budget: { seconds: 5 },
  },
  {
    name: 'a 1.9 GB (sparse) .docx is refused by its size before reading, the other file reported',
    build: (dir) => {
      const fd = openSync(join(dir, 'huge.docx'), 'w');
      ftruncateSync(fd, 1900 * 1024 * 1024);
      closeSync(fd);
      writeFileSync(join(dir, 'ok.docx'), closingReport(2));
      return ['check', '--format', 'json', ...TEMPLATE, 'huge.docx', 'ok.docx'];
    },
    expect: { exit: 2, reportFor: ['huge.docx', 'ok.docx'], errors: { 'huge.docx': 'too-large' } },
    budget: { seconds: 5, megabytes: 150 },
  },
  {
    name: '/dev/zero named as a document is refused at once',
    build: () => ['check', '--format', 'json', '/dev/zero'],
    expect: { exit: 2, reportFor: ['/dev/zero'], errors: { '/dev/zero': 'unreadable' } },
    budget: { seconds: 5 },
  },
  {
    name: 'a file name and a font name holding ESC, BEL, C1 CSI and a bidi override, shown with --no-color',
    build: (dir) => {
      const name = 'evil\u001b[2J\u0007\u009b31m\u202egnp.docx';
      // XML forbids C0 controls even as references, so the font carries what it allows: C1 CSI and a bidi override.
      writeFileSync(join(dir, name), closingReport(2, { font: '宋体\u009b31m\u202e' }));
      writeFileSync(join(dir, 'broken\u001b[31m.docx'), 'not a docx');
      return ['check', '--no-color', ...TEMPLATE, name, 'broken\u001b[31m.docx'];
    },
    expect: { exit: 2, message: /evil\\x1b\[2J\\x07\\x9b31m\\u202egnp\.docx/ },
  },
  {
    name: 'the same names in an html report printed to the terminal',
    build: (dir) => {
      const name = 'evil\u001b[2J\u0007.docx';
      writeFileSync(join(dir, name), closingReport(2, { font: '宋体\u009b31m\u202e' }));
      return ['check', '--format', 'html', ...TEMPLATE, name];
    },
    expect: { exit: 1 },
  },
  {
    name: 'the same names in a junit report',
    build: (dir) => {
      const name = 'evil\u001b[2J\u0007\u009b.docx';
      writeFileSync(join(dir, name), closingReport(2, { font: '宋体\u009b31m\u202e' }));
      return ['check', '--format', 'junit', ...TEMPLATE, name];
    },
    expect: { exit: 1 },
  },
  {
    name: 'a batch in which one file has a theme nested 200,000 deep: every other file still reported',
    build: (dir) => {
      writeFileSync(join(dir, '1-good.docx'), closingReport(2));
      writeFileSync(join(dir, '2-deep-theme.docx'), reportWithDeepTheme(200_000));
      writeFileSync(join(dir, '3-good.docx'), closingReport(3));
      writeFileSync(join(dir, '4-not-a-docx.docx'), 'plain text');
      return ['check', '--format', 'json', ...TEMPLATE, '.'];
    },
    expect: { exit: 2, reportFor: ['1-good.docx', '2-deep-theme.docx', '3-good.docx', '4-not-a-docx.docx'] },
  },
  {
    name: 'a font name of 4 million characters: the report echoes at most a bounded excerpt',
    build: (dir) => {
      const bytes = docxPackage(
        documentXml([
          paragraph('基层党建“书记项目”结项报告', '方正小标宋简体', 44),
          paragraph('一、项目简介', '方正黑体_GBK', 32),
          paragraph('本项目正文。', varied(4 * 1024 * 1024), 32),
        ]),
      );
      writeFileSync(join(dir, 'long-font.docx'), bytes);
      return ['check', '--format', 'json', ...TEMPLATE, 'long-font.docx'];
    },
    expect: { exit: 1, reportFor: ['long-font.docx'], message: /"actual": "[^"]{1,200}…"/ },
  },
  {
    name: '--fix -o naming an existing file: one line, exit 2',
    build: (dir) => {
      writeFileSync(join(dir, 'a.docx'), closingReport(2));
      return ['check', ...TEMPLATE, '--fix', '-o', 'a.docx', 'a.docx'];
    },
    expect: { exit: 2, message: /输出目录/ },
  },
  {
    name: '--fix -o . beside the original: one line, exit 2',
    build: (dir) => {
      writeFileSync(join(dir, 'a.docx'), closingReport(2));
      return ['check', ...TEMPLATE, '--fix', '-o', '.', 'a.docx'];
    },
    expect: { exit: 2, message: /原文件/ },
  },
];
