'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { DocumentLink } from './DocumentLink'

const box = { width: 48, height: 64, borderRadius: 4, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center', fontSize: 10, lineHeight: 1.2 } as const

/**
 * Review queue thumbnail: the worker's poster, or the processing state while there is none.
 * A withdrawn video has no footage left: it gets a neutral placeholder, not the last processing
 * state ("done 100%"). It is the list's first column, so it opens the video like Payload's own first cell would.
 */
export function VideoThumbnailCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const row = props.rowData as { title?: string; status?: string; playback?: { poster?: string } | null; processing?: { stage?: string; progress?: number } }
  const poster = row.playback?.poster
  // The image is the link's only content, so its alt text is the link's name for screen readers.
  const content =
    row.status === 'withdrawn' ? (
      <span data-thumbnail="withdrawn" style={{ ...box, border: '1px dashed var(--theme-elevation-400)', color: 'var(--theme-elevation-600)' }}>
        {en ? 'Withdrawn' : 'Ingetrokken'}
      </span>
    ) : poster ? (
      <img src={poster} alt={row.title ?? ''} width={48} height={64} style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }} loading="lazy" />
    ) : (
      <span style={{ fontSize: 12, opacity: 0.7 }}>{row.processing?.stage ? `${row.processing.stage} ${row.processing.progress ?? 0}%` : '—'}</span>
    )
  return <DocumentLink {...props}>{content}</DocumentLink>
}
