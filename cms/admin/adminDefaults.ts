import type { CollectionConfig, DateField, Field } from 'payload'

import { ADMIN_TIME_ZONE, DATE_PATTERN, DATE_TIME_PATTERN } from '../lib/amsterdamTime'

const DATE_CELL = '/components/AmsterdamDate#AmsterdamDateCell'
const DATE_FIELD = '/components/AmsterdamDate#AmsterdamDateField'
const JSON_READ_ONLY = '/components/JsonReadOnlyField#JsonReadOnlyField'

type AnyField = Field & { admin?: Record<string, unknown>; fields?: Field[]; tabs?: { fields: Field[] }[] }

/**
 * `timezone: true` on a date field someone picks a time in: the picker works in Amsterdam time,
 * whatever the laptop's clock says ("publish at 09:00" is 09:00 in Amsterdam, also for a comms
 * colleague abroad). Payload does that through a sibling `<name>_tz` field; here it is virtual
 * (no column, no migration) and always Amsterdam, the only zone this admin offers.
 */
const amsterdamTimezone = (field: DateField): DateField['timezone'] =>
  field.timezone
    ? {
        defaultTimezone: ADMIN_TIME_ZONE,
        override: ({ baseField }) => ({ ...baseField, virtual: true, required: false, hooks: { afterRead: [() => ADMIN_TIME_ZONE] }, label: { en: 'Time zone', nl: 'Tijdzone' } }),
      }
    : undefined

function withDate(field: DateField): DateField {
  const admin = field.admin ?? {}
  const withTime = admin.date?.pickerAppearance === 'dayAndTime' || admin.date?.pickerAppearance === 'timeOnly'
  const components = { ...(admin.components ?? {}) }
  components.Cell ??= DATE_CELL
  // Read-only dates (by config here, or by permission at render time) as Amsterdam text.
  components.Field ??= DATE_FIELD
  const timezone = amsterdamTimezone(field)
  return {
    ...field,
    ...(timezone ? { timezone } : {}),
    admin: {
      ...admin,
      components,
      date: { ...admin.date, displayFormat: admin.date?.displayFormat ?? (withTime ? DATE_TIME_PATTERN : DATE_PATTERN), ...(withTime ? { timeFormat: 'HH:mm' } : {}) },
    } as DateField['admin'],
  }
}

function walk(fields: Field[]): Field[] {
  return fields.map((original) => {
    const field = original as AnyField
    if (field.type === 'date') return withDate(field as DateField)
    // Payload's JSON and code fields are Monaco editors, which @monaco-editor/loader fetches from a
    // public CDN. Every JSON value in this admin is written by server code, so it is shown as text;
    // a field with its own editor (the vacancy's skills) keeps it.
    const ownField = (field.admin?.components as { Field?: unknown } | undefined)?.Field
    if ((field.type === 'json' || field.type === 'code') && !field.admin?.hidden && !ownField) {
      return { ...field, admin: { ...field.admin, components: { ...((field.admin?.components as object) ?? {}), Field: JSON_READ_ONLY } } } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: walk(field.fields) } as Field
    if (field.type === 'tabs' && Array.isArray(field.tabs)) return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) } as Field
    return original
  })
}

const hasField = (fields: Field[], name: string) => fields.some((f) => 'name' in f && f.name === name)

/**
 * What every collection in this admin gets: dates in Dutch words and Amsterdam time (list cells
 * and read-only values; the pickers in Payload's date-fns patterns), no Monaco editor anywhere,
 * and Payload's automatic timestamps with labels in both admin languages. Applied once, in
 * payload.config.ts, so a new field or collection gets it without remembering.
 */
export function withAdminDefaults(collection: CollectionConfig): CollectionConfig {
  const fields = walk(collection.fields)
  if (collection.timestamps !== false) {
    // Declared here, they replace Payload's own (same name, type and index), which only differ in their label.
    const stamp = (name: 'createdAt' | 'updatedAt', label: { en: string; nl: string }): DateField =>
      withDate({ name, type: 'date', index: true, label, admin: { hidden: true, disableBulkEdit: true, date: { pickerAppearance: 'dayAndTime' } } })
    if (!hasField(fields, 'updatedAt')) fields.push(stamp('updatedAt', { en: 'Last changed', nl: 'Laatst gewijzigd' }))
    if (!hasField(fields, 'createdAt')) fields.push(stamp('createdAt', { en: 'Created', nl: 'Aangemaakt' }))
  }
  return { ...collection, fields }
}
