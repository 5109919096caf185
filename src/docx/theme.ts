/**
 * Theme fonts. Word's built-in styles name fonts by theme slot
 * (`w:eastAsiaTheme="minorEastAsia"`); the theme part says which typeface
 * that is. For the East Asian slots, in this order:
 *
 * 1. the `a:font` whose `script` is that of the document's theme font
 *    language (`w:settings/w:themeFontLang/@w:eastAsia`: zh-CN, zh-SG → Hans;
 *    zh-TW, zh-HK, zh-MO → Hant; ja → Jpan; ko → Hang), when the theme has a
 *    non-empty one — even when `a:ea` names a typeface;
 * 2. a non-empty `a:ea`;
 * 3. the script font of the document's East Asian language
 *    (`w:docDefaults` `w:lang/@w:eastAsia`), else the Hans font: what Word
 *    shows on a Chinese system when the file itself names no typeface.
 *
 * Sources: ECMA-376 Part 1 §17.15.1.88 themeFontLang ("For minorEastAsia,
 * locate the font element in the minorFont element in the theme part for the
 * language specified by the eastAsia attribute"; only when the element is
 * omitted "the default fonts … specified by the latin, ea, and cs elements
 * should be used"). Microsoft's Office interoperability team verified that
 * Office uses the `a:font` for the script of the language when the theme has
 * one, and otherwise falls back to `a:latin`/`a:ea`/`a:cs` and then to the
 * install language or locale (MSDN forum "20.1.4.1.24 - majorFont, does
 * a:font take precedent over a:latin/ea/cs?", 2013,
 * https://social.msdn.microsoft.com/Forums/en-US/077fa740-2839-48de-9400-0fea0851d784).
 * LibreOffice's writerfilter ThemeTable.cxx (7.4) replaces the `a:ea` entry
 * with the script font matching themeFontLang's eastAsia; docx4j's
 * ThemePart.getFont takes the script font first and falls back to `a:ea`.
 * Step 3 stands in for the install language: the checker serves Chinese
 * documents, so a Chinese system, unless the document's language says
 * otherwise.
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

/** ISO script code of a theme's font for an East Asian language tag, or undefined for any other language. */
export function eastAsianScript(lang: string | undefined): string | undefined {
  const tag = (lang ?? '').toLowerCase();
  if (tag.startsWith('ja')) return 'Jpan';
  if (tag.startsWith('ko')) return 'Hang';
  if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-mo' || tag.startsWith('zh-hant')) return 'Hant';
  if (tag.startsWith('zh')) return 'Hans';
  return undefined;
}

/** The languages that choose a theme's East Asian font (see the header). */
export interface ThemeLanguages {
  /** `w:themeFontLang/@w:eastAsia`, when the settings name one. */
  readonly themeFontLang?: string;
  /** The document's East Asian language (`w:docDefaults` `w:lang/@w:eastAsia`). */
  readonly documentLang?: string;
}

function eastAsiaTypeface(scheme: FontScheme, languages: ThemeLanguages): string | undefined {
  const languageScript = eastAsianScript(languages.themeFontLang);
  const fromLanguage = languageScript === undefined ? undefined : scheme.scripts.get(languageScript);
  return fromLanguage ?? scheme.eastAsia ?? scheme.scripts.get(eastAsianScript(languages.documentLang) ?? 'Hans') ?? scheme.scripts.get('Hans');
}

/** Typeface of a theme slot (`minorEastAsia`, `majorHAnsi`, …), or undefined when the theme names none. */
export function themeTypeface(theme: ThemeFonts, slot: string, languages: ThemeLanguages): string | undefined {
  const scheme = slot.startsWith('major') ? theme.major : theme.minor;
  if (slot.endsWith('EastAsia')) return eastAsiaTypeface(scheme, languages);
  if (slot.endsWith('Bidi')) return scheme.scripts.get('Arab');
  return scheme.latin;
}
