import fs from 'node:fs/promises'

/**
 * Looks at the first bytes, not the name: a phone can only send a real container (MP4/MOV, WebM/
 * Matroska, 3GP). Anything else is refused before it reaches the media worker.
 */
export async function sniffVideoContainer(file: string): Promise<'mp4' | 'webm' | null> {
  const handle = await fs.open(file, 'r')
  try {
    const head = Buffer.alloc(16)
    const { bytesRead } = await handle.read(head, 0, 16, 0)
    if (bytesRead < 12) return null
    if (head.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4'
    // QuickTime files from older iPhones can start with a wide/free/mdat atom instead of ftyp.
    if (['wide', 'free', 'mdat', 'moov', 'skip'].includes(head.subarray(4, 8).toString('latin1'))) return 'mp4'
    if (head.readUInt32BE(0) === 0x1a45dfa3) return 'webm'
    return null
  } finally {
    await handle.close()
  }
}
