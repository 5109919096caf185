/**
 * The register list's columns (PRODUCT.md, "Register"): ASCII API names,
 * Chinese display names. Provisioning creates them from this table and
 * verification compares an existing list against it.
 */
import { STATUSES } from '../templates/schema-values';

export type RegisterColumnType = 'text' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface RegisterColumn {
  readonly name: string;
  readonly displayName: string;
  readonly type: RegisterColumnType;
  readonly choices?: readonly string[];
  /** Indexed and unique: one row per project. */
  readonly unique?: boolean;
  /** Built into every SharePoint list (Title): verified, never created. */
  readonly builtIn?: boolean;
}

export const SCHEME_CHOICES = ['书记项目', '立项活动', '一支部一特色'] as const;
export const LEVEL_CHOICES = ['二级党组织', '党支部'] as const;
export const CATEGORY_CHOICES = ['A.创新探索型', 'B.典型示范型', 'C.制度推广型'] as const;

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { name: 'Title', displayName: '项目名称', type: 'text', builtIn: true },
  { name: 'ProjectId', displayName: '项目编号', type: 'text', unique: true },
  { name: 'Scheme', displayName: '项目类型', type: 'choice', choices: SCHEME_CHOICES },
  { name: 'Level', displayName: '层级', type: 'choice', choices: LEVEL_CHOICES },
  { name: 'Category', displayName: '项目类别', type: 'choice', choices: CATEGORY_CHOICES },
  { name: 'Year', displayName: '年度', type: 'number' },
  { name: 'Org', displayName: '党组织', type: 'text' },
  { name: 'Leader', displayName: '负责人', type: 'text' },
  { name: 'Position', displayName: '单位及职务', type: 'text' },
  { name: 'Phone', displayName: '联系方式', type: 'text' },
  { name: 'Status', displayName: '状态', type: 'choice', choices: STATUSES },
  { name: 'Score', displayName: '验收评分', type: 'number' },
  { name: 'WordCount', displayName: '字数', type: 'number' },
  { name: 'CheckPassed', displayName: '格式检查通过', type: 'boolean' },
  { name: 'ApplicationUrl', displayName: '申报书', type: 'text' },
  { name: 'ReportUrl', displayName: '结项报告', type: 'text' },
  { name: 'PdfUrl', displayName: 'PDF', type: 'text' },
  { name: 'SubmittedAt', displayName: '提交时间', type: 'dateTime' },
  { name: 'SubmittedBy', displayName: '提交人', type: 'text' },
  // A project's later paperwork: the 党总支's 备案表 that lists it, the sealed scan its 支部 adds, the paper copies 组织部 received.
  { name: 'FilingUrl', displayName: '立项备案表', type: 'text' },
  { name: 'SealedScanUrl', displayName: '盖章扫描件', type: 'text' },
  { name: 'PaperReceived', displayName: '纸质材料已收', type: 'boolean' },
];

export const REGISTER_COLUMN_NAMES = REGISTER_COLUMNS.map((column) => column.name);
