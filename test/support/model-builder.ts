/**
 * Small builders for DocumentModel objects in unit tests. Each role helper
 * returns a paragraph formatted exactly as the official profile wants, so a
 * test changes one thing and shows that one finding.
 */
import type {
  ContentControl,
  DocumentModel,
  FirstLineIndent,
  Paragraph,
  ParagraphFormat,
  RunFormat,
  TableCellPosition,
} from '../../src/core/model';
import { templateSchema, type Template, type TemplateInput } from '../../src/templates/schema';

export interface RunSpec {
  readonly text: string;
  readonly font?: string;
  readonly size?: number;
  readonly asciiFont?: string;
}

export interface ParagraphSpec {
  readonly text?: string;
  readonly runs?: readonly RunSpec[];
  /** East Asian font of every run (when `runs` is not given). */
  readonly font?: string;
  readonly size?: number;
  readonly format?: ParagraphFormat;
  readonly cell?: TableCellPosition;
  readonly listLabel?: string;
  readonly contentControlTag?: string;
}

const EXACT_28 = { rule: 'exact', points: 28 } as const;
const TWO_CHARS: FirstLineIndent = { chars: 200, points: 32 };

const OFFICIAL_SPACING: ParagraphFormat = { lineSpacing: EXACT_28, spaceBeforePt: 0, spaceAfterPt: 0 };

export const official = {
  title: (text: string): ParagraphSpec => ({ text, font: '方正小标宋简体', size: 22, format: { ...OFFICIAL_SPACING, alignment: 'center' } }),
  org: (text: string): ParagraphSpec => ({ text, font: '楷体_GB2312', size: 16, format: { ...OFFICIAL_SPACING, alignment: 'center' } }),
  h1: (text: string): ParagraphSpec => ({ text, font: '方正黑体_GBK', size: 16, format: { ...OFFICIAL_SPACING } }),
  h2: (text: string): ParagraphSpec => ({ text, font: '方正楷体_GBK', size: 16, format: { ...OFFICIAL_SPACING, firstLineIndent: TWO_CHARS } }),
  h3: (text: string): ParagraphSpec => ({ text, font: '方正仿宋_GBK', size: 16, format: { ...OFFICIAL_SPACING, firstLineIndent: TWO_CHARS } }),
  body: (text: string): ParagraphSpec => ({
    text,
    font: '方正仿宋_GBK',
    size: 16,
    format: { ...OFFICIAL_SPACING, alignment: 'both', firstLineIndent: TWO_CHARS },
  }),
  empty: (): ParagraphSpec => ({ text: '', format: { ...OFFICIAL_SPACING } }),
  cell: (text: string, cell: TableCellPosition): ParagraphSpec => ({ text, font: '方正仿宋_GBK', size: 14, cell, format: {} }),
};

function runFormat(spec: RunSpec | ParagraphSpec): RunFormat {
  return {
    ...(spec.font !== undefined ? { eastAsiaFont: spec.font } : {}),
    ...(spec.size !== undefined ? { sizePt: spec.size } : {}),
    ...('asciiFont' in spec && spec.asciiFont !== undefined ? { asciiFont: spec.asciiFont } : {}),
  };
}

export function paragraph(spec: ParagraphSpec, index: number): Paragraph {
  const runSpecs: readonly (RunSpec | ParagraphSpec)[] = spec.runs ?? (spec.text ? [spec] : []);
  let start = 0;
  const runs = runSpecs.map((runSpec) => {
    const text = runSpec.text ?? '';
    const run = { text, start, format: runFormat(runSpec) };
    start += text.length;
    return run;
  });
  return {
    index,
    text: runs.map((run) => run.text).join(''),
    runs,
    format: spec.format ?? {},
    ...(spec.cell ? { cell: spec.cell } : {}),
    ...(spec.listLabel ? { listLabel: spec.listLabel } : {}),
    ...(spec.contentControlTag ? { contentControlTag: spec.contentControlTag } : {}),
  };
}

export function buildDocument(
  specs: readonly ParagraphSpec[],
  extras: { contentControls?: readonly ContentControl[]; templateId?: string } = {},
): DocumentModel {
  return {
    paragraphs: specs.map((spec, index) => paragraph(spec, index)),
    contentControls: extras.contentControls ?? [],
    marker: extras.templateId ? { templateId: extras.templateId } : {},
  };
}

/** A 结项报告-like report template, small enough to read in a test. */
export function reportTemplate(overrides: Partial<TemplateInput> = {}): Template {
  return templateSchema.parse({
    id: 'test-closing-report',
    name: '基层党建"书记项目"结项报告',
    shortName: '结项报告',
    scheme: 'shuji',
    kind: 'report',
    profile: 'official',
    description: '测试用结项报告',
    source: '000 附件3',
    titleKeywords: ['结项报告'],
    submitStatus: '已结项',
    fields: [],
    blocks: [
      { type: 'title', text: '基层党建"书记项目"结项报告' },
      { type: 'org', field: 'org' },
      { type: 'section', id: 'summary', level: 1, title: '项目简介', guidance: '主要包括项目名称、拟解决的突出问题、目标任务等。' },
      { type: 'section', id: 'progress', level: 1, title: '推进情况', guidance: '推进措施与过程。' },
      { type: 'section', id: 'results', level: 1, title: '主要成效', guidance: '取得的成效。' },
    ],
    ...overrides,
  });
}

/** A one-table form with two required fields. */
export function formTemplate(overrides: Partial<TemplateInput> = {}): Template {
  return templateSchema.parse({
    id: 'test-application',
    name: '书记项目申报表',
    shortName: '申报表',
    scheme: 'shuji',
    kind: 'form',
    profile: 'official',
    description: '测试用申报表',
    source: '000 附件1',
    titleKeywords: ['申报表'],
    submitStatus: '已申报',
    fields: [
      { tag: 'projectName', label: '项目名称', placeholder: '请填写项目名称' },
      { tag: 'phone', label: '联系方式', placeholder: '请填写手机号码' },
      { tag: 'note', label: '备注', placeholder: '可不填', required: false },
    ],
    blocks: [
      { type: 'title', text: '书记项目申报表' },
      {
        type: 'form',
        columns: [1, 3],
        rows: [
          { cells: [{ label: '项目名称' }, { field: 'projectName' }] },
          { cells: [{ label: '联系方式' }, { field: 'phone' }] },
          { cells: [{ label: '备注' }, { field: 'note' }] },
        ],
      },
    ],
    ...overrides,
  });
}
