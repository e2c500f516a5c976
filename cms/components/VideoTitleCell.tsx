import type { DefaultServerCellComponentProps } from 'payload'

import { TOMBSTONE_TITLE } from '../collections/Videos/tombstone'
import { DocumentLink } from './DocumentLink'
import { videoAllLocales } from './videoAllLocales'

/**
 * The list's title cell. In the English content language a Dutch-only video has no English title:
 * show the Dutch one, marked "(nl)", instead of Payload's `Geen "Title"`; it always opens the video.
 * A withdrawn video's tombstone reads as withdrawn in the admin's language.
 */
export async function VideoTitleCell(props: DefaultServerCellComponentProps) {
  const { cellData, rowData, payload, collectionSlug, linkURL, viewType } = props
  let title = typeof cellData === 'string' && cellData.trim() && cellData.trim() !== '—' ? cellData : ''
  let marker = ''
  if ((rowData as { status?: string }).status === 'withdrawn') title = TOMBSTONE_TITLE[props.i18n?.language === 'en' ? 'en' : 'nl']
  if (!title) {
    const all = await videoAllLocales(payload, String(rowData.id))
    const nl = (all?.title as { nl?: unknown } | undefined)?.nl
    if (typeof nl === 'string' && nl.trim()) {
      title = nl
      marker = ' (nl)'
    }
  }
  return (
    <DocumentLink collectionSlug={collectionSlug} linkURL={linkURL} rowData={rowData} viewType={viewType}>
      {title || String(rowData.id)}
      {marker && <span lang="nl" style={{ opacity: 0.7 }}>{marker}</span>}
    </DocumentLink>
  )
}
