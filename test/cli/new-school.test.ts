/**
 * `dangjian new` prints the school's names and year from its settings
 * (`--school FILE`, or a pack's `school`), not from the template code, and
 * keeps the year the register needs in the document's properties.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { readDocx } from '../../src/docx/read';
import { dangjian } from '../support/cli';
import { tempDir } from '../support/tools';

const dir = tempDir('dangjian-new-school');

function textOf(path: string): string[] {
  const read = readDocx(readFileSync(path));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.model.paragraphs.filter((paragraph) => !paragraph.cell && paragraph.text.trim() !== '').map((paragraph) => paragraph.text);
}

describe('dangjian new with the school’s settings', () => {
  test('--school gives the 申报表 its 附件 mark and the school’s name and year; the year is kept for the register', () => {
    const school = join(dir, 'school.json');
    writeFileSync(school, JSON.stringify({ schoolName: '某某职业技术学院', year: 2027 }));
    const path = join(dir, 'application.docx');
    const run = dangjian(['new', 'shuji-application', '--school', school, '-o', path]);
    expect(run.status).toBe(0);
    expect(textOf(path).slice(0, 2)).toEqual(['附件1.', '某某职业技术学院2027年度“书记项目”申报表']);
    const custom = strFromU8(unzipSync(readFileSync(path))['docProps/custom.xml']);
    expect(custom).toContain('name="DangjianField.year"><vt:lpwstr>2027</vt:lpwstr>');
  });

  test('a pack’s school names the 立项活动 forms and their cover’s 印制 line', () => {
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, JSON.stringify({ school: { schoolName: '彩神', year: 2024 } }));
    const path = join(dir, 'activity.docx');
    expect(dangjian(['new', 'activity-application', '--pack', pack, '-o', path]).status).toBe(0);
    const lines = textOf(path);
    expect(lines[0]).toBe('彩神党支部工作“立项活动”项目申报表');
    expect(lines).toContain('中共彩神委员会印制');
  });

  test('settings that are not valid say where, in Chinese, and write nothing (exit 2)', () => {
    const school = join(dir, 'bad-school.json');
    writeFileSync(school, JSON.stringify({ schoolName: '', year: 'next' }));
    const path = join(dir, 'never.docx');
    const run = dangjian(['new', 'shuji-application', '--school', school, '-o', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('学校设置有误：学校设置');
    expect(run.stderr).toContain('schoolName');
  });

  test('dangjian new activity-closing-report writes the 结题报告 with its five content areas', () => {
    const path = join(dir, 'closing.docx');
    expect(dangjian(['new', 'activity-closing-report', '-o', path]).status).toBe(0);
    expect(textOf(path).filter((line) => /^[一二三四五]、/.test(line))).toEqual([
      '一、项目完成情况',
      '二、活动开展过程',
      '三、党员参与情况',
      '四、党员受教育情况',
      '五、促进支部建设成效',
    ]);
  });
});
