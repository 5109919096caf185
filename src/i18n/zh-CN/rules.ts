/**
 * Every message a format rule shows (zhlint style: all wording in one place).
 * Messages say what is wrong and what is expected, in the words a 公文 writer
 * uses: 字号 names, 固定值 28 磅, 首行缩进 2 字符.
 */
import { chineseSizeName, shownNumber, type Alignment, type LineSpacing } from '../../core/model';
import type { Role } from '../../core/roles';
import type { StrayKind } from '../../core/stray-characters';

const ROLES: Record<Role, string> = {
  title: '标题',
  org: '署名',
  h1: '一级标题',
  h2: '二级标题',
  h3: '三级标题',
  h4: '四级标题',
  body: '正文',
  'table-cell': '表格文字',
  empty: '空段落',
  other: '其他（落款、主送等）',
};

const ALIGNMENTS: Record<Alignment, string> = {
  left: '左对齐',
  center: '居中',
  right: '右对齐',
  both: '两端对齐',
  distribute: '分散对齐',
};

const STRAY_KINDS: Record<StrayKind, string> = {
  emoji: '表情符号',
  'private-use': '私用区字符',
  invisible: '不可见字符',
  control: '控制字符',
  symbol: '生僻符号',
};

function size(points: number | undefined): string {
  if (points === undefined) return '未设置字号';
  const name = chineseSizeName(points);
  return name.endsWith('磅') ? name : `${name}（${shownNumber(points)} 磅）`;
}

function lineSpacing(spacing: LineSpacing | undefined): string {
  if (!spacing) return '未设置行距（单倍行距）';
  if (spacing.rule === 'exact') return `固定值 ${shownNumber(spacing.points)} 磅`;
  if (spacing.rule === 'atLeast') return `最小值 ${shownNumber(spacing.points)} 磅`;
  if (spacing.lines === 1) return '单倍行距';
  return `${shownNumber(spacing.lines)} 倍行距`;
}

/** "实为" and the value, a space between them when the value starts with a digit (实为 11 磅, 实为小四). */
function found(actual: string): string {
  return `实为${/^\d/.test(actual) ? ' ' : ''}${actual}`;
}

/** Space before or after as Word shows it: in lines when the writer gave lines (0.5 行), else in points. */
function space(points: number | undefined, lines: number | undefined): string {
  if (lines !== undefined) return `${shownNumber(lines)} 行`;
  return points === undefined ? '未设置' : `${shownNumber(points)} 磅`;
}

