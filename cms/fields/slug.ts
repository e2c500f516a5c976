import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { say } from '../lib/say'
import { toSlug } from '../../common/slug'

// The slug rule is shared with the site-independent code (company skill URIs, common/match).
export { toSlug }

/** The language whose slug every other language falls back to (payload.config.ts localization). */
const DEFAULT_LOCALE = 'nl'

const textOf = (source: unknown): string | undefined => {
  const text = typeof source === 'string' ? source : typeof source === 'object' && source ? Object.values(source)[0] : undefined
  return typeof text === 'string' && text.trim() ? text : undefined
}

/**
 * A slug made from a title must not collide with another document's: two colleagues may well
 * write a story with the same title. A slug typed by an editor is left alone (and the unique
 * index tells them when it is taken).
 *
 * A localized slug (vacancies, departments) has its own value per language, unique within that
 * language. In another language than Dutch, a slug that is just the Dutch one showing through
 * (Payload's fallback fills the form with it) was never chosen: it is made from that language's
 * title instead, so an English title gives an English address.
 */
const uniqueFromTitle =
  (from: string, localized: boolean): FieldHook =>
  async ({ value, data, req, collection, originalDoc }) => {
    const typed = typeof value === 'string' && value.trim() ? toSlug(value) : null
    const locale = typeof req.locale === 'string' ? req.locale : DEFAULT_LOCALE
    const otherLanguage = localized && locale !== DEFAULT_LOCALE && locale !== 'all'
    const id = originalDoc?.id as string | number | undefined
    const unique = async (base: string) => {
      if (!collection) return base
      for (let n = 1; n < 50; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`
        const where = id === undefined ? { slug: { equals: candidate } } : { and: [{ slug: { equals: candidate } }, { id: { not_equals: id } }] }
        const taken = await req.payload.count({ collection: collection.slug as CollectionSlug, where, locale: otherLanguage ? locale : undefined, overrideAccess: true, req } as never)
        if (taken.totalDocs === 0) return candidate
      }
      return `${base}-${Date.now().toString(36)}`
    }
    if (otherLanguage) {
      let dutch: string | null = null
      if (id !== undefined && collection) {
        // Without `req`: passing it would switch the running request's locale to Dutch, and the
        // English save would land in the Dutch fields.
        const doc = await req.payload.findByID({ collection: collection.slug as CollectionSlug, id, locale: DEFAULT_LOCALE, depth: 0, overrideAccess: true, disableErrors: true })
        dutch = typeof (doc as { slug?: unknown } | null)?.slug === 'string' ? ((doc as { slug: string }).slug) : null
      }
        if (typed && typed !== dutch) return typed
      const title = textOf(data?.[from])
      return title ? unique(toSlug(title) || 'item') : (typed ?? value)
    }
    if (typed) return typed
    if (originalDoc?.slug) return originalDoc.slug
    const title = textOf(data?.[from])
    if (!title) return value
    return unique(toSlug(title) || 'item')
  }

/**
 * A URL slug, filled from another field when left empty, unique, and restricted to URL-safe
 * characters. `localized`: one per language (see uniqueFromTitle); another language than Dutch may
 * leave it empty, and then its pages use the Dutch slug.
 */
export function slugField(from: string, opts: { localized?: boolean } = {}): TextField {
  const localized = opts.localized === true
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    ...(localized ? { localized: true } : {}),
    label: { nl: 'Adres (slug)', en: 'Address (slug)' },
    admin: {
      position: 'sidebar',
      description: localized
        ? {
            nl: 'Deel van het paginaadres, per taal. Leeg: gemaakt van de titel in die taal. Een oud adres blijft werken en stuurt door.',
            en: 'Part of the page address, per language. Empty: made from the title in that language. An old address keeps working and redirects.',
          }
        : { nl: 'Deel van het paginaadres. Leeg: gemaakt van de titel.', en: 'Part of the page address. Filled in from the title when left empty.' },
    },
    hooks: { beforeValidate: [uniqueFromTitle(from, localized)] },
    validate: (value: unknown, { req }: { req: { locale?: string | null; i18n?: { language?: string } } }) => {
      if (localized && req.locale && req.locale !== DEFAULT_LOCALE && (value === undefined || value === null || value === '')) return true
      return typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : say(req, { nl: 'Gebruik alleen kleine letters, cijfers en streepjes.', en: 'Use lowercase letters, digits and dashes only.' })
    },
  }
}
