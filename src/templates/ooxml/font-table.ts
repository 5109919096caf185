/**
 * The font table (`word/fontTable.xml`) of the documents we write. The 方正
 * and _GB2312 fonts a profile prefers are seldom installed outside a 组织部's
 * own machines; without a table Word has nothing but the name to go on and
 * draws title, headings, 楷体 line and body in one fallback face, so the
 * hierarchy of the page disappears. Each entry names the Windows face to use
 * instead (`w:altName`) and describes the font (PANOSE, GB2312 charset,
 * family, pitch) the way Word itself writes those faces, so a substitute is
 * chosen by look as well as by name.
 */
import type { Profile } from '../schema';
import { LATIN_FONT } from './format';
import { W_NS, attrs } from './xml';

/** The four faces of Chinese official documents, and Latin text. */
export type FaceClass = 'song' | 'hei' | 'fangsong' | 'kai' | 'latin';

export interface FontTableEntry {
  readonly name: string;
  /** The face to use where `name` is not installed; none for a Windows face. */
  readonly altName?: string;
  /** Ten PANOSE bytes in hex. */
  readonly panose: string;
  /** Windows charset byte in hex: 86 is GB2312, 00 ANSI. */
  readonly charset: string;
  readonly family: 'auto' | 'roman' | 'swiss' | 'modern' | 'script' | 'decorative';
  readonly pitch: 'default' | 'fixed' | 'variable';
}

type Descriptor = Omit<FontTableEntry, 'name' | 'altName'>;

/** How Word describes the Windows faces (宋体, 黑体, 仿宋, 楷体, Times New Roman) in the tables it writes. */
const FACES: Readonly<Record<FaceClass, { windowsFace: string; englishName: string; descriptor: Descriptor }>> = {
  song: { windowsFace: '宋体', englishName: 'SimSun', descriptor: { panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' } },
  hei: { windowsFace: '黑体', englishName: 'SimHei', descriptor: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' } },
  fangsong: { windowsFace: '仿宋', englishName: 'FangSong', descriptor: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' } },
  kai: { windowsFace: '楷体', englishName: 'KaiTi', descriptor: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' } },
  latin: { windowsFace: LATIN_FONT, englishName: LATIN_FONT, descriptor: { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' } },
};

/** The older GB2312 faces, described as Word describes them (same classes, PANOSE weight 3). */
const GB2312_DESCRIPTOR: Descriptor = { panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' };

/**
 * Fonts the official profile and common packs name, by the face that stands
 * in for them. 小标宋 is a heavy 宋: its stand-in is 宋体.
 */
export const KNOWN_FONTS: Readonly<Record<string, FaceClass>> = {
  方正小标宋简体: 'song',
  方正小标宋_GBK: 'song',
  小标宋体: 'song',
  华文中宋: 'song',
  宋体: 'song',
  SimSun: 'song',
  方正黑体_GBK: 'hei',
  方正黑体简体: 'hei',
  黑体: 'hei',
  SimHei: 'hei',
  方正仿宋_GBK: 'fangsong',
  方正仿宋简体: 'fangsong',
  仿宋_GB2312: 'fangsong',
  FangSong_GB2312: 'fangsong',
  仿宋: 'fangsong',
  FangSong: 'fangsong',
  方正楷体_GBK: 'kai',
  方正楷体简体: 'kai',
  楷体_GB2312: 'kai',
  KaiTi_GB2312: 'kai',
  楷体: 'kai',
  KaiTi: 'kai',
  [LATIN_FONT]: 'latin',
};

/** A font a pack names that the table does not know, classed by what its name says. */
function guessClass(name: string): FaceClass | undefined {
  if (/黑|hei/i.test(name)) return 'hei';
  if (/楷|kai/i.test(name)) return 'kai';
  if (/仿宋|fangsong/i.test(name)) return 'fangsong';
  if (/宋|song|明/i.test(name)) return 'song';
  return undefined;
}

export function fontTableEntry(name: string): FontTableEntry {
  const faceClass = KNOWN_FONTS[name] ?? guessClass(name);
  if (faceClass === undefined) return { name, panose: '00000000000000000000', charset: '86', family: 'auto', pitch: 'variable' };
  const face = FACES[faceClass];
  const isGb2312 = /_GB2312$/.test(name);
  const descriptor = isGb2312 ? GB2312_DESCRIPTOR : face.descriptor;
  // A Windows face names its other-language name, as Word writes 宋体 ↔ SimSun; any other names its Windows stand-in.
  const altName = faceClass === 'latin' ? undefined : name === face.windowsFace ? face.englishName : face.windowsFace;
  return { name, altName, ...descriptor };
}

/** Every font the profile's roles write, preferred East Asian fonts first (in role order), then the Latin font. */
export function profileFonts(profile: Profile): string[] {
  const names = Object.values(profile.roles).map((role) => role.fonts.preferred);
  return [...new Set([...names, LATIN_FONT])];
}

export function fontTableXml(fonts: readonly string[]): string {
  const entries = fonts.map((name) => {
    const entry = fontTableEntry(name);
    return (
      `<w:font${attrs({ 'w:name': entry.name })}>` +
      (entry.altName ? `<w:altName${attrs({ 'w:val': entry.altName })}/>` : '') +
      `<w:panose1 w:val="${entry.panose}"/>` +
      `<w:charset w:val="${entry.charset}"/>` +
      `<w:family w:val="${entry.family}"/>` +
      `<w:pitch w:val="${entry.pitch}"/>` +
      '</w:font>'
    );
  });
  return `<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}
