/**
 * The vacancy list's search and filters, entirely in the query string (so the list works without
 * JavaScript and every filtered list is a link you can share):
 *
 *   /vacatures?zoek=planner&afdeling=sales&locatie=Rotterdam&uren=32-40&dienstverband=full-time
 *   /en/vacancies?q=planner&department=sales&location=Rotterdam&hours=32-40&type=full-time
 *
 * Values are validated here; a value that is malformed or names nothing we have is ignored and
 * reported (the page says so), never passed on. Filtering happens in process over the (cached)
 * list of open vacancies: an employer has tens of vacancies, not thousands.
 */
import { z } from 'zod'

import { departmentOf, type Department, type Vacancy } from './cms'
import { lexicalToPlainText } from './lexical'
import { LANGS, type Lang } from './i18n'
import { slugSchema } from './validation'

export const FILTER_KEYS = ['q', 'department', 'location', 'hours', 'type'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const filterParamNames: Record<Lang, Record<FilterKey, string>> = {
  nl: { q: 'zoek', department: 'afdeling', location: 'locatie', hours: 'uren', type: 'dienstverband' },
  en: { q: 'q', department: 'department', location: 'location', hours: 'hours', type: 'type' },
}

/**
 * Hours a week, as the chips say them: "tot 24 uur", "24 tot 32 uur", "32 tot 40 uur". Each bucket
 * runs up to but not including the next one's start (the last includes 40), so a job of exactly
 * 24 or 32 hours is in one bucket, not two. A vacancy matches every bucket its own range reaches.
 */
export const HOURS_BUCKETS = { '0-24': [0, 24], '24-32': [24, 32], '32-40': [32, 40] } as const satisfies Record<string, readonly [number, number]>
const LAST_HOURS_BUCKET: HoursBucket = '32-40'
export type HoursBucket = keyof typeof HOURS_BUCKETS

export const EMPLOYMENT_TYPE_PARAMS = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contractor: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  intern: 'INTERN',
} as const satisfies Record<string, Vacancy['employmentType']>
export type EmploymentTypeParam = keyof typeof EMPLOYMENT_TYPE_PARAMS

export interface VacancyFilters {
  q?: string
  department?: string
  location?: string
  hours?: HoursBucket
  type?: EmploymentTypeParam
}

const MAX_QUERY = 100

const schemas = {
  q: z
    .string()
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(MAX_QUERY)),
  department: slugSchema,
  location: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[\p{L}\p{N} .,'’()/-]+$/u),
  hours: z.enum(Object.keys(HOURS_BUCKETS) as [HoursBucket, ...HoursBucket[]]),
  type: z.enum(Object.keys(EMPLOYMENT_TYPE_PARAMS) as [EmploymentTypeParam, ...EmploymentTypeParam[]]),
} satisfies Record<FilterKey, z.ZodType>

/**
 * Reads the filters from a query string. The page's own parameter names come first; the other
 * language's names are understood too (a link shared from the other language keeps working).
 */
export function parseVacancyFilters(params: URLSearchParams, lang: Lang): { filters: VacancyFilters; invalid: FilterKey[] } {
  const filters: VacancyFilters = {}
  const invalid: FilterKey[] = []
  const order = [lang, ...LANGS.filter((l) => l !== lang)]
  for (const key of FILTER_KEYS) {
    const name = order.map((l) => filterParamNames[l][key]).find((n) => params.has(n))
    const raw = name ? params.get(name) : null
    if (raw === null || raw.trim() === '') continue
    const result = schemas[key].safeParse(raw)
    if (!result.success) {
      invalid.push(key)
      continue
    }
    if (result.data === '') continue
    ;(filters as Record<FilterKey, string>)[key] = result.data
  }
  return { filters, invalid }
}

/**
 * The query string without the empty filter fields a plain form submission sends along
 * (`?zoek=&afdeling=sales&locatie=…`), or null when there are none. Other parameters (utm_*,
 * say) stay as they are. The page redirects to the cleaned address: one short URL per result.
 */
export function withoutEmptyFilterParams(params: URLSearchParams): URLSearchParams | null {
  const names = new Set(LANGS.flatMap((lang) => Object.values(filterParamNames[lang])))
  const kept = [...params].filter(([name, value]) => !(names.has(name) && value.trim() === ''))
  return kept.length === [...params].length ? null : new URLSearchParams(kept)
}

/** The list's address for a set of filters, in a fixed parameter order (one URL per result). */
export function vacancyListHref(basePath: string, lang: Lang, filters: VacancyFilters): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) params.set(filterParamNames[lang][key], value)
  }
  const qs = params.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

export function withoutFilter(filters: VacancyFilters, key: FilterKey): VacancyFilters {
  const copy = { ...filters }
  delete copy[key]
  return copy
}

export function hasFilters(filters: VacancyFilters): boolean {
  return FILTER_KEYS.some((key) => Boolean(filters[key]))
}

