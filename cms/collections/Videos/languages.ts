/**
 * Which languages a video is complete in: a title, a hook and a caption track per language.
 * Pure, so the admin list, the edit view and the publish warning read the same answer.
 * Works on a video read with `locale: 'all'` (localized fields as `{ nl, en }`).
 */
export const CONTENT_LANGS = ['nl', 'en'] as const
export type ContentLang = (typeof CONTENT_LANGS)[number]

export const LANGUAGE_PARTS = ['title', 'hook', 'captions'] as const
export type LanguagePart = (typeof LANGUAGE_PARTS)[number]

export interface AllLocalesVideo {
  title?: unknown
  hook?: unknown
  captions?: { language?: string | null; vtt?: string | null }[] | null
}

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0

function inLocale(value: unknown, lang: ContentLang): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[lang] : undefined
}

/** What a language still lacks, in the order people fill it in. */
export function missingParts(video: AllLocalesVideo, lang: ContentLang): LanguagePart[] {
  const missing: LanguagePart[] = []
  if (!filled(inLocale(video.title, lang))) missing.push('title')
  if (!filled(inLocale(video.hook, lang))) missing.push('hook')
  if (!(video.captions ?? []).some((c) => c?.language === lang && filled(c.vtt))) missing.push('captions')
  return missing
}

export function languageCompleteness(video: AllLocalesVideo): Record<ContentLang, LanguagePart[]> {
  return { nl: missingParts(video, 'nl'), en: missingParts(video, 'en') }
}

export const PART_LABELS: Record<LanguagePart, Record<ContentLang, { nl: string; en: string }>> = {
  title: { nl: { nl: 'Nederlandse titel', en: 'Dutch title' }, en: { nl: 'Engelse titel', en: 'English title' } },
  hook: { nl: { nl: 'Nederlands haakje', en: 'Dutch hook' }, en: { nl: 'Engels haakje', en: 'English hook' } },
  captions: { nl: { nl: 'Nederlandse ondertiteling', en: 'Dutch captions' }, en: { nl: 'Engelse ondertiteling', en: 'English captions' } },
}

const join = (items: string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`)

/** "Engelse titel en Engelse ondertiteling" in the reader's language. */
export function describeMissing(parts: LanguagePart[], of: ContentLang, reader: ContentLang): string {
  return join(
    parts.map((p) => PART_LABELS[p][of][reader]),
    reader === 'nl' ? 'en' : 'and',
  )
}

/**
 * The confirm text before a video goes live without (all of) its English: the site's English
 * pages then show the Dutch title, hook or captions. `null` when English is complete.
 */
export function publishWithoutEnglishWarning(video: AllLocalesVideo, reader: ContentLang): string | null {
  const missing = missingParts(video, 'en')
  if (!missing.length) return null
  const what = describeMissing(missing, 'en', reader)
  return reader === 'nl'
    ? `Deze video heeft geen ${what}. Op de Engelse site (/en/) verschijnt hij dan in het Nederlands. Toch publiceren?`
    : `This video has no ${what}. On the English site (/en/) it will then show in Dutch. Publish anyway?`
}
