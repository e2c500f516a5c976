'use client'
import type { DefaultCellComponentProps } from 'payload'

import { DocumentLink } from './DocumentLink'

/** A list's title cell that always opens the document, also when it is not the first column. */
export function DocumentTitleCell(props: DefaultCellComponentProps) {
  const title = typeof props.cellData === 'string' && props.cellData.trim() ? props.cellData : String(props.rowData.id)
  return <DocumentLink {...props}>{title}</DocumentLink>
}