/** "Rotterdam / hybride" → "Rotterdam": the place, without working-pattern notes. */
export function placeOf(location: string | null | undefined): string {
  return (location ?? '').split(/\s*[/(,|]\s*/)[0]!.trim()
}

/** Lowercase, without accents and punctuation: "Café-medewerker" → "cafe medewerker". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export function hoursOverlap(vacancy: Pick<Vacancy, 'hoursMin' | 'hoursMax'>, bucket: HoursBucket): boolean {
  const [from, to] = HOURS_BUCKETS[bucket]
  const min = vacancy.hoursMin ?? vacancy.hoursMax
  const max = vacancy.hoursMax ?? vacancy.hoursMin
  if (typeof min !== 'number' || typeof max !== 'number') return false
  const belowEnd = bucket === LAST_HOURS_BUCKET ? min <= to : min < to
  return belowEnd && max >= from
}

const searchTexts = new WeakMap<Vacancy, string>()

function searchTextOf(vacancy: Vacancy): string {
  let text = searchTexts.get(vacancy)
  if (text === undefined) {
    text = normaliseText(
      [vacancy.title, vacancy.summary ?? '', lexicalToPlainText(vacancy.description), departmentOf(vacancy)?.name ?? '', vacancy.location].join(' '),
    )
    searchTexts.set(vacancy, text)
  }
  return text
}

export function matchesFilters(vacancy: Vacancy, filters: VacancyFilters): boolean {
  if (filters.department && departmentOf(vacancy)?.slug !== filters.department) return false
  if (filters.location && placeOf(vacancy.location).toLowerCase() !== filters.location.toLowerCase()) return false
  if (filters.hours && !hoursOverlap(vacancy, filters.hours)) return false
  if (filters.type && vacancy.employmentType !== EMPLOYMENT_TYPE_PARAMS[filters.type]) return false
  if (filters.q) {
    const haystack = searchTextOf(vacancy)
    const words = normaliseText(filters.q).split(' ').filter(Boolean)
    if (!words.every((word) => haystack.includes(word))) return false
  }
  return true
}

export interface FacetOption {
  value: string
  label: string
  count: number
}

export interface Facets {
  department: FacetOption[]
  location: FacetOption[]
  hours: FacetOption[]
  type: FacetOption[]
}

/**
 * The options for each filter with the number of vacancies each would show, counted over all open
 * vacancies. Options without vacancies are left out, except the one currently chosen.
 */
export function facetsFor(
  vacancies: Vacancy[],
  filters: VacancyFilters,
  labels: { hours: Record<string, string>; type: (type: Vacancy['employmentType']) => string | null },
  departments: Department[] = [],
): Facets {
  const count = <K extends string>(keyOf: (v: Vacancy) => K[] | K | null | undefined) => {
    const counts = new Map<K, number>()
    for (const vacancy of vacancies) {
      const keys = keyOf(vacancy)
      for (const key of Array.isArray(keys) ? keys : keys ? [keys] : []) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  const keep = (option: FacetOption, chosen?: string) => option.count > 0 || option.value === chosen

  const departmentNames = new Map<string, string>()
  for (const department of departments) if (department.slug) departmentNames.set(department.slug, department.name)
  for (const vacancy of vacancies) {
    const department = departmentOf(vacancy)
    if (department?.slug) departmentNames.set(department.slug, department.name)
  }
  const departmentCounts = count((v) => departmentOf(v)?.slug ?? null)
  const department = [...departmentNames]
    .map(([value, label]) => ({ value, label, count: departmentCounts.get(value) ?? 0 }))
    .filter((o) => keep(o, filters.department))
    .sort((a, b) => a.label.localeCompare(b.label))

  const locationCounts = count((v) => placeOf(v.location) || null)
  const location = [...locationCounts]
    .map(([value, n]) => ({ value, label: value, count: n }))
    .sort((a, b) => a.label.localeCompare(b.label))

  const hoursCounts = count((v) => (Object.keys(HOURS_BUCKETS) as HoursBucket[]).filter((bucket) => hoursOverlap(v, bucket)))
  const hours = (Object.keys(HOURS_BUCKETS) as HoursBucket[])
    .map((value) => ({ value, label: labels.hours[value] ?? value, count: hoursCounts.get(value) ?? 0 }))
    .filter((o) => keep(o, filters.hours))

  const typeCounts = count((v) => v.employmentType)
  const type = (Object.entries(EMPLOYMENT_TYPE_PARAMS) as [EmploymentTypeParam, Vacancy['employmentType']][])
    .map(([value, enumValue]) => ({ value, label: labels.type(enumValue) ?? value, count: typeCounts.get(enumValue) ?? 0 }))
    .filter((o) => keep(o, filters.type))

  return { department, location, hours, type }
}

/**
 * Filters that name something that does not exist (a department or place without vacancies)
 * are dropped and reported, so the page never shows "0 results" for a typo in a shared link.
 */
export function dropUnknownFilters(filters: VacancyFilters, facets: Facets): { filters: VacancyFilters; unknown: FilterKey[] } {
  const result = { ...filters }
  const unknown: FilterKey[] = []
  if (result.department && !facets.department.some((o) => o.value === result.department)) {
    delete result.department
    unknown.push('department')
  }
  if (result.location) {
    const match = facets.location.find((o) => o.value.toLowerCase() === result.location!.toLowerCase())
    if (match) result.location = match.value
    else {
      delete result.location
      unknown.push('location')
    }
  }
  return { filters: result, unknown }
}
