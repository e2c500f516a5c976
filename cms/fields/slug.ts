import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { say } from '../lib/say'

export function toSlug(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/**
 * A slug made from a title must not collide with another document's: two colleagues may well
 * write a story with the same title. A slug typed by an editor is left alone (and the unique
 * index tells them when it is taken).
 */
const uniqueFromTitle =
  (from: string): FieldHook =>
  async ({ value, data, req, collection, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return toSlug(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[from]
    const text = typeof source === 'string' ? source : typeof source === 'object' && source ? Object.values(source)[0] : undefined
    if (typeof text !== 'string') return value
    const base = toSlug(text) || 'item'
    if (!collection) return base
    for (let n = 1; n < 50; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const taken = await req.payload.count({ collection: collection.slug as CollectionSlug, where: { slug: { equals: candidate } }, overrideAccess: true, req })
      if (taken.totalDocs === 0) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

/** A URL slug, filled from another field when left empty, unique, and restricted to URL-safe characters. */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { en: 'Slug', nl: 'Paginaadres (slug)' },
    admin: { position: 'sidebar', description: { en: 'Part of the page address. Filled in from the title when left empty.', nl: 'Deel van het paginaadres. Leeg gelaten wordt het uit de titel gemaakt.' } },
    hooks: { beforeValidate: [uniqueFromTitle(from)] },
    validate: (value: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : say(req, { nl: 'Gebruik alleen kleine letters, cijfers en streepjes.', en: 'Use lowercase letters, digits and dashes only.' }),
  }
}
