/** Office's theme, when Office gives one: a dark body background means Fluent's dark theme. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export function isDarkBackground(color: string | undefined): boolean {
  if (!color || !/^#?[0-9a-f]{6}$/i.test(color)) return false;
  const hex = color.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
