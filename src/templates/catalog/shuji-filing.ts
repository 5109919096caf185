/**
 * 000 附件2: the 党总支's list of its 党支部 书记项目, filed with the 申报表
 * by the school's deadline. Five rows as in the notice (only the first is
 * required), its "附件2." and title with the school's name, and its
 * 名称 / 签字 / 日期 line on one line as printed.
 */
import { templateSchema, type Template, type TemplateInput } from '../schema';
import { orgField } from './shared';

const ROWS = [1, 2, 3, 4, 5];

const rowFields: TemplateInput['fields'] = ROWS.flatMap((row) => [
  { tag: `branch${row}`, label: `第${row}行党支部`, placeholder: '党支部名称', required: row === 1 },
  { tag: `secretary${row}`, label: `第${row}行支部书记`, placeholder: '姓名', required: row === 1 },
  { tag: `project${row}`, label: `第${row}行项目名称`, placeholder: '项目名称', required: row === 1 },
]);

export const shujiFiling: Template = templateSchema.parse({
  id: 'shuji-filing',
  name: '基层党支部“书记项目”立项备案表',
  shortName: '书记项目立项备案表',
  scheme: 'shuji',
  kind: 'table',
  profile: 'official',
  description: '党总支汇总所属党支部“书记项目”、报党委组织部备案的一览表。',
  source: '000 附件2',
  titleKeywords: ['书记项目立项备案表', '立项备案表'],
  submitStatus: '已立项',
  fields: [
    ...rowFields,
    orgField('党总支名称', '党总支全称'),
    { tag: 'filingDate', label: '日期', placeholder: '年 月 日', kind: 'date', required: false },
  ],
  blocks: [
    { type: 'title', mark: '附件2.', text: '{school}基层党支部“书记项目”立项备案表' },
    { type: 'paragraph', text: '' },
    {
      type: 'form',
      columns: [1.2, 3, 2, 4],
      rows: [
        { cells: [{ label: '序号' }, { label: '党支部' }, { label: '支部书记' }, { label: '项目名称' }] },
        ...ROWS.map((row) => ({
          cells: [{ text: String(row) }, { field: `branch${row}` }, { field: `secretary${row}` }, { field: `project${row}` }],
          minHeightPt: 36,
        })),
      ],
    },
    { type: 'paragraph', text: '' },
    {
      type: 'signature',
      text: '党总支名称（盖章）：',
      field: 'org',
      more: [{ text: '党总支书记（签字）：' }, { text: '日期：', field: 'filingDate' }],
    },
  ],
});
