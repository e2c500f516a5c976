import type { TextField } from 'payload'

export function toSlug(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** A URL slug, filled from another field when left empty, unique, and restricted to URL-safe characters. */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Part of the page address. Filled in from the title when left empty.' },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return toSlug(value)
          const source = data?.[from]
          const text = typeof source === 'string' ? source : typeof source === 'object' && source ? Object.values(source)[0] : undefined
          return typeof text === 'string' ? toSlug(text) : value
        },
      ],
    },
    validate: (value: unknown) =>
      typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Use lowercase letters, digits and dashes only.',
  }
}
