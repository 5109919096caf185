/**
 * How the harness draws a paragraph: the model's effective font, size,
 * spacing, indent and alignment as CSS, so a wrong font or spacing is
 * visible. Official Chinese fonts are rarely installed on the machine
 * showing the page, so each family falls back to the nearest installed one;
 * the exact name is printed beside the paragraph.
 */
import type { CSSProperties } from 'react';
import type { Paragraph, RunFormat } from '../../core/model';
import type { Messages } from '../../i18n';

type HarnessText = Messages['pane']['harness'];

/** Installed stand-ins, by the family's style (仿宋/宋 → serif, 黑 → sans, 楷 → kai). */
function familyStack(font: string | undefined): string {
  const name = font ?? '';
  const quoted = name ? `"${name}", ` : '';
  if (/楷|Kai/i.test(name)) return `${quoted}"KaiTi", "AR PL UKai CN", serif`;
  if (/黑|Hei/i.test(name)) return `${quoted}"SimHei", "Noto Sans CJK SC", sans-serif`;
  if (/仿宋|FangSong/i.test(name)) return `${quoted}"FangSong", "Noto Serif CJK SC", serif`;
  if (/宋|Song/i.test(name)) return `${quoted}"SimSun", "Noto Serif CJK SC", serif`;
  return `${quoted}"Noto Serif CJK SC", serif`;
}

export function runStyle(format: RunFormat): CSSProperties {
  return {
    fontFamily: familyStack(format.eastAsiaFont),
    fontSize: format.sizePt !== undefined ? `${format.sizePt}pt` : undefined,
    fontWeight: format.bold || /黑|小标宋|Hei/i.test(format.eastAsiaFont ?? '') ? 700 : 400,
  };
}

export function paragraphStyle(paragraph: Paragraph): CSSProperties {
  const { format } = paragraph;
  const first = paragraph.runs[0]?.format ?? {};
  const spacing = format.lineSpacing;
  const lineHeight =
    spacing === undefined ? 'normal' : spacing.rule === 'multiple' ? String(spacing.lines * 1.3) : `${spacing.points}pt`;
  const align = format.alignment === 'both' || format.alignment === 'distribute' ? 'justify' : format.alignment ?? 'left';
  const indent = format.firstLineIndent;
  return {
    ...runStyle(first),
    lineHeight,
    textAlign: align,
    textIndent: indent?.chars !== undefined ? `${indent.chars / 100}em` : indent ? `${indent.points}pt` : undefined,
    marginTop: `${format.spaceBeforePt ?? 0}pt`,
    marginBottom: `${format.spaceAfterPt ?? 0}pt`,
  };
}

/** "方正仿宋_GBK · 三号 · 固定值 28 磅": what Word's Font and Paragraph dialogs would show. */
export function describeFormat(paragraph: Paragraph, text: HarnessText, sizeName: (points: number) => string): string {
  const first = paragraph.runs[0]?.format ?? {};
  const spacing = paragraph.format.lineSpacing;
  const spacingText =
    spacing === undefined
      ? text.spacingSingle
      : spacing.rule === 'exact'
        ? text.spacingExact(spacing.points)
        : spacing.rule === 'atLeast'
          ? text.spacingAtLeast(spacing.points)
          : text.spacingMultiple(spacing.lines);
  return [first.eastAsiaFont ?? text.defaultFont, first.sizePt !== undefined ? sizeName(first.sizePt) : '', spacingText].filter(Boolean).join(' · ');
}
