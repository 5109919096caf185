/**
 * The reader's XML scanner against saxes, a well-known conforming parser:
 * on every input, both accept it with the same tags, attributes, text and
 * offsets, or both refuse it. The inputs are the cases where a hand-written
 * scanner is most likely to go wrong: entities, line ends, whitespace in
 * attributes, comments, CDATA, processing instructions, names, characters
 * XML forbids, and every way a document can be cut or mis-nested — then
 * each catalog template's main part as `dangjian new` writes it, cut at
 * many places.
 */
import { SaxesParser } from 'saxes';
import { unzipSync } from 'fflate';
import { scanXml } from '../../src/docx/xml-scan';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';

type Event = readonly [string, ...unknown[]];

function bySaxes(source: string): Event[] | 'refused' {
  const events: Event[] = [];
  let text = '';
  let depth = 0;
  // The scanner hands over character data inside the root only: saxes's whitespace around the root is left out.
  const flush = (): void => {
    if (text && depth > 0) events.push(['text', text]);
    text = '';
  };
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('doctype', () => {
    throw new Error('DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    flush();
    events.push(['open', tag.name, { ...(tag.attributes as Record<string, string>) }, tag.isSelfClosing, parser.position]);
    depth++;
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', () => {
    flush();
    depth--;
    events.push(['close', parser.position]);
  });
  try {
    parser.write(source).close();
  } catch {
    return 'refused';
  }
  flush();
  return events;
}

function byScanner(source: string): Event[] | 'refused' {
  const events: Event[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push(['text', text]);
    text = '';
  };
  try {
    scanXml(source, {
      open: (tag, end) => {
        flush();
        events.push(['open', tag.name, { ...tag.attributes }, tag.isSelfClosing, end]);
      },
      text: (chunk) => {
        text += chunk;
      },
      close: (end) => {
        flush();
        events.push(['close', end]);
      },
      doctype: () => {
        throw new Error('DOCTYPE');
      },
    });
  } catch {
    return 'refused';
  }
  flush();
  return events;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (inner: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body>${inner}</w:body></w:document>`;

const CASES: Record<string, string> = {
  plain: doc('<w:p><w:r><w:t>书记项目</w:t></w:r></w:p>'),
  entities: doc('<w:p><w:r><w:t>a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; &#20070;&#x8BB0; &#x1F600;</w:t></w:r></w:p>'),
  'line ends': doc('<w:p><w:r><w:t xml:space="preserve">一\r\n二\r三\n四&#13;五</w:t></w:r></w:p>'),
  'attribute whitespace': doc('<w:p w:rsidR="00A1"\r\n\tw:rsidRDefault = \'00B2\' ><w:pPr><w:jc w:val="a\tb\r\nc&#10;d&#9;e"/></w:pPr></w:p>'),
  'comments and PIs': doc('<!-- 注释 --><w:p><?mso-application progid="Word.Document"?><w:r><w:t>甲<!-- x -->乙</w:t></w:r></w:p>'),
  cdata: doc('<w:p><w:r><w:t><![CDATA[<不是标签> & ]]]]><![CDATA[>\r\n]]></w:t></w:r></w:p>'),
  'whitespace text': doc('\n  <w:p>\n    <w:r> <w:t> </w:t> </w:r>\n  </w:p>\n'),
  'self-closing root': '<w:document/>',
  'bom': `\ufeff${doc('<w:p/>')}`,
  'astral names and text': doc('<w:p><w:r><w:t>😀𠀀</w:t></w:r><x:名字 甲="乙"/></w:p>'),
  'dashes and dots in names': doc('<w:p><a-b.c_d:e-1 f.g-h="1"/></w:p>'),
  'trailing whitespace and comment': `${doc('<w:p/>')}\n<!-- end -->\n`,
  'end tag with spaces': doc('<w:p></w:p   >'),
  'proto attribute': doc('<w:p __proto__="x" constructor="y"/>'),
  // Refused by both.
  doctype: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "y">]>${doc('<w:p/>')}`,
  'undefined entity': doc('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>'),
  'bare ampersand': doc('<w:p><w:r><w:t>A & B</w:t></w:r></w:p>'),
  'ampersand in attribute': doc('<w:p w:x="a&b"/>'),
  'unterminated entity': doc('<w:p><w:r><w:t>&amp</w:t></w:r></w:p>'),
  'reference to a forbidden character': doc('<w:p><w:r><w:t>&#0;</w:t></w:r></w:p>'),
  'reference to a surrogate': doc('<w:p><w:r><w:t>&#xD800;</w:t></w:r></w:p>'),
  'reference out of range': doc('<w:p><w:r><w:t>&#x110000;</w:t></w:r></w:p>'),
  'empty reference': doc('<w:p><w:r><w:t>&#;</w:t></w:r></w:p>'),
  'control character': doc('<w:p><w:r><w:t>a\u0001b</w:t></w:r></w:p>'),
  'U+FFFE': doc('<w:p><w:r><w:t>a\ufffeb</w:t></w:r></w:p>'),
  'mismatched tags': doc('<w:p><w:r></w:p></w:r>'),
  'unclosed element': `<w:document ${W}><w:body><w:p>`,
  'unmatched end tag': `${doc('<w:p/>')}</w:x>`,
  'two roots': `${doc('<w:p/>')}<w:document/>`,
  'text after root': `${doc('<w:p/>')}文字`,
  'text before root': `文字${doc('<w:p/>')}`,
  'duplicate attribute': doc('<w:p w:a="1" w:a="2"/>'),
  'unquoted attribute': doc('<w:p w:a=1/>'),
  'attribute without value': doc('<w:p w:a/>'),
  'no space between attributes': doc('<w:p w:a="1"w:b="2"/>'),
  'lt in attribute': doc('<w:p w:a="<"/>'),
  'bad name start': doc('<w:p><1abc/></w:p>'),
  'space after lt': doc('<w:p>< w:r/></w:p>'),
  'double dash comment': doc('<w:p><!-- a -- b --></w:p>'),
  'comment ending in dash': doc('<w:p><!-- a ---></w:p>'),
  'cdata end in text': doc('<w:p><w:r><w:t>a ]]> b</w:t></w:r></w:p>'),
  'cdata outside root': `<![CDATA[x]]>${doc('<w:p/>')}`,
  'late xml declaration': `<w:document ${W}><?xml version="1.0"?><w:body/></w:document>`,
  'unclosed comment': doc('<w:p><!-- a </w:p>'),
  'unclosed cdata': doc('<w:p><![CDATA[ a </w:p>'),
  'unclosed PI': doc('<w:p><?pi a </w:p>'),
  'slash without gt': doc('<w:p/ >'),
  empty: '',
  'only whitespace': '  \n',
  'only a comment': '<!-- nothing -->',
};

describe('the XML scanner, compared with saxes', () => {
  it.each(Object.entries(CASES))('%s', (_, source) => {
    expect(byScanner(source)).toEqual(bySaxes(source));
  });

  it('refuses a lone surrogate, which saxes lets through (a decoded part never holds one: the decoder refuses it first)', () => {
    const source = doc('<w:p><w:r><w:t>a\ud800b</w:t></w:r></w:p>');
    expect(bySaxes(source)).not.toBe('refused');
    expect(byScanner(source)).toBe('refused');
  });

  it('accepts the well-formed cases and refuses the others (the comparison is not empty)', () => {
    const refused = Object.values(CASES).filter((source) => byScanner(source) === 'refused').length;
    expect(refused).toBeGreaterThan(30);
    expect(Object.keys(CASES).length - refused).toBeGreaterThan(12);
  });

  it('reads every template’s main part as saxes does, whole and cut short anywhere', () => {
    for (const template of CATALOG) {
      const written = writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: '00000000-0000-4000-8000-000000000000' });
      const xml = new TextDecoder().decode(unzipSync(written)['word/document.xml']);
      expect(byScanner(xml)).toEqual(bySaxes(xml));
      for (let cut = 1; cut < xml.length; cut += Math.max(1, Math.floor(xml.length / 97))) {
        const part = xml.slice(0, cut);
        expect([cut, byScanner(part)]).toEqual([cut, bySaxes(part)]);
      }
    }
  });
});
