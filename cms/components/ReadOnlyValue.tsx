'use client'
import type { StaticDescription, StaticLabel } from 'payload'
import type { ReactNode } from 'react'

import { getTranslation } from '@payloadcms/translations'
import { FieldLabel, useTranslation } from '@payloadcms/ui'

/** A field that is only ever read in the admin: its label, its value as text, its help. */
export function ReadOnlyValue({ label, description, path, children }: { label?: StaticLabel | false; description?: StaticDescription; path: string; children: ReactNode }) {
  const { i18n } = useTranslation()
  const help = typeof description === 'function' ? undefined : description
  return (
    <div className="field-type read-only-value" style={{ marginBottom: 'var(--base)' }}>
      {label !== false && <FieldLabel label={label} path={path} />}
      <div data-read-only-value={path}>{children}</div>
      {help && <div className="field-description">{getTranslation(help as never, i18n)}</div>}
    </div>
  )
}
