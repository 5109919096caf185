/**
 * Messages of the WPS host (src/wps) and the WPS stand-in. Imported by WPS
 * code directly rather than through the assembled tables, so the Word pane's
 * first scripts do not carry them; en-US/wps.ts keeps the same keys.
 */
export const wps = {
  errors: {
    noDocument: 'WPS 中没有打开的文档，请先新建或打开一份文档',
    readFailed: '无法读取当前文档的内容，请确认文档未处于只读或受保护状态后重试',
    insertFailed: '无法插入模板，请确认光标不在受保护的区域内后重试',
    documentChanged: '文档在检查之后已被修改，请重新检查后再修复',
    paragraphMissing: '找不到要定位的段落，文档可能已被修改，请重新检查',
    fileUnavailable: '无法从 WPS 取得当前文档，请保存文档后重试',
    pdfUnavailable: '当前 WPS 无法导出 PDF（需要 WPS 文字 2019 及以上的加载项文件接口），请手动另存为 PDF 后提交',
    standInRejected: 'WPS 测试宿主拒绝了这次调用',
  },
  undoName: '党建项目：修正格式',
};
