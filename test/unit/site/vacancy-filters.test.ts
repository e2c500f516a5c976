import { describe, expect, it } from 'vitest'

import type { Department, Vacancy } from '../../../cms/payload-types'
import { formatEmploymentType } from '../../../site/lib/format'
import {
  dropUnknownFilters,
  facetsFor,
  hoursOverlap,
  matchesFilters,
  normaliseText,
  parseVacancyFilters,
  placeOf,
  vacancyListHref,
  withoutFilter,
} from '../../../site/lib/vacancy-filters'

const dept = (slug: string, name: string): Department => ({ id: `d-${slug}`, slug, name, updatedAt: '', createdAt: '' }) as Department

const sales = dept('sales', 'Sales')
const service = dept('klantenservice', 'Klantenservice')
const account = dept('accountmanagement', 'Accountmanagement')

const vacancy = (over: Partial<Vacancy>): Vacancy =>
  ({ id: over.slug, status: 'open', location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', updatedAt: '', createdAt: '', ...over }) as Vacancy

const text = (t: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: t }] }] } })

const vacancies = [
  vacancy({ slug: 'inside-sales', title: 'Inside sales medewerker', department: sales, hoursMin: 36, hoursMax: 40, description: text('Je belt met verladers in heel Europa.') as never }),
  vacancy({ slug: 'klantenservice', title: 'Klantenservicemedewerker', department: service, hoursMin: 24, hoursMax: 32, employmentType: 'PART_TIME', summary: 'De stem van Noordhaven.' }),
  vacancy({ slug: 'kam', title: 'Key account manager', department: account, location: 'Rotterdam / hybride', hoursMin: 38, hoursMax: 40 }),
  vacancy({ slug: 'binnendienst', title: 'Accountmanager binnendienst', department: account, location: 'Breda', hoursMin: 16, hoursMax: 24, employmentType: 'PART_TIME' }),
]

const labels = { hours: { '0-24': 'tot 24 uur', '24-32': '24 tot 32 uur', '32-40': '32 tot 40 uur' }, type: (t: Vacancy['employmentType']) => formatEmploymentType(t, 'nl') }

describe('reading filters from the query string', () => {
  it('reads the Dutch names on Dutch pages, and the English names too', () => {
    const nl = parseVacancyFilters(new URLSearchParams('zoek=planner&afdeling=sales&locatie=Rotterdam&uren=32-40&dienstverband=part-time'), 'nl')
    expect(nl).toEqual({ filters: { q: 'planner', department: 'sales', location: 'Rotterdam', hours: '32-40', type: 'part-time' }, invalid: [] })
    expect(parseVacancyFilters(new URLSearchParams('department=sales&q=x'), 'nl').filters).toEqual({ q: 'x', department: 'sales' })
    expect(parseVacancyFilters(new URLSearchParams('department=sales&hours=0-24'), 'en').filters).toEqual({ department: 'sales', hours: '0-24' })
  })

  it('reports malformed values and ignores empty ones', () => {
    const { filters, invalid } = parseVacancyFilters(new URLSearchParams('afdeling=%3Cscript%3E&uren=99&dienstverband=slave&locatie=&zoek='), 'nl')
    expect(filters).toEqual({})
    expect(invalid.sort()).toEqual(['department', 'hours', 'type'])
    expect(parseVacancyFilters(new URLSearchParams(`zoek=${'x'.repeat(101)}`), 'nl').invalid).toEqual(['q'])
  })

  it('cleans the search text', () => {
    expect(parseVacancyFilters(new URLSearchParams('zoek=%20key%0A%0Aaccount%20%20'), 'nl').filters.q).toBe('key account')
  })
})

describe('links', () => {
  it('one URL per result, in the page’s language, with a fixed parameter order', () => {
    expect(vacancyListHref('/vacatures', 'nl', { type: 'full-time', q: 'sales manager', department: 'sales' })).toBe('/vacatures?zoek=sales+manager&afdeling=sales&dienstverband=full-time')
    expect(vacancyListHref('/en/vacancies', 'en', { department: 'sales' })).toBe('/en/vacancies?department=sales')
    expect(vacancyListHref('/vacatures', 'nl', withoutFilter({ department: 'sales' }, 'department'))).toBe('/vacatures')
  })
})

