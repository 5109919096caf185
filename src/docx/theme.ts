/**
 * Theme fonts. Word's built-in styles name fonts by theme slot
 * (`w:eastAsiaTheme="minorEastAsia"`); the theme part says which typeface
 * that is: `a:ea/@typeface`, or when that is empty the script font for the
 * document's East Asian language (`w:themeFontLang/@w:eastAsia`: zh-CN →
 * Hans, zh-TW → Hant, ja → Jpan, ko → Hang; Hans when nothing says).
 */
import { child, type XmlElement } from './xml';

export interface ThemeFonts {
  readonly major: FontScheme;
  readonly minor: FontScheme;
}

interface FontScheme {
  readonly latin?: string;
  readonly eastAsia?: string;
  readonly scripts: ReadonlyMap<string, string>;
}

const EMPTY_SCHEME: FontScheme = { scripts: new Map() };
export const NO_THEME: ThemeFonts = { major: EMPTY_SCHEME, minor: EMPTY_SCHEME };

function readScheme(element: XmlElement | undefined): FontScheme {
  if (!element) return EMPTY_SCHEME;
  const scripts = new Map<string, string>();
  for (const font of element.children) {
    if (font.name === 'a:font' && font.attrs.script && font.attrs.typeface) scripts.set(font.attrs.script, font.attrs.typeface);
  }
  const latin = child(element, 'a:latin')?.attrs.typeface;
  const eastAsia = child(element, 'a:ea')?.attrs.typeface;
  return { latin: latin || undefined, eastAsia: eastAsia || undefined, scripts };
}

/** The first element named `name` in document order, `root` included; a loop, not recursion (a part can nest without bound). */
function findDeep(root: XmlElement, name: string): XmlElement | undefined {
  const pending: XmlElement[] = [root];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (element.name === name) return element;
    for (let i = element.children.length - 1; i >= 0; i--) pending.push(element.children[i]);
  }
  return undefined;
}

export function readTheme(root: XmlElement | undefined): ThemeFonts {
  if (!root) return NO_THEME;
  const fontScheme = findDeep(root, 'a:fontScheme');
  if (!fontScheme) return NO_THEME;
  return { major: readScheme(child(fontScheme, 'a:majorFont')), minor: readScheme(child(fontScheme, 'a:minorFont')) };
}

/** ISO script code of the theme font Word uses for an East Asian language tag. */
export function scriptForLanguage(lang: string | undefined): string {
  const tag = (lang ?? '').toLowerCase();
  if (tag.startsWith('ja')) return 'Jpan';
  if (tag.startsWith('ko')) return 'Hang';
  if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo' || tag.startsWith('zh-hant')) return 'Hant';
  return 'Hans';
}

/** Typeface of a theme slot (`minorEastAsia`, `majorHAnsi`, …), or undefined when the theme names none. */
export function themeTypeface(theme: ThemeFonts, slot: string, script: string): string | undefined {
  const scheme = slot.startsWith('major') ? theme.major : theme.minor;
  if (slot.endsWith('EastAsia')) return scheme.eastAsia ?? scheme.scripts.get(script);
  if (slot.endsWith('Bidi')) return scheme.scripts.get('Arab');
  return scheme.latin;
}
