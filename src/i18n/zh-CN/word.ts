/** Messages of the Word adapter (src/word) and the in-memory Word host. */
export const word = {
  errors: {
    pdfUnavailable: '当前 Word 版本无法导出 PDF，请在桌面版 Word 中提交',
    fileUnavailable: '无法从 Word 取得当前文档，请保存文档后重试',
    fileBusy: 'Word 同时打开的导出文件过多，请稍后重试',
    readFailed: '无法读取当前文档的内容，请确认文档未处于只读或受保护状态后重试',
    documentChanged: '文档在检查之后已被修改，请重新检查后再修复',
    paragraphMissing: '找不到要定位的段落，文档可能已被修改，请重新检查',
    insertFailed: '无法插入模板，请确认光标不在受保护的区域内后重试',
    requirementMissing: '当前 Word 版本过旧，不支持此功能，请更新 Office 后重试',
    notEmulated: '测试宿主不支持此 Word 功能',
  },
};
