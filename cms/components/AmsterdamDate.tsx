'use client'
import type { DateFieldClientComponent, DefaultCellComponentProps } from 'payload'

import { DateTimeField, useField, useTranslation } from '@payloadcms/ui'

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

/**
 * A date in the edit view. Read-only (by the field or by the user's permissions): the same words
 * and time zone as the list. Editable: Payload's own date picker. It works in Amsterdam time
 * where the field has `timezone: true` (a video's publish time and a story's publication time, see
 * admin/adminDefaults.ts), elsewhere in the browser's time zone. Day-only pickers store noon, so
 * they keep the Dutch day from any time zone.
 */
export const AmsterdamDateField: DateFieldClientComponent = (props) => {
  const { field, path, readOnly } = props
  const { i18n } = useTranslation()
  const { value } = useField<string>({ potentiallyStalePath: path })
  if (!readOnly && !field.admin?.readOnly) return <DateTimeField {...props} />
  return (
    <ReadOnlyValue label={field.label} description={field.admin?.description} path={path}>
      <span>{formatAmsterdam(value, i18n.language, withTime(field.admin as DateAdmin)) || '—'}</span>
    </ReadOnlyValue>
  )
}
