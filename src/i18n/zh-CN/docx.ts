/** Messages of the .docx reader and fixer: each says what went wrong and what to do. */
export const docx = {
  errors: {
    empty: '文件是空的（0 字节）：请确认选对了文件，或在 Word 中重新保存后重试',
    notADocx: '这不是 Word 文档（.docx）：请选择用 Word 保存的 .docx 文件后重试',
    legacyDoc: '这是旧版 Word 文档（.doc），无法直接检查：请在 Word 中另存为 .docx 后重试',
    encrypted: '文档已加密，无法读取：请在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）并保存后重试',
    corruptZip: '文档已损坏或不完整（可能没有下载完）：请在 Word 中打开并另存为 .docx 后重试',
    missingDocument: '文档缺少正文部分：请在 Word 中打开并另存为 .docx 后重试',
    malformedXml: '文档内容已损坏，无法解析：请在 Word 中打开并另存为 .docx 后重试',
    unsupportedCompression: '文档使用了不支持的压缩方式：请在 Word 中打开并另存为 .docx 后重试',
    tooManyEntries: '文档包含的部件过多，已拒绝读取：请在 Word 中另存为 .docx 后重试；如仍出现，请删除多余的嵌入对象',
    tooLarge: '文档解压后过大，已拒绝读取：请删除或压缩大图片、拆分文档后重试',
    unsafeXml: '文档包含不安全的 XML 声明（DOCTYPE），已拒绝读取：请在 Word 中另存为 .docx 后重试',
    invalidEdit: '修复计划与文档不一致（段落或文字位置不存在，或两处修改重叠）：请重新检查文档后再修复',
  },
};
