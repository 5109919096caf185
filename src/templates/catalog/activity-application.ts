/**
 * 003 附1: the 立项活动 申报表, submitted in early May. The cover lines are
 * the notice's; the form behind it is designed from 四、实施步骤 1 (为什么要
 * 开展活动、怎样开展活动、达到什么样的预期目标; 活动形式、内容和实施方案),
 * 三、立项内容 (the six directions) and 五、经费支持 (1000 元/项).
 *
 * One person per register column: 负责人 (Leader) is the 项目执行者; the
 * 支部书记 is another person and feeds no column, here or in the 中期检查表
 * and 验收评审表.
 */
import { templateSchema, type Template } from '../schema';
import { STAMP_LINES, leaderField, opinionField, orgField, projectNameField, textArea } from './shared';

const DIRECTIONS = [
  '加强党员队伍作风建设',
  '提高发展党员工作质量',
  '加强党员教育管理',
  '服务型党支部建设',
  '创新党支部活动',
  '探索大学生党支部建设及其发挥作用的有效途径',
];

export const activityApplication: Template = templateSchema.parse({
  id: 'activity-application',
  name: '党支部工作“立项活动”项目申报表',
  shortName: '立项活动申报表',
  scheme: 'activity',
  kind: 'form',
  profile: 'official',
  description: '党支部申报下一学年“立项活动”项目、经党总支报院党委评审立项的申报表。',
  source: '003 附1',
  titleKeywords: ['立项活动项目申报表', '立项活动申报表'],
  submitStatus: '已申报',
  fields: [
    projectNameField('项目名称'),
    { tag: 'unit', label: '项目所在单位', placeholder: '填写项目所在单位' },
    leaderField('项目执行者'),
    orgField('项目所在支部', '填写党支部名称'),
    { tag: 'secretary', label: '支部书记', placeholder: '填写姓名' },
    { tag: 'fillDate', label: '填表日期', placeholder: '    年  月  日', kind: 'date' },
    { tag: 'direction', label: '立项方向', placeholder: '选择立项方向', kind: 'choice', options: DIRECTIONS },
    { tag: 'period', label: '起止时间', placeholder: '原则上在1学年内完成，如有特殊请说明' },
    textArea('reason', '为什么要开展活动', '结合学院及本单位中心工作，写明开展活动的缘由和要解决的问题。'),
    textArea('content', '怎样开展活动', '写明活动形式、内容和实施方案，做到活动内容具体、时间安排科学、工作任务明确。'),
    textArea('goals', '达到什么样的预期目标', '写明预期目标和党员受教育、支部增活力的具体体现。'),
    textArea('budget', '经费使用计划', '学院支持标准为1000元/项，写明主要用途。', false),
    opinionField('branchOpinion', '党总支意见'),
    opinionField('reviewOpinion', '学院评审组意见'),
  ],
  blocks: [
    { type: 'title', text: '{school}党支部工作“立项活动”项目申报表' },
    // The cover: its lines sit a third of the way down the page, as on the printed form.
    ...Array.from({ length: 5 }, () => ({ type: 'paragraph' as const, text: '' })),
    { type: 'paragraph', text: '项 目 名 称：', field: 'projectName' },
    { type: 'paragraph', text: '项目所在单位：', field: 'unit' },
    { type: 'paragraph', text: '项目执行者：', field: 'leader' },
    { type: 'paragraph', text: '项目所在支部（盖章）：', field: 'org' },
    { type: 'paragraph', text: '支 部 书 记：', field: 'secretary' },
    { type: 'paragraph', text: '填 表 日 期：', field: 'fillDate' },
    { type: 'paragraph', text: '' },
    { type: 'paragraph', text: '{committee}印制' },
    {
      type: 'form',
      pageBreakBefore: true,
      columns: [2.4, 7.2],
      rows: [
        { cells: [{ label: '立项方向' }, { field: 'direction' }] },
        { cells: [{ label: '起止时间' }, { field: 'period' }] },
        { cells: [{ label: '为什么要\n开展活动' }, { field: 'reason' }], minHeightPt: 110 },
        { cells: [{ label: '怎样开展活动\n（活动形式、内容\n和实施方案）' }, { field: 'content' }], minHeightPt: 160 },
        { cells: [{ label: '达到什么样的\n预期目标' }, { field: 'goals' }], minHeightPt: 100 },
        { cells: [{ label: '经费使用计划' }, { field: 'budget' }], minHeightPt: 60 },
        { cells: [{ label: '党总支意见' }, { field: 'branchOpinion', signature: STAMP_LINES }], minHeightPt: 90 },
        { cells: [{ label: '学院评审组\n意见' }, { field: 'reviewOpinion', signature: STAMP_LINES }], minHeightPt: 90 },
      ],
    },
  ],
});
