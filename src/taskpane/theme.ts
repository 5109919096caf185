/** Office's theme, when Office gives one: a dark body background means Fluent's dark theme. */
import { webLightTheme, type Theme } from '@fluentui/react-components';

export function isDarkBackground(color: string | undefined): boolean {
  if (!color || !/^#?[0-9a-f]{6}$/i.test(color)) return false;
  const hex = color.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The light theme comes with the page; the dark one is fetched only for an Office that shows dark. */
export async function loadThemeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Promise<Theme> {
  if (!isDarkBackground(officeTheme?.bodyBackgroundColor)) return webLightTheme;
  const { webDarkTheme } = await import(/* webpackChunkName: "theme-dark", webpackExports: ["webDarkTheme"] */ '@fluentui/react-components');
  return webDarkTheme;
}
