/**
 * 001 三(二): "围绕项目的可行性分析、主要内容、主要目标、进度安排、推进措施
 * 等形成立项书". The notice names the five parts and no form, so the 立项书
 * is a report with those five headings; the guidance paraphrases the
 * notice's own requirements for each. "…等" names content areas, not
 * printed headings: `一、项目可行性分析` is the first part.
 */
import { templateSchema, type Template } from '../schema';
import { orgField, reportSections } from './shared';

const sections = reportSections([
  {
    id: 'feasibility',
    title: '可行性分析',
    synonyms: ['必要性与可行性', '可行性'],
    guidance: '以问题为导向，写明调查研究和征求党员师生意见的情况、拟解决的问题，说明项目切口小、有难度、具体可操作、有推广价值。',
  },
  {
    id: 'content',
    title: '主要内容',
    synonyms: ['项目内容', '建设内容', '实施内容', '工作内容'],
    guidance: '围绕组织建设、队伍建设、阵地建设、制度执行、保障落实等基本工作，写明项目的具体内容。',
  },
  {
    id: 'goals',
    title: '主要目标',
    synonyms: ['项目目标', '建设目标', '目标任务', '预期目标'],
    guidance: '写明立足当前要解决的现实问题和着眼长远要打牢的工作基础，目标应可检查、可考评。',
  },
  {
    id: 'schedule',
    title: '进度安排',
    synonyms: ['时间安排', '实施步骤', '进度计划', '时间表', '路线图'],
    guidance: '列出“时间表”和“路线图”：各阶段的时间节点和任务。项目实施周期一般在1年以内，最长不超过2年。',
  },
  {
    id: 'measures',
    title: '推进措施',
    synonyms: ['保障措施', '工作措施', '具体措施', '实施措施'],
    guidance: '细化目标任务，写明推进措施、责任分工和保障条件。',
  },
], 'content');

export const shujiProposal: Template = templateSchema.parse({
  id: 'shuji-proposal',
  name: '基层党建“书记项目”立项书',
  shortName: '书记项目立项书',
  scheme: 'shuji',
  kind: 'report',
  profile: 'official',
  description: '党组织书记选定“书记项目”后报上级党组织审核立项的立项书。',
  source: '001 三（二）',
  titleKeywords: ['书记项目立项书', '立项书'],
  submitStatus: '已申报',
  fields: [orgField('党组织名称', '党组织名称'), ...sections.fields],
  blocks: [{ type: 'title', text: '基层党建“书记项目”立项书' }, { type: 'org', field: 'org' }, ...sections.blocks],
});
