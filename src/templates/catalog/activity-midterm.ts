/**
 * 003 附2: the 中期检查表 (次年3月, "对立项的项目进行中期检查，并提出后续
 * 工作意见"). The notice names the form only; its rows follow 四、实施步骤 4–5:
 * progress against the plan, 阶段性小结, problems, next steps, opinions.
 */
import { templateSchema, type Template } from '../schema';
import { STAMP_LINES, opinionField, orgField, projectNameField, textArea } from './shared';

export const activityMidterm: Template = templateSchema.parse({
  id: 'activity-midterm',
  name: '党支部工作“立项活动”中期检查表',
  shortName: '立项活动中期检查表',
  scheme: 'activity',
  kind: 'form',
  profile: 'official',
  description: '立项次年3月对“立项活动”进展进行中期检查、提出后续工作意见的检查表。',
  source: '003 附2',
  titleKeywords: ['立项活动中期检查表', '中期检查表'],
  submitStatus: '中期检查',
  fields: [
    projectNameField(),
    orgField('项目所在支部', '填写党支部名称'),
    // The 支部书记, not the project's 负责人 (项目执行者): no register column.
    { tag: 'secretary', label: '支部书记', placeholder: '填写姓名' },
    { tag: 'checkDate', label: '检查日期', placeholder: '    年  月  日', kind: 'date' },
    textArea('progress', '项目进展情况', '对照活动方案，写明已开展的活动、时间和党员参与情况。'),
    textArea('interimResults', '阶段性成效', '写明阶段性小结：党员受教育情况和支部建设的变化。'),
    textArea('problems', '存在的问题', '写明实施中遇到的问题和不足。'),
    textArea('nextSteps', '下一步工作计划', '写明完成项目的后续安排和时间节点。'),
    textArea('funds', '经费使用情况', '写明已使用经费及用途。', false),
    opinionField('branchOpinion', '党总支意见'),
    opinionField('reviewOpinion', '学院评审组后续工作意见'),
  ],
  blocks: [
    { type: 'title', text: '{school}党支部工作“立项活动”中期检查表' },
    { type: 'paragraph', text: '' },
    {
      type: 'form',
      columns: [2.4, 3, 1.8, 2.4],
      rows: [
        { cells: [{ label: '项目名称' }, { field: 'projectName', span: 3 }] },
        { cells: [{ label: '项目所在支部' }, { field: 'org' }, { label: '支部书记' }, { field: 'secretary' }] },
        { cells: [{ label: '检查日期' }, { field: 'checkDate', span: 3 }] },
        { cells: [{ label: '项目进展情况' }, { field: 'progress', span: 3 }], minHeightPt: 120 },
        { cells: [{ label: '阶段性成效' }, { field: 'interimResults', span: 3 }], minHeightPt: 90 },
        { cells: [{ label: '存在的问题' }, { field: 'problems', span: 3 }], minHeightPt: 70 },
        { cells: [{ label: '下一步\n工作计划' }, { field: 'nextSteps', span: 3 }], minHeightPt: 90 },
        { cells: [{ label: '经费使用情况' }, { field: 'funds', span: 3 }], minHeightPt: 50 },
        { cells: [{ label: '党总支意见' }, { field: 'branchOpinion', span: 3, signature: STAMP_LINES }], minHeightPt: 80 },
        { cells: [{ label: '学院评审组\n后续工作意见' }, { field: 'reviewOpinion', span: 3, signature: STAMP_LINES }], minHeightPt: 80 },
      ],
    },
  ],
});
