import { parseLaunch } from '../../src/taskpane/launch';
import { daysUntil } from '../../src/taskpane/deadline';
import { isDarkBackground } from '../../src/taskpane/theme';

describe('what the ribbon asks the pane to open', () => {
  test('插入模板 opens 模板, 检查格式 opens 检查 and checks at once, 提交台账 opens 台账', () => {
    expect(parseLaunch('?view=templates')).toEqual({ view: 'templates', run: false });
    expect(parseLaunch('?view=check&run=1')).toEqual({ view: 'check', run: true });
    expect(parseLaunch('?view=register')).toEqual({ view: 'register', run: false });
  });

  test('a hash works like a query (some hosts keep only one of them)', () => {
    expect(parseLaunch('', '#view=check&run=1')).toEqual({ view: 'check', run: true });
  });

  test('no query or an unknown place opens 模板; run=1 means nothing outside 检查', () => {
    expect(parseLaunch('')).toEqual({ view: 'templates', run: false });
    expect(parseLaunch('?view=settings&run=1')).toEqual({ view: 'templates', run: false });
    expect(parseLaunch('?view=register&run=1')).toEqual({ view: 'register', run: false });
  });
});

describe('deadlines in the catalog', () => {
  test('counts whole calendar days, whatever the hour', () => {
    expect(daysUntil('2025-05-10', new Date('2025-04-20T23:30:00'))).toBe(20);
    expect(daysUntil('2025-05-10', new Date('2025-05-10T08:00:00'))).toBe(0);
    expect(daysUntil('2024-05-15', new Date('2025-04-20T12:00:00'))).toBe(-340);
  });
});

describe("following Office's theme", () => {
  test('a dark body background (Word in black or dark grey) picks the dark theme; white or unknown, the light one', () => {
    expect(isDarkBackground('#262626')).toBe(true);
    expect(isDarkBackground('#000000')).toBe(true);
    expect(isDarkBackground('#ffffff')).toBe(false);
    expect(isDarkBackground('#e6e6e6')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
    expect(isDarkBackground('white')).toBe(false);
  });
});