export const rules = {
  roles: ROLES,
  alignments: ALIGNMENTS,
  strayKinds: STRAY_KINDS,
  unset: '未设置',
  missing: '缺失',
  size,
  lineSpacing,
  descriptions: {
    font: '字体：每段文字的中文字体应为该段角色（标题、各级标题、正文、表格）规定的字体',
    'font-size': '字号：每段文字的字号应为该段角色规定的字号',
    'line-spacing': '行距：行距为固定值 28 磅，段前段后 0 磅',
    'first-line-indent': '首行缩进：正文首行缩进 2 字符，不用空格缩进',
    alignment: '对齐：标题和署名居中',
    'required-section': '必需部分：模板要求的各部分标题都在',
    'section-order': '部分顺序：各部分按模板顺序排列',
    'heading-numbering': '标题编号：一、二、三和（一）（二）连续，不跳号、不重号、不多标点',
    'length-limit': '字数限制：全文和各部分字数不超过通知的限制',
    'required-field': '必填项：表格中必填的内容已填写，不再是提示文字',
    placeholder: '占位符：没有遗留的 XXX、*、【请填写】或未填的盖章日期',
    'punctuation-width': '标点宽度：中文之间用全角标点',
    'stray-character': '异常字符：没有表情符号、私用区、不可见或控制字符',
    'choice-value': '选项：选择类栏目（项目层级、项目类别等）填的是模板给出的选项之一',
  },
  font: {
    message: (role: string, expected: string, actual: readonly string[]): string =>
      `${role}应为“${expected}”，实为“${actual.join('”、“')}”`,
  },
  fontSize: {
    message: (role: string, expected: string, actual: readonly string[]): string =>
      `${role}应为${expected}，${found(actual.join('、'))}`,
  },
  lineSpacingRule: {
    spacing: (expected: string, actual: string): string => `行距应为${expected}，${found(actual)}`,
    before: (expected: number, actual: number | undefined, lines?: number): string =>
      `段前间距应为 ${shownNumber(expected)} 磅，${found(space(actual, lines))}`,
    after: (expected: number, actual: number | undefined, lines?: number): string =>
      `段后间距应为 ${shownNumber(expected)} 磅，${found(space(actual, lines))}`,
    summary: (spacing: string, before: number | undefined, after: number | undefined, beforeLines?: number, afterLines?: number): string =>
      `${spacing}，段前 ${space(before, beforeLines)}，段后 ${space(after, afterLines)}`,
    join: (parts: readonly string[]): string => parts.join('；'),
  },
  firstLineIndent: {
    chars: (hundredths: number): string => `首行缩进 ${hundredths / 100} 字符`,
    points: (points: number): string => `首行缩进 ${shownNumber(points)} 磅`,
    none: '无首行缩进',
    wrong: (expected: string, actual: string): string => `正文应${expected}，实为${actual}`,
    spaces: (count: number, expected: string): string => `正文开头用 ${count} 个空格代替缩进，应删除空格并设置${expected}`,
    spacesActual: (count: number): string => `开头 ${count} 个空格`,
  },
  alignment: {
    message: (role: string, expected: string, actual: string): string => `${role}应${expected}，实为${actual}`,
    unset: '左对齐（未设置）',
  },
  requiredSection: {
    message: (heading: string): string => `缺少必需的部分“${heading}”，应在此处添加`,
  },
  sectionOrder: {
    message: (title: string, shouldPrecede: string): string => `“${title}”应在“${shouldPrecede}”之前`,
    expected: (titles: readonly string[]): string => titles.join(' → '),
  },
  headingNumbering: {
    wrong: (expected: string, actual: string): string => `标题编号应为“${expected}”，实为“${actual}”`,
    extra: (label: string, extra: string): string => `标题编号“${label}”后多了“${extra}”`,
    automatic: '（自动编号：请在 Word 中调整编号）',
  },
  lengthLimit: {
    document: (count: number, limit: number): string => `全文 ${count} 字，超过限制 ${limit} 字，超出 ${count - limit} 字`,
    section: (title: string, count: number, limit: number): string =>
      `“${title}”部分 ${count} 字，超过限制 ${limit} 字，超出 ${count - limit} 字`,
    expected: (limit: number): string => `不超过 ${limit} 字`,
    actual: (count: number): string => `${count} 字`,
  },
  requiredField: {
    missing: (label: string): string => `缺少“${label}”的填写位置，请用模板重新插入该项后填写`,
    empty: (label: string): string => `“${label}”未填写`,
    placeholder: (label: string): string => `“${label}”仍是提示文字，请填写`,
    expected: (label: string): string => `已填写的${label}`,
    emptyActual: '空',
    blank: (label: string, count: number): string => `“${label}”尚未填写（这是一份空白模板，共 ${count} 项待填写）`,
    sectionEmpty: (title: string): string => `“${title}”部分还没有内容，请填写`,
  },
  choiceValue: {
    message: (label: string, value: string, options: readonly string[]): string => `“${label}”填的“${value}”不是可选项，应为${options.map((option) => `“${option}”`).join('、')}之一`,
    expected: (options: readonly string[]): string => options.join('、'),
  },
  placeholder: {
    marker: (text: string): string => `“${text}”是未替换的占位符，请填写实际内容`,
    prompt: (text: string): string => `“${text}”是待填写的提示，请填写实际内容`,
    unsignedDate: (text: string): string => `盖章（签字）处的日期“${text}”未填写`,
    blankSeal: (label: string): string => `“${label}”未填写`,
    expected: '实际内容',
  },
  punctuationWidth: {
    message: (actual: readonly string[], expected: readonly string[]): string =>
      `中文中使用了半角标点“${actual.join('')}”，应为全角“${expected.join('')}”`,
  },
  strayCharacter: {
    message: (items: readonly string[]): string => `含有应删除的异常字符：${items.join('、')}`,
    item: (kind: string, shown: string): string => `${kind}${shown}`,
    quoted: (character: string): string => `“${character}”`,
    expected: '无异常字符',
  },
  fix: {
    invalidEdit: '修复计划与文档不一致（段落或文字位置不存在）：请重新检查文档后再修复',
  },
};
