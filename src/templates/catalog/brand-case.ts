/**
 * 004 四(四)3: the 党支部工作案例 written for 结项 — four parts (背景与起因、
 * 做法与经过、成效与反响、分析与评价), 纪实叙事, ≤ 2500 字, backed by data,
 * activities, results and honours.
 *
 * The notice says the 案例 "一般应包括4个方面", so the four parts are content
 * areas: `一、背景和起因` or `一、创建背景` name the first as well as its own
 * words do. Synonyms are the wordings 案例 commonly use for each part.
 */
import { templateSchema, type Template } from '../schema';
import { orgField, reportSections } from './shared';

const sections = reportSections([
  {
    id: 'background',
    title: '背景与起因',
    synonyms: ['创建背景', '项目背景', '品牌背景', '基本情况', '缘起', '起因'],
    guidance: '写明党支部基本情况和创建品牌的起因：要解决什么问题，为什么选择这个品牌。',
  },
  {
    id: 'practice',
    title: '做法与经过',
    synonyms: ['主要做法', '具体做法', '创新做法', '工作做法', '实施过程', '经过'],
    guidance: '以纪实叙事方式写明品牌培育的主要做法和经过，用具体的活动和数据支撑。',
  },
  {
    id: 'impact',
    title: '成效与反响',
    synonyms: ['主要成效', '工作成效', '取得成效', '成果', '反响'],
    guidance: '写明取得的成效、获得的荣誉和党员师生、媒体的反响。',
  },
  {
    id: 'evaluation',
    title: '分析与评价',
    synonyms: ['经验启示', '经验与启示', '启示', '思考', '评价', '体会'],
    guidance: '总结可推广的经验，分析不足，提出持续建设的思路。',
  },
], 'content');

export const brandCase: Template = templateSchema.parse({
  id: 'brand-case',
  name: '“一支部一特色”党支部工作案例',
  shortName: '党支部工作案例',
  scheme: 'brand',
  kind: 'report',
  profile: 'official',
  description: '立项支部总结品牌创建做法和经验、2500字以内的纪实性工作案例。',
  source: '004 四（四）3',
  titleKeywords: ['党支部工作案例', '工作案例', '品牌案例', '党建案例'],
  maxChars: 2500,
  submitStatus: '已结项',
  fields: [orgField('党支部名称', '党支部名称'), ...sections.fields],
  blocks: [{ type: 'title', text: '“一支部一特色”党支部工作案例' }, { type: 'org', field: 'org' }, ...sections.blocks],
});
