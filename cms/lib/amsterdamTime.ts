/**
 * Dates as a Dutch team reads them: "2 december 2026 18:11", in Amsterdam time whatever the
 * browser's or server's clock says (the employee's status page shows the same). Built from
 * Intl parts because Intl's own Dutch pattern adds "om" and its English one a comma.
 */
export const ADMIN_TIME_ZONE = 'Europe/Amsterdam'

/** date-fns patterns for Payload's own date displays (document header, date pickers). */
export const DATE_TIME_PATTERN = 'd MMMM yyyy HH:mm'
export const DATE_PATTERN = 'd MMMM yyyy'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: 'nl' | 'en', withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withTime}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: ADMIN_TIME_ZONE,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    })
    formatters.set(key, f)
  }
  return f
}

/** "2 december 2026 18:11" (nl) or "2 December 2026 18:11" (en); empty for no or a bad date. */
export function formatAmsterdam(value: unknown, language: string, withTime = true): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime())) return ''
  const parts = Object.fromEntries(formatter(language === 'en' ? 'en' : 'nl', withTime).formatToParts(date).map((p) => [p.type, p.value]))
  const day = `${parts.day} ${parts.month} ${parts.year}`
  return withTime ? `${day} ${parts.hour}:${parts.minute}` : day
}
