'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { TOMBSTONE_TITLE } from '../collections/Videos/tombstone'
import { DocumentLink } from './DocumentLink'

/**
 * A list's title cell that always opens the document, also when it is not the first column.
 * A withdrawn video's tombstone has no title in its other content language: it still reads as withdrawn.
 */
export function DocumentTitleCell(props: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const text = typeof props.cellData === 'string' ? props.cellData.trim() : ''
  const withdrawn = (props.rowData as { status?: string }).status === 'withdrawn'
  const title = text && text !== '—' ? text : withdrawn ? TOMBSTONE_TITLE[i18n.language === 'en' ? 'en' : 'nl'] : String(props.rowData.id)
  return <DocumentLink {...props}>{title}</DocumentLink>
}
