import { cli } from './zh-CN/cli';
import { templates } from './zh-CN/templates';
import { word } from './zh-CN/word';
import { register } from './zh-CN/register';
import { common } from './zh-CN/common';
import { rules } from './zh-CN/rules';
import { pane } from './zh-CN/pane';
import { docx } from './zh-CN/docx';
import { batch } from './zh-CN/batch';

/** The zh-CN message table. Each area adds its section here. */
export const zhCN = {
  common,
  templates,
  register,
  word,
  rules,
  pane,
  docx,
  cli,
  batch,
};
