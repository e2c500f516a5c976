/**
 * The same first-bytes check the CMS makes (cms/contribute/sniffVideo.ts), done in the browser
 * before an upload starts, so a renamed text file or photo is refused at once.
 */
export function looksLikeVideo(head: Uint8Array): boolean {
  if (head.length < 12) return false
  const box = String.fromCharCode(...head.subarray(4, 8))
  if (box === 'ftyp') return true
  // QuickTime files from older iPhones can start with another atom.
  if (['wide', 'free', 'mdat', 'moov', 'skip'].includes(box)) return true
  // EBML: WebM and Matroska.
  return head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3
}

const TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  qt: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  '3gp': 'video/3gpp',
  '3g2': 'video/3gpp2',
}

/** Some phones give no MIME type for a video; the extension then decides what we declare. */
export function typeFromName(name: string): string | null {
  const ext = name.toLowerCase().split('.').pop() ?? ''
  return TYPES[ext] ?? null
}
