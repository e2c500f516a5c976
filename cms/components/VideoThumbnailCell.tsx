'use client'
import type { DefaultCellComponentProps } from 'payload'

import { DocumentLink } from './DocumentLink'

/**
 * Review queue thumbnail: the worker's poster, or the processing state while there is none.
 * It is the list's first column, so it opens the video like Payload's own first cell would.
 */
export function VideoThumbnailCell(props: DefaultCellComponentProps) {
  const row = props.rowData as { title?: string; playback?: { poster?: string } | null; processing?: { stage?: string; progress?: number } }
  const poster = row.playback?.poster
  // The image is the link's only content, so its alt text is the link's name for screen readers.
  const content = poster ? (
    <img src={poster} alt={row.title ?? ''} width={48} height={64} style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }} loading="lazy" />
  ) : (
    <span style={{ fontSize: 12, opacity: 0.7 }}>{row.processing?.stage ? `${row.processing.stage} ${row.processing.progress ?? 0}%` : '—'}</span>
  )
  return <DocumentLink {...props}>{content}</DocumentLink>
}
