/**
 * The career site's public addresses, in both languages: Dutch at the root, English under /en/.
 * One table for the site (its pages live at exactly these paths, see site/pages/) and for the CMS
 * (links in mails, the employee's status view), so a link never points at the other language's
 * page or at a path that moved. Vacancies and departments have a slug per language (the English
 * one falls back to the Dutch one where none is set); stories, quizzes and business cases share
 * theirs. Tokens and ids are URL-safe already but encoded anyway.
 */
import type { Locale } from './locale'

const enc = encodeURIComponent
const byLang = (lang: Locale, nl: string, en: string) => (lang === 'en' ? en : nl)

export const routes = {
  home: (lang: Locale) => byLang(lang, '/', '/en/'),
  /** The vacancy list with its filters. */
  vacancies: (lang: Locale) => byLang(lang, '/vacatures', '/en/vacancies'),
  vacancy: (lang: Locale, slug: string) => byLang(lang, `/vacatures/${enc(slug)}`, `/en/vacancies/${enc(slug)}`),
  apply: (lang: Locale, slug: string) => `${routes.vacancy(lang, slug)}/${byLang(lang, 'solliciteren', 'apply')}`,
  jobFeed: (lang: Locale, format: 'json' | 'rss') => `${routes.vacancies(lang)}/feed.${format === 'json' ? 'json' : 'xml'}`,
  story: (lang: Locale, slug: string) => byLang(lang, `/verhalen/${enc(slug)}`, `/en/stories/${enc(slug)}`),
  department: (lang: Locale, slug: string) => byLang(lang, `/afdelingen/${enc(slug)}`, `/en/departments/${enc(slug)}`),
  /** A video's share page (the CMS links here in its "published" mail and on the status page). */
  video: (lang: Locale, id: string) => byLang(lang, `/video/${enc(id)}`, `/en/videos/${enc(id)}`),
  /**
   * An employee's own share link to their published video (cms/insights/shareLinks.ts): shows the
   * video page and credits the visit to the link. Public, and carries no status token.
   */
  shareLink: (lang: Locale, code: string) => byLang(lang, `/gedeeld/${enc(code)}`, `/en/shared/${enc(code)}`),
  /** A video's caption track as text/vtt (one address for both page languages). */
  captions: (id: string, track: Locale) => `/video/${enc(id)}/captions/${track}.vtt`,

  /** The "keep me posted" form: every lead form posts here. */
  lead: (lang: Locale) => byLang(lang, '/op-de-hoogte', '/en/keep-me-posted'),
  quiz: (lang: Locale, slug: string) => byLang(lang, `/quiz/${enc(slug)}`, `/en/quiz/${enc(slug)}`),
  quizResult: (lang: Locale, slug: string) => `${routes.quiz(lang, slug)}/${byLang(lang, 'uitslag', 'result')}`,
  businessCase: (lang: Locale, slug: string) => byLang(lang, `/praktijkcase/${enc(slug)}`, `/en/business-case/${enc(slug)}`),
  businessCaseResult: (lang: Locale, slug: string) => `${routes.businessCase(lang, slug)}/${byLang(lang, 'uitslag', 'result')}`,
  /** What the site measures and keeps (linked from every page's footer). */
  howWeMeasure: (lang: Locale) => byLang(lang, '/zo-meten-we', '/en/how-we-measure'),
  /** A candidate's own "delete my details" page; the token is the only key to it. */
  deleteDetails: (lang: Locale, token: string) => byLang(lang, `/gegevens-verwijderen/${enc(token)}`, `/en/delete-my-details/${enc(token)}`),

  /** An employee's invite link (shareable link, QR code, personal mail). */
  contribute: (lang: Locale, token: string) => byLang(lang, `/bijdragen/${enc(token)}`, `/en/contribute/${enc(token)}`),
  contributeUpload: (lang: Locale, token: string) => `${routes.contribute(lang, token)}/upload`,
  /** An employee's personal status link. */
  contributeStatus: (lang: Locale, statusToken: string) => byLang(lang, `/bijdragen/status/${enc(statusToken)}`, `/en/contribute/status/${enc(statusToken)}`),
} as const

/** A document's slug per language, as the CMS stores a localized slug (either may be missing). */
export type LocalizedSlugs = Partial<Record<Locale, string | null | undefined>>

/** The slug a page has in a language: its own, else the Dutch one (what the CMS's fallback reads). */
export function slugIn(slugs: LocalizedSlugs, lang: Locale): string | null {
  return slugs[lang] || slugs.nl || null
}

/**
 * The same page in both languages, for hreflang alternates, the language switch and the sitemap:
 * each language with its own slug. Null when the document has no slug at all.
 */
export function localizedAlternates(make: (lang: Locale, slug: string) => string, slugs: LocalizedSlugs): Record<Locale, string> | null {
  const nl = slugIn(slugs, 'nl')
  const en = slugIn(slugs, 'en')
  return nl && en ? { nl: make('nl', nl), en: make('en', en) } : null
}

/**
 * Where a request for `requested` in `lang` belongs: null when that is the page's own slug in that
 * language, else the slug to redirect to (301). An old English link with the Dutch slug
 * (/en/vacancies/klantenservicemedewerker-zakelijk, from before English slugs) keeps working.
 */
export function movedSlug(requested: string, slugs: LocalizedSlugs, lang: Locale): string | null {
  const own = slugIn(slugs, lang)
  return own && own !== requested ? own : null
}

/** The folders of the contribution pages (they may use the camera and microphone). */
export const CONTRIBUTE_PREFIXES = ['/bijdragen/', '/en/contribute/'] as const

export function langOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl'
}

export type PublishedPage = { page: 'video'; lang: Locale; id: string } | { page: 'story'; lang: Locale; slug: string }

/**
 * Which published page a path from the CMS names (a video's or a story's, in either language),
 * or null: the site only ever links what it can read back here, never an arbitrary address.
 */
export function parsePublishedPage(path: string | null | undefined): PublishedPage | null {
  const match = /^(\/en)?\/(video|videos|verhalen|stories)\/([^/?#]+)$/.exec(path ?? '')
  if (!match) return null
  const lang: Locale = match[1] ? 'en' : 'nl'
  const section = match[2]!
  // Only the section names of the path's own language: /en/video/… and /verhalen under /en are no pages.
  const expected = lang === 'en' ? ['videos', 'stories'] : ['video', 'verhalen']
  if (!expected.includes(section)) return null
  let key: string
  try {
    key = decodeURIComponent(match[3]!)
  } catch {
    return null
  }
  return section === 'video' || section === 'videos' ? { page: 'video', lang, id: key } : { page: 'story', lang, slug: key }
}
