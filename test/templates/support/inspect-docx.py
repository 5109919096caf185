"""Reads a .docx with python-docx and prints what a reviewer would check, as JSON.

Every paragraph of the body in document order (table cells and content
controls included), with python-docx's own reading of its spacing, and the
East Asian font and size of each run (its own, else its paragraph style's,
as Word resolves it: LibreOffice writes a run's font only where it differs
from the style's); the content-control tags; the marker
part and the custom properties.
"""
import json
import sys

from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = {'w': W}


def attr(element, path):
    values = element.xpath(path)
    return values[0] if values else None


def main(path):
    document = Document(path)
    body = document.element.body
    paragraphs = []
    for p in body.iter(qn('w:p')):
        paragraph = Paragraph(p, document._body)
        fmt = paragraph.paragraph_format
        style_rpr = paragraph.style.element.rPr if paragraph.style is not None else None

        def effective(r, path):
            own = attr(r, './w:rPr/' + path)
            return own if own is not None or style_rpr is None else attr(style_rpr, './' + path)

        runs = []
        for r in p.xpath('.//w:r'):
            text = ''.join(r.xpath('.//w:t/text()'))
            runs.append({
                'text': text,
                'eastAsia': effective(r, 'w:rFonts/@w:eastAsia'),
                'ascii': effective(r, 'w:rFonts/@w:ascii'),
                'sz': effective(r, 'w:sz/@w:val'),
                'inControl': bool(r.xpath('ancestor::w:sdt')),
            })
        paragraphs.append({
            'text': ''.join(p.xpath('.//w:t/text()')),
            'inTable': bool(p.xpath('ancestor::w:tc')),
            'inControl': bool(p.xpath('ancestor::w:sdt')),
            'lineRule': fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY and 'EXACTLY' or str(fmt.line_spacing_rule),
            'linePt': fmt.line_spacing.pt if hasattr(fmt.line_spacing, 'pt') else fmt.line_spacing,
            'firstLineChars': attr(p, './w:pPr/w:ind/@w:firstLineChars'),
            'firstLine': attr(p, './w:pPr/w:ind/@w:firstLine'),
            'alignment': attr(p, './w:pPr/w:jc/@w:val'),
            'markEastAsia': attr(p, './w:pPr/w:rPr/w:rFonts/@w:eastAsia'),
            'runs': runs,
        })
    tags = [str(tag) for tag in body.xpath('//w:sdt/w:sdtPr/w:tag/@w:val')]
    placeholders = len(body.xpath('//w:sdt/w:sdtPr/w:showingPlcHdr'))
    parts = {}
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name.startswith('/customXml/item') or name == '/docProps/custom.xml':
            parts[name] = part.blob.decode('utf-8')
    section = document.sections[0]
    print(json.dumps({
        'paragraphs': paragraphs,
        'tags': tags,
        'placeholders': placeholders,
        'parts': parts,
        'page': {
            'widthMm': round(section.page_width.mm, 1),
            'heightMm': round(section.page_height.mm, 1),
            'topMm': round(section.top_margin.mm, 1),
            'bottomMm': round(section.bottom_margin.mm, 1),
            'leftMm': round(section.left_margin.mm, 1),
            'rightMm': round(section.right_margin.mm, 1),
        },
    }, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
