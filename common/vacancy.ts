/**
 * "Can a candidate still apply to this vacancy?" — one rule for the page that shows the apply
 * button and the CMS endpoint that accepts the application. A vacancy is open for applications
 * while its status is `open` and the calendar day of its valid-through date, in Dutch time, has
 * not passed: "apply by 12 March" (what the candidate reads on the page) still works all of
 * 12 March in Amsterdam, and no longer on 13 March, whatever time of day the date was stored with.
 */
export const TIME_ZONE = 'Europe/Amsterdam'

const dayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE })

/** The calendar day (YYYY-MM-DD) of a moment, in Dutch time. */
export function dutchDay(date: Date): string {
  return dayFormat.format(date)
}

export interface VacancyDates {
  status?: string | null
  validThrough?: string | null
}

export function isOpenForApplications(vacancy: VacancyDates, now: Date = new Date()): boolean {
  if (vacancy.status !== 'open') return false
  if (!vacancy.validThrough) return true
  const until = new Date(vacancy.validThrough)
  // An unreadable date is no reason to turn candidates away; the status still decides.
  if (Number.isNaN(until.getTime())) return true
  return dutchDay(now) <= dutchDay(until)
}

/**
 * The first moment of the Dutch calendar day that `now` falls on. A vacancy whose valid-through
 * date lies at or after it is still open by the rule above, so a database query can ask for open
 * vacancies the same way (`validThrough >= startOfDutchDay()`).
 */
export function startOfDutchDay(now: Date = new Date()): Date {
  const day = dutchDay(now)
  const midnightUtc = Date.parse(`${day}T00:00:00Z`)
  // Amsterdam is UTC+1 in winter and UTC+2 in summer: its midnight is 23:00 or 22:00 UTC the day before.
  for (const hours of [2, 1]) {
    const candidate = new Date(midnightUtc - hours * 3600_000)
    if (dutchDay(candidate) === day) return candidate
  }
  return new Date(midnightUtc)
}
