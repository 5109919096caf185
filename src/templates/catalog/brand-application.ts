/**
 * 004 附件2: the 立项申报书, due by the school's deadline (the notice:
 * 2023年11月10日前). The notice describes what it must show — a short, memorable 品牌名称 (创建要求 2), its 内涵 (要求 1, 3)
 * and "长期规划、年度计划和具体措施" (要求 4) — and who must apply (二、创建对象).
 */
import { templateSchema, type Template } from '../schema';
import { STAMP_LINES, leaderField, opinionField, orgField, phoneField, projectNameField, textArea } from './shared';

const BRANCH_TYPES = ['省级样板支部', '校级样板支部', '“双带头人”教师党支部书记工作室', '培育对象', '其他党支部'];

export const brandApplication: Template = templateSchema.parse({
  id: 'brand-application',
  name: '“一支部一特色”支部党建品牌项目立项申报书',
  shortName: '党建品牌立项申报书',
  scheme: 'brand',
  kind: 'form',
  profile: 'official',
  description: '党支部申报“一支部一特色”党建品牌、经基层党委（总支）审核后报党委组织部立项的申报书。',
  source: '004 附件2',
  titleKeywords: ['支部党建品牌项目立项申报书', '品牌项目立项申报书', '一支部一特色'],
  submitStatus: '已申报',
  fields: [
    orgField('党支部名称', '填写党支部全称'),
    { tag: 'parentOrg', label: '所属基层党委（党总支）', placeholder: '填写所属基层党委或党总支' },
    leaderField('支部书记'),
    phoneField(),
    { tag: 'branchType', label: '支部类别', placeholder: '选择支部类别', kind: 'choice', options: BRANCH_TYPES },
    projectNameField('品牌名称', '简短有力、精炼概括、特色突出、形象贴切、易懂易记'),
    textArea(
      'connotation',
      '品牌内涵',
      '写明品牌如何增强党支部政治功能和组织功能，如何体现支部活力、工作特色、党员示范和“一融双高”。',
    ),
    textArea('longTermPlan', '长期规划', '写明品牌长期发展、持续推进的目标和步骤。'),
    textArea('annualPlan', '年度计划', '按培育建设期（{year}年11月—{nextYear}年8月）写明各阶段安排。'),
    textArea('measures', '具体措施', '写明抓长、抓细、抓常的具体措施，以及示范带动、案例整理、宣传推广安排。'),
    opinionField('parentOpinion', '基层党委（总支）审核意见'),
    opinionField('departmentOpinion', '党委组织部意见'),
  ],
  blocks: [
    // Twenty-two characters of 二号 do not fit one line of the 156 mm text column: break where the phrase does.
    { type: 'title', text: '“一支部一特色”支部党建品牌\n项目立项申报书' },
    { type: 'paragraph', text: '' },
    {
      type: 'form',
      columns: [2.4, 2.8, 1.8, 2.6],
      rows: [
        { cells: [{ label: '党支部名称' }, { field: 'org', span: 3 }] },
        { cells: [{ label: '所属基层党委\n（党总支）' }, { field: 'parentOrg', span: 3 }] },
        { cells: [{ label: '支部书记' }, { field: 'leader' }, { label: '联系方式' }, { field: 'phone' }] },
        { cells: [{ label: '支部类别' }, { field: 'branchType', span: 3 }] },
        { cells: [{ label: '品牌名称' }, { field: 'projectName', span: 3 }] },
        { cells: [{ label: '品牌内涵' }, { field: 'connotation', span: 3 }], minHeightPt: 120 },
        { cells: [{ label: '长期规划' }, { field: 'longTermPlan', span: 3 }], minHeightPt: 110 },
        { cells: [{ label: '年度计划' }, { field: 'annualPlan', span: 3 }], minHeightPt: 110 },
        { cells: [{ label: '具体措施' }, { field: 'measures', span: 3 }], minHeightPt: 130 },
        {
          cells: [{ label: '基层党委\n（总支）\n审核意见' }, { field: 'parentOpinion', span: 3, signature: STAMP_LINES }],
          minHeightPt: 90,
        },
        { cells: [{ label: '党委组织部\n意见' }, { field: 'departmentOpinion', span: 3, signature: STAMP_LINES }], minHeightPt: 90 },
      ],
    },
  ],
});
