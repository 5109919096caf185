/** The languages the product speaks, and which one a display language gets. */
export type Locale = 'zh-CN' | 'en-US';

/** zh-CN unless the display language is English. */
export function resolveLocale(language: string | undefined): Locale {
  return language && language.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
