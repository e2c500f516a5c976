/**
 * The calendar day of an event in Europe/Amsterdam ("2026-12-03"): rollups, the daily salt and
 * the dashboard's periods all count Dutch days. Intl is slow enough to matter at thousands of
 * events a second, and the offset only changes on whole hours, so the answer is kept per hour.
 */
const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
const HOUR = 3600_000
const cache = new Map<number, string>()

export function amsterdamDay(ms: number): string {
  const hour = Math.floor(ms / HOUR)
  let day = cache.get(hour)
  if (day === undefined) {
    day = format.format(new Date(hour * HOUR))
    if (cache.size > 50_000) cache.clear()
    cache.set(hour, day)
  }
  return day
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
