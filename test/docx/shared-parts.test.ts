/**
 * A batch reads the parts its files share (styles, theme, numbering,
 * settings) once; every file must still read exactly as it does alone, and
 * be refused for exactly the reasons it would be refused alone.
 */
import { crc32 } from 'node:zlib';
import { readDocx, sharedReading } from '../../src/docx/read';
import { buildZip, type RawZipEntry } from '../support/docx-fixtures';
import { craftedEntries, documentXml, paragraphXml, stylesXml, W_NS } from './crafted';

const STYLES = stylesXml(
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
);
/** The same length as STYLES, another East Asian font. */
const OTHER_STYLES = STYLES.replace('仿宋', '黑体');
const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
const SETTINGS = `<w:settings xmlns:w="${W_NS}"><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`;
const NUMBERING =
  `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

function body(text: string): string {
  return documentXml(`${paragraphXml(text)}<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>第一项</w:t></w:r></w:p>`);
}

function report(text: string, styles = STYLES): Uint8Array {
  return buildZip(craftedEntries({ document: body(text), styles, theme: THEME, settings: SETTINGS, numbering: NUMBERING }));
}

/** The styles part stored (not deflated), so two versions of one length have the same sizes in the zip. */
function storedStyles(text: string, styles: string, claimedCrcOf?: string): Uint8Array {
  const entries = craftedEntries({ document: body(text), theme: THEME, settings: SETTINGS, numbering: NUMBERING, styles });
  return buildZip(
    entries.map((entry): RawZipEntry => {
      if (entry.name !== 'word/styles.xml') return entry;
      const data = new Uint8Array(Buffer.from(styles, 'utf8'));
      const crc = crc32(Buffer.from(claimedCrcOf ?? styles, 'utf8')) >>> 0;
      return { name: entry.name, data, method: 0, declaredSize: data.length, crc };
    }),
  );
}

function modelOf(bytes: Uint8Array, shared?: ReturnType<typeof sharedReading>) {
  const read = readDocx(bytes, {}, shared);
  if (!read.ok) throw new Error(read.error.code);
  return read.value.model;
}

describe('parts shared across a batch', () => {
  it('reads every file of a batch as it reads it alone, reading the shared parts once', () => {
    const files = ['第一份报告', '第二份报告', '第三份报告'].map((text) => report(text));
    const shared = sharedReading();
    const together = files.map((file) => modelOf(file, shared));
    expect(together).toEqual(files.map((file) => modelOf(file)));
    expect(together[1].paragraphs[0].runs[0].format.eastAsiaFont).toBe('仿宋');
    expect(together[1].paragraphs[1].listLabel).toBe('一、');
    expect(shared.styles.hits).toBe(2);
    expect(shared.theme.hits).toBe(2);
    expect(shared.numbering.hits).toBe(2);
    expect(shared.settings.hits).toBe(2);
  });

  it('gives a file with other styles its own fonts, before and after the shared ones', () => {
    const shared = sharedReading();
    const first = modelOf(report('甲'), shared);
    const other = modelOf(report('乙', OTHER_STYLES), shared);
    const again = modelOf(report('丙'), shared);
    expect(first.paragraphs[0].runs[0].format.eastAsiaFont).toBe('仿宋');
    expect(other.paragraphs[0].runs[0].format.eastAsiaFont).toBe('黑体');
    expect(again.paragraphs[0].runs[0].format.eastAsiaFont).toBe('仿宋');
  });

  it('tells apart two styles parts whose zip entries record the same CRC-32 and sizes', () => {
    const shared = sharedReading();
    const honest = modelOf(storedStyles('甲', STYLES), shared);
    expect(honest.paragraphs[0].runs[0].format.eastAsiaFont).toBe('仿宋');
    // Another text under the first one's CRC: damaged, and refused as it is when read alone.
    const lying = storedStyles('乙', OTHER_STYLES, STYLES);
    const alone = readDocx(lying);
    const inBatch = readDocx(lying, {}, shared);
    expect(alone.ok).toBe(false);
    expect(inBatch).toEqual(alone);
    expect(inBatch.ok ? '' : inBatch.error.code).toBe("corrupt");
  });

  it('refuses a file too large for its budget even when its styles were read for another file', () => {
    const shared = sharedReading();
    modelOf(report('甲'), shared);
    const file = report('乙');
    // The least budget the file reads in alone, less one byte: only the shared parts' share tips it over.
    let [low, least] = [0, 1 << 20];
    while (least - low > 1) {
      const middle = (low + least) >> 1;
      if (readDocx(file, { maxUncompressedBytes: middle }).ok) least = middle;
      else low = middle;
    }
    const limits = { maxUncompressedBytes: least - 1 };
    const alone = readDocx(file, limits);
    const inBatch = readDocx(file, limits, shared);
    expect(alone.ok ? '' : alone.error.code).toBe("too-large");
    expect(inBatch).toEqual(alone);
  });
});
