import { common } from './zh-CN/common';

/** The zh-CN message table. Each area adds its section here. */
export const zhCN = {
  common,
};
