/** Formatting of vacancy facts for people: euro amounts, hours, dates and employment types. */
import type { Vacancy } from '../../cms/payload-types'

import { TIME_ZONE } from '../../common/vacancy'

import { htmlLang, t, type Lang } from './i18n'

export type SalaryPeriod = NonNullable<Vacancy['salaryPeriod']>
export type EmploymentType = Vacancy['employmentType']


const isNumber = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v)

/**
 * Intl formatters are slow to make and fast to use: one per set of options, made once. (Making
 * them per call was most of the vacancy page's render time.)
 */
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

/** A euro amount: whole euros unless one of the amounts in the range has cents (hourly wages). */
export function formatEuro(amount: number, lang: Lang, withCents = !Number.isInteger(amount)): string {
  return numberFormat(htmlLang[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: withCents ? 2 : 0,
    maximumFractionDigits: withCents ? 2 : 0,
  }).format(amount)
}

/** "€ 4.200 – € 5.600 per maand", "from €4,200 per month", or null when no salary is given. */
export function formatSalary(
  min: number | null | undefined,
  max: number | null | undefined,
  period: SalaryPeriod | null | undefined,
  lang: Lang,
): string | null {
  const hasMin = isNumber(min)
  const hasMax = isNumber(max)
  if (!hasMin && !hasMax) return null
  const cents = (hasMin && !Number.isInteger(min)) || (hasMax && !Number.isInteger(max))
  const per = period ? ` ${t(lang).perPeriod[period]}` : ''
  const euro = (n: number) => formatEuro(n, lang, cents)
  if (hasMin && hasMax) return min === max ? `${euro(min)}${per}` : `${euro(min)} – ${euro(max)}${per}`
  if (hasMin) return `${lang === 'en' ? 'from' : 'vanaf'} ${euro(min)}${per}`
  return `${lang === 'en' ? 'up to' : 'tot'} ${euro(max as number)}${per}`
}

/** "36–40 uur per week", "40 hours a week", or null when no hours are given. */
export function formatHours(min: number | null | undefined, max: number | null | undefined, lang: Lang): string | null {
  const hasMin = isNumber(min)
  const hasMax = isNumber(max)
  if (!hasMin && !hasMax) return null
  const n = (v: number) => numberFormat(htmlLang[lang], { maximumFractionDigits: 1 }).format(v)
  const unit = lang === 'en' ? 'hours a week' : 'uur per week'
  if (hasMin && hasMax) return min === max ? `${n(min)} ${unit}` : `${n(min)}–${n(max)} ${unit}`
  if (hasMin) return `${lang === 'en' ? 'from' : 'vanaf'} ${n(min)} ${unit}`
  return `${lang === 'en' ? 'up to' : 'tot'} ${n(max as number)} ${unit}`
}

const employmentTypes: Record<Lang, Record<EmploymentType, string>> = {
  nl: { FULL_TIME: 'Fulltime', PART_TIME: 'Parttime', CONTRACTOR: 'Freelance', TEMPORARY: 'Tijdelijk', INTERN: 'Stage' },
  en: { FULL_TIME: 'Full-time', PART_TIME: 'Part-time', CONTRACTOR: 'Contract', TEMPORARY: 'Temporary', INTERN: 'Internship' },
}

export function formatEmploymentType(type: EmploymentType | null | undefined, lang: Lang): string | null {
  return type ? (employmentTypes[lang][type] ?? null) : null
}

/** "12 maart 2027" / "12 March 2027", in Dutch time; null for a missing or invalid date. */
export function formatDate(iso: string | null | undefined, lang: Lang): string | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return dateFormat(htmlLang[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date)
}
