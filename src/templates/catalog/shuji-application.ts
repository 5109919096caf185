/**
 * 000 附件1: the 申报表 every 书记项目 负责人 fills by the school's deadline.
 * Rows, labels, their line breaks and the category line are the notice's
 * own, under its "附件1." and its title with the school's name and year.
 * 党组织名称, 项目层级 and 年度 are kept by the register but not printed on
 * the form (`printed: false`): the year comes from the school's settings,
 * the others are asked when submitting.
 */
import { templateSchema, type Template } from '../schema';
import {
  CATEGORY_OPTIONS,
  LEVEL_OPTIONS,
  SEAL_LINES,
  STAMP_LINES,
  leaderField,
  opinionField,
  orgField,
  phoneField,
  projectNameField,
  textArea,
} from './shared';

export const shujiApplication: Template = templateSchema.parse({
  id: 'shuji-application',
  name: '基层党建“书记项目”申报表',
  shortName: '书记项目申报表',
  scheme: 'shuji',
  kind: 'form',
  profile: 'official',
  description: '党组织书记申报本年度“书记项目”时填写的申报表。',
  source: '000 附件1',
  titleKeywords: ['书记项目申报表'],
  submitStatus: '已申报',
  fields: [
    { tag: 'year', label: '年度', placeholder: '{year}', kind: 'number', column: 'Year', required: false, printed: false },
    projectNameField(),
    leaderField('申报人'),
    phoneField(),
    { tag: 'position', label: '单位及职务', placeholder: '填写所在单位及党内职务', column: 'Position' },
    { ...orgField('党组织名称', '填写党组织全称', false), printed: false },
    { tag: 'level', label: '项目层级', placeholder: '选择层级', kind: 'choice', options: LEVEL_OPTIONS, column: 'Level', required: false, printed: false },
    {
      tag: 'category',
      label: '项目类别',
      placeholder: 'A.创新探索型；B.典型示范型；C.制度推广型',
      kind: 'choice',
      options: CATEGORY_OPTIONS,
      column: 'Category',
    },
    textArea('problems', '拟解决的突出问题', '针对制约基层党建的突出矛盾和关键问题，写明本项目要解决的问题。'),
    textArea('background', '项目实施背景介绍', '结合学校和本单位实际，写明调研情况和选题依据。'),
    textArea('measures', '项目的内容和措施', '细化工作目标、具体措施、时间节点、预期成效等内容。'),
    textArea('schedule', '项目进度安排', '按{year}年5月至{nextYear}年4月的执行期限，列出各阶段时间节点和任务。'),
    opinionField('orgOpinion', '实施项目的党组织意见', 'applicant'),
    opinionField('superiorOpinion', '上级党组织审核意见'),
  ],
  blocks: [
    { type: 'title', mark: '附件1.', text: '{school}{year}年度“书记项目”申报表' },
    { type: 'paragraph', text: '' },
    {
      type: 'form',
      columns: [2.3, 3.2, 1.9, 3.2],
      rows: [
        { cells: [{ label: '项目名称' }, { field: 'projectName', span: 3 }] },
        { cells: [{ label: '申  报  人' }, { field: 'leader' }, { label: '联系方式' }, { field: 'phone' }] },
        { cells: [{ label: '单位及职务' }, { field: 'position', span: 3 }] },
        { cells: [{ label: '项目类别' }, { field: 'category', span: 3 }] },
        { cells: [{ label: '拟解决的\n突出问题' }, { field: 'problems', span: 3 }], minHeightPt: 90 },
        { cells: [{ label: '项目实施\n背景介绍' }, { field: 'background', span: 3 }], minHeightPt: 90 },
        { cells: [{ label: '项目的内容\n和措施' }, { field: 'measures', span: 3 }], minHeightPt: 120 },
        { cells: [{ label: '项目进度安排' }, { field: 'schedule', span: 3 }], minHeightPt: 90 },
        { cells: [{ label: '实施项目的\n党组织意见' }, { field: 'orgOpinion', span: 3, signature: SEAL_LINES }], minHeightPt: 100 },
        { cells: [{ label: '上级党组织\n审核意见' }, { field: 'superiorOpinion', span: 3, signature: STAMP_LINES }], minHeightPt: 100 },
      ],
    },
  ],
});
