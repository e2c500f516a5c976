import type { Lang } from './i18n'

/**
 * "12 van 48 MB · nog ongeveer 1 min": how far an upload is and how long it still takes, from
 * the bytes sent since this upload (re)started and the time that took. Pure, so it is tested
 * without a browser; the upload script in the browser calls it on every progress event.
 */
export interface ProgressSample {
  /** Bytes the server has now. */
  sent: number
  total: number
  /** Bytes the server had when this run started (a resumed upload starts above zero). */
  startOffset: number
  /** Milliseconds since this run started. */
  elapsedMs: number
}

const number = (lang: Lang, n: number, digits = 0) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits }).format(n)

/** Both amounts in the unit of the total, so "12 van 48 MB" and "1,2 van 2,1 GB". */
export function amountText(sent: number, total: number, lang: Lang): string {
  const gb = total >= 1024 ** 3
  const unit = gb ? 1024 ** 3 : 1024 ** 2
  const digits = gb || total < 10 * 1024 ** 2 ? 1 : 0
  const of = lang === 'en' ? 'of' : 'van'
  return `${number(lang, Math.min(sent, total) / unit, digits)} ${of} ${number(lang, total / unit, digits)} ${gb ? 'GB' : 'MB'}`
}

/**
 * Seconds left at the rate of this run, or null while there is too little to go on (under two
 * seconds or under 256 kB sent): a first guess from one chunk jumps about and only worries people.
 */
export function secondsLeft(s: ProgressSample): number | null {
  const moved = s.sent - s.startOffset
  if (s.elapsedMs < 2000 || moved < 256 * 1024) return null
  const rate = moved / (s.elapsedMs / 1000)
  return Math.max(0, (s.total - s.sent) / rate)
}

/** "nog ongeveer 3 min", "nog minder dan een minuut"; "" when unknown or done. */
export function timeLeftText(seconds: number | null, lang: Lang): string {
  if (seconds === null || seconds <= 0) return ''
  if (seconds < 50) return lang === 'en' ? 'less than a minute left' : 'nog minder dan een minuut'
  const minutes = Math.max(1, Math.round(seconds / 60))
  if (minutes >= 90) {
    const hours = Math.round(minutes / 60)
    return lang === 'en' ? `about ${hours} h left` : `nog ongeveer ${hours} uur`
  }
  return lang === 'en' ? `about ${minutes} min left` : `nog ongeveer ${minutes} min`
}

/** The whole line under the progress bar. */
export function progressText(s: ProgressSample, lang: Lang): string {
  const left = timeLeftText(secondsLeft(s), lang)
  return left ? `${amountText(s.sent, s.total, lang)} · ${left}` : amountText(s.sent, s.total, lang)
}
