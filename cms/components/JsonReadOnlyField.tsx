'use client'
import type { JSONFieldClientComponent } from 'payload'
import type { ReactNode } from 'react'

import { useField, useTranslation } from '@payloadcms/ui'

import { ReadOnlyValue } from './ReadOnlyValue'

const dash = '—'

/** Nested data as a reader sees it: objects as term/description lists, arrays as numbered lists. */
export function JsonView({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === '') return <span>{dash}</span>
  if (Array.isArray(value)) {
    if (!value.length) return <span>{dash}</span>
    return (
      <ol style={{ margin: 0, paddingInlineStart: '1.5em' }}>
        {value.map((item, i) => (
          <li key={i}>
            <JsonView value={item} />
          </li>
        ))}
      </ol>
    )
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (!entries.length) return <span>{dash}</span>
    return (
      <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '1em', rowGap: '0.25em' }}>
        {entries.map(([key, item]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt style={{ fontWeight: 600 }}>{key}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
              <JsonView value={item} />
            </dd>
          </div>
        ))}
      </dl>
    )
  }
  if (typeof value === 'boolean') return <BooleanText value={value} />
  return <span style={{ overflowWrap: 'anywhere' }}>{String(value)}</span>
}

function BooleanText({ value }: { value: boolean }) {
  const { i18n } = useTranslation()
  return <span>{value ? (i18n.language === 'en' ? 'yes' : 'ja') : i18n.language === 'en' ? 'no' : 'nee'}</span>
}

/**
 * Read-only JSON in the edit view, as readable text. Payload's own JSON field is a Monaco editor,
 * which @monaco-editor/loader fetches from a public CDN: offline or on an intranet it is an empty
 * grey box, and nothing in the admin may load from the internet.
 */
export const JsonReadOnlyField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ potentiallyStalePath: path })
  return (
    <ReadOnlyValue label={field.label} description={field.admin?.description} path={path}>
      <JsonView value={value} />
    </ReadOnlyValue>
  )
}
