/**
 * Real CV files for the demo talent base and the tests, made with maintained libraries: pdf-lib
 * writes a PDF with a text layer (as a word processor's "save as PDF" does), docx writes a Word
 * document. A "scan" is a PDF with only a drawn page and no text, as a phone scan without OCR is.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

export interface CvContent {
  name: string
  /** Paragraphs; a line starting with "# " is a heading. */
  lines: string[]
}

export async function cvPdf(cv: CvContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`CV ${cv.name}`)
  pdf.setProducer('Werkvloer demo')
  pdf.setCreationDate(new Date('2026-01-05T09:00:00Z'))
  pdf.setModificationDate(new Date('2026-01-05T09:00:00Z'))
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  let page = pdf.addPage([595, 842])
  let y = 780
  const write = (text: string, size: number, f = font) => {
    // Wrap at the page width.
    const words = text.split(/\s+/)
    let line = ''
    const flush = () => {
      if (y < 60) ((page = pdf.addPage([595, 842])), (y = 780))
      page.drawText(line, { x: 56, y, size, font: f, color: rgb(0.1, 0.1, 0.1) })
      y -= size * 1.5
      line = ''
    }
    for (const word of words) {
      const next = line ? `${line} ${word}` : word
      if (f.widthOfTextAtSize(next, size) > 483 && line) (flush(), (line = word))
      else line = next
    }
    if (line) flush()
  }
  write(cv.name, 20, bold)
  y -= 8
  for (const text of cv.lines) {
    if (text.startsWith('# ')) ((y -= 6), write(text.slice(2), 13, bold))
    else write(text, 11)
  }
  return pdf.save()
}

export async function cvDocx(cv: CvContent): Promise<Buffer> {
  const doc = new Document({
    creator: 'Werkvloer demo',
    title: `CV ${cv.name}`,
    sections: [
      {
        children: [
          new Paragraph({ text: cv.name, heading: HeadingLevel.TITLE }),
          ...cv.lines.map((text) => (text.startsWith('# ') ? new Paragraph({ text: text.slice(2), heading: HeadingLevel.HEADING_1 }) : new Paragraph({ text }))),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

/** A PDF with no text layer: what a scanned or photographed CV looks like to a text reader. */
export async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const page = pdf.addPage([595, 842])
  for (let i = 0; i < 30; i++) page.drawRectangle({ x: 56, y: 760 - i * 22, width: 300 + ((i * 37) % 180), height: 8, color: rgb(0.3, 0.3, 0.3) })
  return pdf.save()
}
