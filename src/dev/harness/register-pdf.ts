/**
 * A small, real PDF of the harness document for the register's PDF copy:
 * the paragraphs are drawn on A4 pages with the browser's own CJK fonts and
 * each page is embedded as a JPEG image (PDF 1.4, DCTDecode), which any PDF
 * reader shows. Word makes the real PDF in the add-in; no harness host can.
 */
import { concatBytes } from '../../docx/bytes';

const PAGE_WIDTH_PT = 595;
const PAGE_HEIGHT_PT = 842;
const SCALE = 1.5;
const MARGIN = 72 * SCALE;
const FONT_PX = 14 * SCALE;
const LINE_PX = 24 * SCALE;

/** Breaks text into lines no wider than `width`, character by character (Chinese has no spaces to break at). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of Array.from(text)) {
    if (line !== '' && context.measureText(line + character).width > width) {
      lines.push(line);
      line = '';
    }
    line += character;
  }
  lines.push(line);
  return lines;
}

async function jpegOf(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new Error('the browser could not encode the page as JPEG');
  return new Uint8Array(await blob.arrayBuffer());
}

function newPage(): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE_WIDTH_PT * SCALE;
  canvas.height = PAGE_HEIGHT_PT * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser has no 2D canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.font = `${FONT_PX}px "Noto Serif CJK SC", "Noto Sans CJK SC", serif`;
  context.textBaseline = 'top';
  return { canvas, context };
}

/** Draws the paragraphs onto as many pages as they need. */
async function pageImages(paragraphs: readonly string[]): Promise<{ jpeg: Uint8Array; width: number; height: number }[]> {
  const pages: HTMLCanvasElement[] = [];
  let current = newPage();
  pages.push(current.canvas);
  let y = MARGIN;
  for (const paragraph of paragraphs) {
    for (const line of wrap(current.context, paragraph, current.canvas.width - 2 * MARGIN)) {
      if (y + LINE_PX > current.canvas.height - MARGIN) {
        current = newPage();
        pages.push(current.canvas);
        y = MARGIN;
      }
      current.context.fillText(line, MARGIN, y);
      y += LINE_PX;
    }
  }
  return Promise.all(pages.map(async (canvas) => ({ jpeg: await jpegOf(canvas), width: canvas.width, height: canvas.height })));
}

/** Assembles the PDF: catalog, page tree, and per page a content stream and its image; offsets in the xref. */
function assemble(images: readonly { jpeg: Uint8Array; width: number; height: number }[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: string | Uint8Array): void => {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: () => void): void => {
    offsets[id] = length;
    write(`${id} 0 obj\n`);
    body();
    write('\nendobj\n');
  };
  const pageIds = images.map((_, index) => 3 + index * 3);
  write('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  object(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => write(`<< /Type /Pages /Count ${images.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`));
  images.forEach((image, index) => {
    const [page, content, picture] = [pageIds[index], pageIds[index] + 1, pageIds[index] + 2];
    const drawing = `q ${PAGE_WIDTH_PT} 0 0 ${PAGE_HEIGHT_PT} 0 0 cm /Page Do Q`;
    object(page, () =>
      write(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH_PT} ${PAGE_HEIGHT_PT}] /Resources << /XObject << /Page ${picture} 0 R >> >> /Contents ${content} 0 R >>`),
    );
    object(content, () => write(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`));
    object(picture, () => {
      write(`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`);
      write(image.jpeg);
      write('\nendstream');
    });
  });
  const count = 3 + images.length * 3;
  const xref = length;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id += 1) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return concatBytes(chunks, length);
}

export async function pdfFromParagraphs(paragraphs: readonly string[]): Promise<Uint8Array> {
  return assemble(await pageImages(paragraphs.filter((text) => text.trim() !== '')));
}
