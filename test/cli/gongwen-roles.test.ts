/**
 * A correctly formatted 公文 made by python-docx — 红头, 发文字号, a two-line
 * title, 主送, headings whose titles start with numerals, 落款 — draws no
 * finding about its look: every part is read as what it is.
 */
import { join } from 'node:path';
import { checkJson } from '../support/cli';
import { makeDocument } from '../support/make-document';
import { describeWith, pythonDocxTool, tempDir } from '../support/tools';

const LOOK_RULES = ['font', 'font-size', 'alignment', 'first-line-indent', 'heading-numbering'];

describeWith(pythonDocxTool, 'a 公文 as GB/T 9704 lays it out', () => {
  const path = makeDocument(
    [
      { role: 'title', text: '中共某某学院委员会文件', size: 36 },
      { role: 'plain', text: '院党发〔2024〕12号', align: 'center' },
      { role: 'title', text: '关于开展2024年度基层党建' },
      { role: 'title', text: '“书记项目”申报工作的通知' },
      { role: 'plain', text: '各党总支、直属党支部：' },
      { role: 'body', text: '为深入推进基层党建工作，现就有关事项通知如下。' },
      { role: 'h1', text: '一、总体要求' },
      { role: 'body', text: '坚持问题导向，每个党支部选定一个书记项目。' },
      { role: 'h1', text: '二、三会一课制度落实情况' },
      { role: 'body', text: '全年召开支部党员大会4次、支委会12次、党小组会24次。' },
      { role: 'h1', text: '三、2024年度工作安排' },
      { role: 'body', text: '一、二年级的党员教师结对帮扶学生，每月开展一次志愿服务活动，服务时长计入个人考核。' },
      { role: 'plain', text: '中共某某学院委员会组织部', align: 'right' },
      { role: 'plain', text: '2024年4月20日', align: 'right' },
    ],
    join(tempDir('dangjian-gongwen'), '通知.docx'),
  );

  test('no font, size, alignment, indent or numbering finding on any of its parts, and it exits 0', () => {
    const { run, files } = checkJson([path]);
    expect(files[0].error).toBeNull();
    expect(files[0].findings.filter((finding) => LOOK_RULES.includes(finding.rule))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
