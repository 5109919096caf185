/** Messages about templates and packs: what is wrong, where, and what to do. */
export const templates = {
  schemes: {
    shuji: '基层党建“书记项目”',
    activity: '党支部工作“立项活动”',
    brand: '“一支部一特色”党建品牌',
  },
  kinds: {
    form: '表格',
    report: '报告',
    table: '一览表',
  },
  pack: {
    /** `模板包 pack.json 第 templates[0].blocks[1].title 处：应为文字` */
    issueAt: (source: string, path: string, problem: string) => `模板包 ${source} 第 ${path} 处：${problem}`,
    issue: (source: string, problem: string) => `模板包 ${source}：${problem}`,
    notJson: (source: string, reason: string) => `模板包 ${source} 不是有效的 JSON（${reason}）：请检查括号、引号和逗号后重试。`,
    problems: {
      missing: '缺少此项',
      expectedText: '应为文字',
      expectedNumber: '应为数字',
      expectedBoolean: '应为 true 或 false',
      expectedList: '应为列表（[…]）',
      expectedObject: '应为对象（{…}）',
      expectedOther: (expected: string) => `类型不对，应为 ${expected}`,
      empty: '不能为空',
      tooFew: (minimum: number) => `至少需要 ${minimum} 项`,
      tooSmall: (minimum: number) => `应不小于 ${minimum}`,
      notPositive: '应为大于 0 的数',
      notInteger: '应为整数',
      tooLong: (maximum: number) => `不能超过 ${maximum}`,
      tooBig: (maximum: number) => `应不大于 ${maximum}`,
      tooLongText: (maximum: number) => `不能超过 ${maximum} 个字符`,
      fontName: '字体名称不能含控制字符、换行或无法识别的字符（如“方正仿宋_GBK”）',
      forbiddenCharacter: (code: string) => `含有文档中不能出现的控制字符 ${code}，请删除`,
      oneOf: (values: readonly string[]) => `应为以下之一：${values.join('、')}`,
      idFormat: '只能用小写字母、数字和连字符，并以字母开头（如 shuji-application）',
      tagFormat: '只能用英文字母和数字，并以字母开头（如 projectName）',
      dateFormat: '日期应写成 YYYY-MM-DD（如 2025-05-10）',
      badFormat: '格式不对',
      unknownKeys: (keys: readonly string[]) => `有不认识的项：${keys.join('、')}`,
      noMatch: '内容不符合任何一种写法（完整模板，或含 id 的部分覆盖）',
      invalid: '内容不对',
      partialNeedsCatalogTemplate: (id: string) =>
        `只给了部分内容，但内置目录中没有 id 为“${id}”的模板：新模板须写全部内容（name、shortName、scheme、kind、profile、fields、blocks 等）`,
      unknownProfile: (id: string, known: readonly string[]) => `格式配置“${id}”不存在（可用：${known.join('、')}）`,
      duplicateTag: (tag: string) => `字段标记“${tag}”重复`,
      unknownField: (tag: string) => `版块引用了不存在的字段“${tag}”`,
      unplacedField: (tag: string) => `字段“${tag}”没有出现在任何版块中`,
      fieldPlacedTwice: (tag: string) => `字段“${tag}”在版块中出现了不止一次`,
      choiceWithoutOptions: (tag: string) => `选择字段“${tag}”没有给出选项（options）`,
      unprintedFieldPlaced: (tag: string) => `字段“${tag}”标为不印在表上（printed: false），却出现在版块中`,
    },
    /** The first problem, a count of the others, and what to do. */
    withMore: (head: string, more: number) => `${head}${more > 0 ? `（另有 ${more} 处问题）` : ''}。请改正模板包后重试。`,
  },
  /** Why a document was checked against a template (`templateReason`). */
  reasons: {
    marker: (name: string) => `文档中有“${name}”的模板标记`,
    title: (name: string, keyword: string) => `标题含“${keyword}”，按“${name}”检查`,
    sections: (name: string, headings: readonly string[]) => `各部分标题（${headings.join('、')}）与“${name}”相符，按此模板检查`,
    labels: (name: string, labels: readonly string[]) => `表格栏目（${labels.join('、')}）与“${name}”相符，按此模板检查`,
    chosen: (name: string) => `按指定的模板“${name}”检查`,
    formatOnly: '未识别模板，仅检查格式',
  },
  formatOnly: {
    name: '未识别模板（仅检查格式）',
    shortName: '仅检查格式',
    description: '标题、标记、各部分标题和表格栏目都不符合任何模板的文档：只按格式配置检查字体、字号、行距和缩进。',
  },
  /** School settings (config/school.json, a pack's school, --school FILE). */
  school: {
    issueAt: (source: string, path: string, problem: string) => `学校设置 ${source} 第 ${path} 处：${problem}`,
    issue: (source: string, problem: string) => `学校设置 ${source}：${problem}`,
    /** The first problem, a count of the others, and what to do. */
    withMore: (head: string, more: number) => `${head}${more > 0 ? `（另有 ${more} 处问题）` : ''}。请改正学校设置后重试。`,
    notJson: (source: string, reason: string) => `学校设置 ${source} 不是有效的 JSON（${reason}）：请检查括号、引号和逗号后重试。`,
  },
};
