import type { Messages } from './index';
import { word } from './en-US/word';
import { common } from './en-US/common';
import { rules } from './en-US/rules';
import { pane } from './en-US/pane';
import { docx } from './en-US/docx';

/** The en-US message table: the same keys as zh-CN, checked by the compiler. */
export const enUS: Messages = {
  common,
  rules,
  word,
  pane,
  docx,
};
