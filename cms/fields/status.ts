import type { SelectField } from 'payload'

type Option = { value: string; label: { en: string; nl: string } }

export const DRAFT: Option = { value: 'draft', label: { en: 'Draft', nl: 'Concept' } }
export const PUBLISHED: Option = { value: 'published', label: { en: 'Published', nl: 'Gepubliceerd' } }

/** The sidebar status every publishable collection has; read access keys off its values. */
export function statusField(options: Option[], defaultValue = 'draft'): SelectField {
  return { name: 'status', type: 'select', required: true, defaultValue, index: true, options, label: { en: 'Status', nl: 'Status' }, admin: { position: 'sidebar' } }
}
