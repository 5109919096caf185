/** Chinese heading numbers as 公文 write them: 一、 for level 1, （一） for level 2. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export function headingLabel(level: 1 | 2, value: number): string {
  return level === 1 ? `${chineseNumeral(value)}、` : `（${chineseNumeral(value)}）`;
}
