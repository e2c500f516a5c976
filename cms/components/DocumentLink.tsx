'use client'
import type { ReactNode } from 'react'
import type { DefaultCellComponentProps } from 'payload'

import { Link, useConfig, useListDrawerContext } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

type Props = Pick<DefaultCellComponentProps, 'collectionSlug' | 'linkURL' | 'rowData' | 'viewType'> & {
  children: ReactNode
}

/**
 * What a list cell wraps its content in so a click opens the document. Payload only links its own
 * default cell of the first column; a custom Cell gets `link`/`linkURL` and must render the link itself.
 * Inside a relationship's "choose" drawer the same click selects the row instead of navigating away.
 */
export function DocumentLink({ collectionSlug, linkURL, rowData, viewType, children }: Props) {
  const { config } = useConfig()
  const { drawerSlug, onSelect } = useListDrawerContext()
  if (drawerSlug && typeof onSelect === 'function') {
    return (
      <button
        type="button"
        style={{ all: 'unset', cursor: 'pointer' }}
        onClick={() => onSelect({ collectionSlug, doc: rowData, docID: String(rowData.id) })}
      >
        {children}
      </button>
    )
  }
  const href =
    linkURL ??
    formatAdminURL({
      adminRoute: config.routes.admin,
      path: `/collections/${collectionSlug}${viewType === 'trash' ? '/trash' : ''}/${encodeURIComponent(String(rowData.id))}`,
    })
  return (
    <Link href={href} prefetch={false}>
      {children}
    </Link>
  )
}
