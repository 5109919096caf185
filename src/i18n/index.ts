/**
 * Every string a user sees lives in one table: zh-CN first, en-US beside it
 * with the same keys (the compiler checks that en-US has every zh-CN key).
 * The table is assembled from one section per area so that areas can grow
 * without touching each other's lines.
 */
import { zhCN } from './zh-CN';
import { enUS } from './en-US';
import type { Locale } from './locale';

export { resolveLocale, type Locale } from './locale';

export type Messages = typeof zhCN;

const TABLES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function messages(locale: Locale = 'zh-CN'): Messages {
  return TABLES[locale];
}

/** The Chinese table, for code that always speaks Chinese (error messages carried in values). */
export const zh: Messages = zhCN;
