/**
 * The text of a CV (PDF or DOCX) for the talent base, with maintained libraries: unpdf (Mozilla's
 * PDF.js, serverless build) for PDF and mammoth for DOCX. A PDF without a text layer (a scan or a
 * photo) has nothing to read without OCR, which we do not run: it is skipped politely, with a
 * reason the recruiter sees, and the rest of the application (motivation) still counts.
 */
import fs from 'node:fs/promises'

export type CvSkipReason = 'scanned' | 'unreadable' | 'missing'

export type CvText = { ok: true; text: string } | { ok: false; reason: CvSkipReason }

export const cvSkipMessages: Record<CvSkipReason, { nl: string; en: string }> = {
  scanned: { nl: 'Cv is een scan of foto zonder tekst; niet gelezen (geen tekstherkenning).', en: 'CV is a scan or photo without text; not read (no text recognition).' },
  unreadable: { nl: 'Cv kon niet worden gelezen (beschadigd of beveiligd bestand).', en: 'CV could not be read (damaged or protected file).' },
  missing: { nl: 'Cv-bestand ontbreekt.', en: 'CV file is missing.' },
}

/** Fewer letters than this on all pages together: there is no real text layer. */
const MIN_LETTERS = 40
const MAX_CHARS = 60_000

export async function cvTextFromBytes(bytes: Uint8Array, kind: 'pdf' | 'docx'): Promise<CvText> {
  try {
    let text: string
    if (kind === 'pdf') {
      const { extractText, getDocumentProxy } = await import('unpdf')
      const pdf = await getDocumentProxy(new Uint8Array(bytes))
      text = (await extractText(pdf, { mergePages: true })).text
    } else {
      const mammoth = await import('mammoth')
      text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    }
    const letters = text.replace(/[^\p{L}]/gu, '').length
    if (letters < MIN_LETTERS) return { ok: false, reason: kind === 'pdf' ? 'scanned' : 'unreadable' }
    return { ok: true, text: text.slice(0, MAX_CHARS) }
  } catch {
    return { ok: false, reason: 'unreadable' }
  }
}

export async function cvTextFromFile(file: string, kind: 'pdf' | 'docx'): Promise<CvText> {
  let bytes: Buffer
  try {
    bytes = await fs.readFile(file)
  } catch {
    return { ok: false, reason: 'missing' }
  }
  return cvTextFromBytes(bytes, kind)
}
