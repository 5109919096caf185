import { common } from './zh-CN/common';
import { docx } from './zh-CN/docx';

/** The zh-CN message table. Each area adds its section here. */
export const zhCN = {
  common,
  docx,
};
