'use client'
import type { DefaultCellComponentProps } from 'payload'

/** Review queue thumbnail: the worker's poster, or the processing state while there is none. */
export function VideoThumbnailCell({ rowData }: DefaultCellComponentProps) {
  const playback = (rowData as { playback?: { poster?: string } | null }).playback
  const processing = (rowData as { processing?: { stage?: string; progress?: number } }).processing
  if (!playback?.poster) {
    return <span style={{ fontSize: 12, opacity: 0.7 }}>{processing?.stage ? `${processing.stage} ${processing.progress ?? 0}%` : '—'}</span>
  }
  return <img src={playback.poster} alt="" width={48} height={64} style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }} loading="lazy" />
}
