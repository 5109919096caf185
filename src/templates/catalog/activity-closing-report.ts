/**
 * 003 四、6: "项目完成后,各党支部要及时对“立项活动”进行总结,提交结题报告" —
 * the report the 学院评审组 scores with the 验收评审表 (四、7). The notice
 * prints no headings; it says what 验收 looks for, so the report's parts are
 * content areas drawn from its five 验收标准, matched by meaning:
 * 一看完整性, 二看过程性、系统性, 三看党员参与, 四看党员受教育, 五看支部建设.
 * 四、6's asks (成效, 不足, 经验做法, 以制度的形式固定下来) are the guidance.
 */
import { templateSchema, type Template } from '../schema';
import { orgField, reportSections } from './shared';

const sections = reportSections(
  [
    {
      id: 'completion',
      title: '项目完成情况',
      synonyms: ['项目概况', '项目简介', '基本情况', '完成情况', '实施概况', '总体情况'],
      keyTerms: ['项目', '完成'],
      guidance: '对照立项时的活动方案，写明项目是否按计划完整实施、预期目标完成情况。',
    },
    {
      id: 'process',
      title: '活动开展过程',
      synonyms: ['实施过程', '推进过程', '推进情况', '开展情况', '主要做法', '具体做法'],
      keyTerms: ['活动', '过程'],
      guidance: '按时间顺序写明各阶段开展的活动、阶段性小结，体现活动的过程性和系统性。',
    },
    {
      id: 'participation',
      title: '党员参与情况',
      synonyms: ['党员参与', '积极参与', '发挥作用', '作用发挥', '勇担工作', '党员担当'],
      keyTerms: ['党员', '参与'],
      guidance: '写明党员参与活动的人数和方式，党员勇担工作、发挥作用的具体事例。',
    },
    {
      id: 'education',
      title: '党员受教育情况',
      synonyms: ['党员受教育', '受到教育', '得到锻炼', '教育成效', '党性锻炼', '党性教育'],
      keyTerms: ['党员', '教育'],
      guidance: '写明党员在活动中受到的教育和锻炼，党性修养和能力的提升。',
    },
    {
      id: 'branchBuilding',
      title: '促进支部建设成效',
      synonyms: ['支部建设成效', '党支部建设', '支部建设', '支部活力', '组织建设成效'],
      keyTerms: ['支部', '建设'],
      guidance: '写明活动对党支部建设的促进，查找存在的不足，把成功经验和做法总结提升、以制度的形式固定下来。',
    },
  ],
  'content',
);

export const activityClosingReport: Template = templateSchema.parse({
  id: 'activity-closing-report',
  name: '党支部工作“立项活动”结题报告',
  shortName: '立项活动结题报告',
  scheme: 'activity',
  kind: 'report',
  profile: 'official',
  description: '项目完成后党支部总结“立项活动”成效、不足和经验，供学院评审组验收评分的结题报告。',
  source: '003 四、6',
  titleKeywords: ['立项活动结题报告', '结题报告'],
  submitStatus: '已结项',
  fields: [orgField('项目所在支部', '项目所在党支部名称'), ...sections.fields],
  blocks: [{ type: 'title', text: '{school}党支部工作“立项活动”结题报告' }, { type: 'org', field: 'org' }, ...sections.blocks],
});
