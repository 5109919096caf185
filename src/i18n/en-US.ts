import type { Messages } from './index';
import { templates } from './en-US/templates';
import { cli } from './en-US/cli';
import { word } from './en-US/word';
import { register } from './en-US/register';
import { common } from './en-US/common';
import { rules } from './en-US/rules';
import { pane } from './en-US/pane';
import { docx } from './en-US/docx';
import { batch } from './en-US/batch';

/** The en-US message table: the same keys as zh-CN, checked by the compiler. */
export const enUS: Messages = {
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
