/**
 * 003 附3: the 验收评审表 (次年5月中下旬). Rows are the notice's five
 * 验收标准 word for word; the notice gives no weights, so each is worth 20 of
 * the 100-point 总评, and its 85-point line for 优秀成果 is printed under it.
 */
import { templateSchema, type Template } from '../schema';
import { opinionField, orgField, projectNameField, textArea } from './shared';

const CRITERIA = [
  { tag: 'scoreCompleteness', text: '一看项目是否体现完整性' },
  { tag: 'scoreProcess', text: '二看项目是否体现过程性、系统性' },
  { tag: 'scoreParticipation', text: '三看党员在立项活动中是否积极参与，勇担工作，发挥作用' },
  { tag: 'scoreEducation', text: '四看党员是否真正受到教育、得到锻炼' },
  { tag: 'scoreBranchBuilding', text: '五看项目是否促进了党支部的建设' },
];
const POINTS_EACH = 20;

export const activityAcceptance: Template = templateSchema.parse({
  id: 'activity-acceptance',
  name: '党支部工作“立项活动”验收评审表',
  shortName: '立项活动验收评审表',
  scheme: 'activity',
  kind: 'form',
  profile: 'official',
  description: '学院评审组按五条验收标准为“立项活动”评分、总评85分以上可评优秀成果的验收评审表。',
  source: '003 附3',
  titleKeywords: ['立项活动验收评审表', '验收评审表'],
  submitStatus: '已验收',
  fields: [
    projectNameField(),
    orgField('项目所在支部', '填写党支部名称'),
    // The 支部书记, not the project's 负责人 (项目执行者): no register column.
    { tag: 'secretary', label: '支部书记', placeholder: '填写姓名' },
    textArea('summary', '项目完成情况', '简述项目实施过程、取得的成效和形成的制度成果。'),
    ...CRITERIA.map((criterion) => ({
      tag: criterion.tag,
      label: criterion.text,
      placeholder: `0—${POINTS_EACH}`,
      kind: 'number' as const,
    })),
    { tag: 'score', label: '总评', placeholder: '0—100', kind: 'number', column: 'Score' },
    opinionField('reviewOpinion', '评审组验收意见'),
  ],
  blocks: [
    { type: 'title', text: '{school}党支部工作“立项活动”验收评审表' },
    { type: 'paragraph', text: '' },
    {
      type: 'form',
      columns: [2.4, 3.8, 1.6, 1.8],
      rows: [
        { cells: [{ label: '项目名称' }, { field: 'projectName', span: 3 }] },
        { cells: [{ label: '项目所在支部' }, { field: 'org' }, { label: '支部书记' }, { field: 'secretary' }] },
        { cells: [{ label: '项目完成情况' }, { field: 'summary', span: 3 }], minHeightPt: 110 },
        { cells: [{ label: '验收标准', span: 2 }, { label: '分值' }, { label: '评分' }] },
        ...CRITERIA.map((criterion) => ({
          cells: [{ text: criterion.text, span: 2 }, { text: String(POINTS_EACH) }, { field: criterion.tag }],
        })),
        { cells: [{ label: '总评', span: 2 }, { text: String(POINTS_EACH * CRITERIA.length) }, { field: 'score' }] },
        {
          cells: [{ text: '注：实现预期目标、有创意、效果突出、总评在85分以上的项目，可参加学院党支部“立项活动”优秀成果（1—3个）评比表彰。', span: 4 }],
        },
        {
          cells: [{ label: '评审组\n验收意见' }, { field: 'reviewOpinion', span: 3, signature: '评审组组长（签字）：\n年    月    日' }],
          minHeightPt: 100,
        },
      ],
    },
  ],
});
