/**
 * 000 附件3: the 结项报告, due a year after the 申报 (the notice: 2025年5月10日前
 * for 2024 projects; the date comes from the school's settings). The notice gives its three
 * headings, the guidance under the first and the fonts (楷体 org line,
 * 黑体 headings, 仿宋 body, 行距 28 磅) that the official profile encodes.
 */
import { templateSchema, type Template } from '../schema';
import { orgField, reportSections } from './shared';

const sections = reportSections([
  { id: 'summary', title: '项目简介', guidance: '主要包括项目名称、拟解决的突出问题、目标任务等。' },
  {
    id: 'progress',
    title: '推进情况',
    guidance: '根据项目进度安排，写明推进措施和组织实施情况；分层叙述时二级标题用“（一）”“（二）”。',
  },
  { id: 'results', title: '主要成效', guidance: '对照立项时确定的目标，写明项目取得的成效、形成的经验和推广价值。' },
]);

export const shujiClosingReport: Template = templateSchema.parse({
  id: 'shuji-closing-report',
  name: '基层党建“书记项目”结项报告',
  shortName: '书记项目结项报告',
  scheme: 'shuji',
  kind: 'report',
  profile: 'official',
  description: '“书记项目”执行期满后全面总结实施情况、报党委组织部的结项报告。',
  source: '000 附件3',
  titleKeywords: ['书记项目结项报告', '结项报告'],
  submitStatus: '已结项',
  fields: [orgField('基层党组织名称', '基层党组织名称'), ...sections.fields],
  blocks: [{ type: 'title', text: '基层党建“书记项目”结项报告' }, { type: 'org', field: 'org' }, ...sections.blocks],
});
