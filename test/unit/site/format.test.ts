import { describe, expect, it } from 'vitest'

import { formatDate, formatEmploymentType, formatEuro, formatHours, formatSalary } from '../../../site/lib/format'

// Intl uses narrow no-break spaces in some locales; compare with normal spaces.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null

describe('formatSalary', () => {
  it('formats a monthly range in Dutch and British English', () => {
    expect(plain(formatSalary(4200, 5600, 'MONTH', 'nl'))).toBe('€ 4.200 – € 5.600 per maand')
    expect(plain(formatSalary(4200, 5600, 'MONTH', 'en'))).toBe('€4,200 – €5,600 per month')
  })

  it('shows cents for hourly wages, for both ends of the range', () => {
    expect(plain(formatSalary(15.5, 17, 'HOUR', 'nl'))).toBe('€ 15,50 – € 17,00 per uur')
    expect(plain(formatSalary(15.5, 17, 'HOUR', 'en'))).toBe('€15.50 – €17.00 per hour')
  })

  it('handles one-sided and equal ranges', () => {
    expect(plain(formatSalary(3000, null, 'MONTH', 'nl'))).toBe('vanaf € 3.000 per maand')
    expect(plain(formatSalary(undefined, 60000, 'YEAR', 'en'))).toBe('up to €60,000 per year')
    expect(plain(formatSalary(3000, 3000, 'MONTH', 'en'))).toBe('€3,000 per month')
    expect(plain(formatSalary(3000, 4000, null, 'nl'))).toBe('€ 3.000 – € 4.000')
  })

  it('returns null without a salary', () => {
    expect(formatSalary(null, null, 'MONTH', 'nl')).toBeNull()
    expect(formatSalary(undefined, Number.NaN, 'MONTH', 'en')).toBeNull()
  })

  it('formatEuro uses the locale', () => {
    expect(plain(formatEuro(1234567, 'nl'))).toBe('€ 1.234.567')
    expect(plain(formatEuro(1234567, 'en'))).toBe('€1,234,567')
  })
})

describe('formatHours', () => {
  it('formats ranges, fixed hours and one-sided ranges', () => {
    expect(formatHours(32, 40, 'nl')).toBe('32–40 uur per week')
    expect(formatHours(32, 40, 'en')).toBe('32–40 hours a week')
    expect(formatHours(40, 40, 'nl')).toBe('40 uur per week')
    expect(formatHours(24, null, 'en')).toBe('from 24 hours a week')
    expect(formatHours(null, 20, 'nl')).toBe('tot 20 uur per week')
    expect(formatHours(null, undefined, 'nl')).toBeNull()
  })

  it('keeps half hours', () => {
    expect(formatHours(22.5, 22.5, 'nl')).toBe('22,5 uur per week')
  })
})

describe('formatEmploymentType and formatDate', () => {
  it('translates employment types', () => {
    expect(formatEmploymentType('FULL_TIME', 'nl')).toBe('Fulltime')
    expect(formatEmploymentType('INTERN', 'en')).toBe('Internship')
    expect(formatEmploymentType(null, 'en')).toBeNull()
  })

  it('formats dates in Dutch time', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(formatDate('2027-03-31T23:30:00.000Z', 'nl')).toBe('1 april 2027')
    expect(formatDate('2027-03-31T12:00:00.000Z', 'en')).toBe('31 March 2027')
    expect(formatDate('not a date', 'en')).toBeNull()
    expect(formatDate(null, 'en')).toBeNull()
  })
})
