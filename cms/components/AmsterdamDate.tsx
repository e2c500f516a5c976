'use client'
import type { DateFieldClientComponent, DefaultCellComponentProps } from 'payload'

import { useField, useTranslation } from '@payloadcms/ui'

import { formatAmsterdam } from '../lib/amsterdamTime'
import { ReadOnlyValue } from './ReadOnlyValue'

type DateAdmin = { date?: { pickerAppearance?: string } } | undefined

const withTime = (admin: DateAdmin) => !['dayOnly', 'monthOnly'].includes(admin?.date?.pickerAppearance ?? '')

/**
 * A date in a list: Dutch words, Amsterdam time. Payload's own cell formats in the browser's time
 * zone, so a laptop set to UTC (or abroad) showed other times than the employee's status page.
 */
export function AmsterdamDateCell({ cellData, field }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return <span>{formatAmsterdam(cellData, i18n.language, withTime(field.admin as DateAdmin))}</span>
}

/** A read-only date in the edit view, in the same words and time zone as the list. */
export const AmsterdamDateField: DateFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ potentiallyStalePath: path })
  return (
    <ReadOnlyValue label={field.label} description={field.admin?.description} path={path}>
      <span>{formatAmsterdam(value, i18n.language, withTime(field.admin as DateAdmin)) || '—'}</span>
    </ReadOnlyValue>
  )
}
