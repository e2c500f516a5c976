/** The two languages of everything people read: Dutch first (the default), English second. */
export const LOCALES = ['nl', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Anything that is not exactly 'en' is Dutch: the default language of site, mails and CMS. */
export function toLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'nl'
}