describe('matching', () => {
  it('searches title, text, team and place, without minding case or accents', () => {
    const find = (q: string) => vacancies.filter((v) => matchesFilters(v, { q })).map((v) => v.slug)
    expect(find('SALES')).toEqual(['inside-sales'])
    expect(find('europa verladers')).toEqual(['inside-sales'])
    expect(find('stem noordhaven')).toEqual(['klantenservice'])
    expect(find('breda')).toEqual(['binnendienst'])
    expect(find('accountmanagement')).toEqual(['kam', 'binnendienst'])
    expect(find('klantenservicé')).toEqual(['klantenservice'])
    expect(find('loodgieter')).toEqual([])
  })

  it('filters by team, place, hours and employment type together', () => {
    const find = (f: Parameters<typeof matchesFilters>[1]) => vacancies.filter((v) => matchesFilters(v, f)).map((v) => v.slug)
    expect(find({ department: 'accountmanagement' })).toEqual(['kam', 'binnendienst'])
    expect(find({ location: 'rotterdam' })).toEqual(['inside-sales', 'klantenservice', 'kam'])
    expect(find({ hours: '0-24' })).toEqual(['binnendienst'])
    expect(find({ type: 'part-time', location: 'Breda' })).toEqual(['binnendienst'])
    expect(find({ department: 'sales', type: 'part-time' })).toEqual([])
  })

  it('reads places and hours the way people mean them', () => {
    expect(placeOf('Rotterdam / hybride')).toBe('Rotterdam')
    expect(placeOf('Moerdijk (haven)')).toBe('Moerdijk')
    expect(hoursOverlap({ hoursMin: 32, hoursMax: 40 }, '24-32')).toBe(false)
    expect(hoursOverlap({ hoursMin: 28, hoursMax: 36 }, '24-32')).toBe(true)
    expect(hoursOverlap({ hoursMin: 28, hoursMax: 36 }, '32-40')).toBe(true)
    expect(hoursOverlap({ hoursMin: 36, hoursMax: 40 }, '24-32')).toBe(false)
    expect(hoursOverlap({ hoursMin: 40, hoursMax: 40 }, '32-40')).toBe(true)
    expect(hoursOverlap({ hoursMin: null, hoursMax: 20 }, '0-24')).toBe(true)
    expect(hoursOverlap({ hoursMin: null, hoursMax: null }, '0-24')).toBe(false)
    expect(normaliseText('Café-medewerker!')).toBe('cafe medewerker')
  })

  it('puts a job of a fixed number of hours under exactly one "Uren per week" chip', () => {
    for (let hours = 1; hours <= 40; hours++) {
      const buckets = (['0-24', '24-32', '32-40'] as const).filter((b) => hoursOverlap({ hoursMin: hours, hoursMax: hours }, b))
      expect(buckets, `${hours} hours`).toHaveLength(1)
    }
    expect(hoursOverlap({ hoursMin: 24, hoursMax: 24 }, '0-24')).toBe(false)
    expect(hoursOverlap({ hoursMin: 32, hoursMax: 32 }, '24-32')).toBe(false)
  })
})

describe('facets', () => {
  it('counts every option over all open vacancies', () => {
    const facets = facetsFor(vacancies, {}, labels, [sales, service, account, dept('it', 'IT')])
    expect(facets.department).toEqual([
      { value: 'accountmanagement', label: 'Accountmanagement', count: 2 },
      { value: 'klantenservice', label: 'Klantenservice', count: 1 },
      { value: 'sales', label: 'Sales', count: 1 },
    ])
    expect(facets.location).toEqual([
      { value: 'Breda', label: 'Breda', count: 1 },
      { value: 'Rotterdam', label: 'Rotterdam', count: 3 },
    ])
    expect(facets.hours.map((o) => [o.value, o.count])).toEqual([['0-24', 1], ['24-32', 2], ['32-40', 3]])
    expect(facets.type.map((o) => [o.label, o.count])).toEqual([['Fulltime', 2], ['Parttime', 2]])
  })

  it('keeps a chosen team without vacancies, and drops names that do not exist', () => {
    const facets = facetsFor(vacancies, { department: 'it' }, labels, [sales, dept('it', 'IT')])
    expect(facets.department.find((o) => o.value === 'it')).toEqual({ value: 'it', label: 'IT', count: 0 })
    expect(dropUnknownFilters({ department: 'it', location: 'rotterdam' }, facets)).toEqual({ filters: { department: 'it', location: 'Rotterdam' }, unknown: [] })
    expect(dropUnknownFilters({ department: 'bestaat-niet', location: 'Utrecht', q: 'x' }, facets)).toEqual({ filters: { q: 'x' }, unknown: ['department', 'location'] })
  })
})

describe('the short address of a submitted form', () => {
  it('drops empty filter fields and keeps everything else', async () => {
    const { withoutEmptyFilterParams } = await import('../../../site/lib/vacancy-filters')
    expect(withoutEmptyFilterParams(new URLSearchParams('zoek=&afdeling=sales&locatie=&uren=&dienstverband=&utm_source=li'))?.toString()).toBe('afdeling=sales&utm_source=li')
    expect(withoutEmptyFilterParams(new URLSearchParams('q=&department='))?.toString()).toBe('')
    expect(withoutEmptyFilterParams(new URLSearchParams('afdeling=sales&utm_source='))).toBeNull()
  })
})
