/**
 * What a CV really is, from its bytes, never from its name or the browser's claimed type: a PDF
 * starts with `%PDF-`; a Word document (DOCX) is a ZIP (`PK\x03\x04`) whose entries include
 * `[Content_Types].xml` and `word/document.xml`. Macro-enabled Word files (a `vbaProject.bin`
 * inside) are refused. Shared by the site (first check) and the CMS (the check that counts).
 */
import type { Locale } from '../locale'

export type CvKind = 'pdf' | 'docx'

export const CV_MAX_BYTES = 5 * 1024 * 1024

export const cvMimeTypes: Record<CvKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false
  return true
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0]
  outer: for (let i = bytes.indexOf(first!); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

const PDF = ascii('%PDF-')
const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04)
const CONTENT_TYPES = ascii('[Content_Types].xml')
const WORD_DOCUMENT = ascii('word/document.xml')
const VBA = ascii('vbaProject.bin')
const EOF = ascii('%%EOF')
const XREF = ascii('xref')

/** A PDF that ends like one (`%%EOF` and its cross-reference in the last KB), as Payload also demands. */
function pdfIsComplete(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024))
  return contains(tail, EOF) && contains(tail, XREF)
}

export function sniffCv(bytes: Uint8Array): CvKind | null {
  if (startsWith(bytes, PDF)) return 'pdf'
  if (startsWith(bytes, ZIP) && contains(bytes, CONTENT_TYPES) && contains(bytes, WORD_DOCUMENT) && !contains(bytes, VBA)) return 'docx'
  return null
}

export type CvProblem = 'too-large' | 'wrong-type' | 'damaged' | 'unreadable'

export const cvMessages: Record<CvProblem, Record<Locale, string>> = {
  'too-large': { nl: 'Je cv is groter dan 5 MB. Kies een kleiner bestand (bijvoorbeeld als pdf opgeslagen).', en: 'Your CV is larger than 5 MB. Choose a smaller file (for example saved as PDF).' },
  damaged: { nl: 'Dit pdf-bestand lijkt beschadigd of onvolledig. Sla je cv opnieuw op als pdf en probeer het nog eens.', en: 'This PDF looks damaged or incomplete. Save your CV as PDF again and try once more.' },
  // Looks like a PDF or Word file from the outside, but the CMS's deeper check (Payload's type
  // detection: ZIP entries that unpack to far too much, broken structure) could not read it.
  unreadable: {
    nl: 'We kunnen dit bestand niet openen: het lijkt op een pdf- of Word-bestand, maar is beschadigd of ongewoon opgebouwd. Sla je cv opnieuw op, het liefst als pdf, en probeer het nog eens.',
    en: 'We cannot open this file: it looks like a PDF or Word file, but it is damaged or unusually built. Save your CV again, preferably as PDF, and try once more.',
  },
  'wrong-type': { nl: 'Je cv moet een pdf- of Word-bestand (.docx) zijn. Dit bestand is geen van beide.', en: 'Your CV must be a PDF or Word file (.docx). This file is neither.' },
}

/** Checks an uploaded CV; an empty file counts as "no CV". */
export function checkCv(bytes: Uint8Array): { ok: true; kind: CvKind | null } | { ok: false; problem: CvProblem } {
  if (bytes.length === 0) return { ok: true, kind: null }
  if (bytes.length > CV_MAX_BYTES) return { ok: false, problem: 'too-large' }
  const kind = sniffCv(bytes)
  if (!kind) return { ok: false, problem: 'wrong-type' }
  if (kind === 'pdf' && !pdfIsComplete(bytes)) return { ok: false, problem: 'damaged' }
  return { ok: true, kind }
}
