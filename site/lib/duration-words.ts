import type { Lang } from './i18n'

/**
 * "2 minuten", "1 min 30 s", "90 seconds": a campaign's limit and a clip's length in the same words.
 * Pure, so both the server pages and the upload script in the browser use it.
 */
export function formatDuration(seconds: number, lang: Lang): string {
  // Round the total first: 119.6 s is "2 minuten", not "1 min 60 s".
  const total = Math.max(0, Math.round(seconds))
  const m = Math.floor(total / 60)
  const s = total % 60
  if (lang === 'en') {
    if (m === 0) return `${s} seconds`
    return s === 0 ? `${m} minute${m === 1 ? '' : 's'}` : `${m} min ${s} s`
  }
  if (m === 0) return `${s} seconden`
  return s === 0 ? `${m} ${m === 1 ? 'minuut' : 'minuten'}` : `${m} min ${s} s`
}

/**
 * A campaign's intro with its length in the same words as the limits: comms write `{duur}` (or
 * `{duration}`) where the length belongs, and the brief says "in maximaal 2 minuten" from the
 * campaign's own limit, so the intro and the limits can never name two different numbers.
 */
export function fillDuration(text: string, seconds: number, lang: Lang): string {
  return text.replace(/\{(duur|duration)\}/g, () => formatDuration(seconds, lang))
}
