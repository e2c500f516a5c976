import { describe, expect, it } from 'vitest'

import { dutchDay, isOpenForApplications } from '../../../common/vacancy'

describe('isOpenForApplications (the one rule for the vacancy page and the CMS endpoint)', () => {
  const now = new Date('2027-03-12T15:00:00.000Z')

  it('is closed when the status is not open', () => {
    expect(isOpenForApplications({ status: 'closed', validThrough: null }, now)).toBe(false)
    expect(isOpenForApplications({ status: 'draft', validThrough: null }, now)).toBe(false)
  })

  it('is open through the whole valid-through day, in Dutch time', () => {
    expect(isOpenForApplications({ status: 'open', validThrough: '2027-03-12T00:00:00.000Z' }, now)).toBe(true)
    expect(isOpenForApplications({ status: 'open', validThrough: '2027-03-11T12:00:00.000Z' }, now)).toBe(false)
    expect(isOpenForApplications({ status: 'open', validThrough: null }, now)).toBe(true)
    expect(isOpenForApplications({ status: 'open', validThrough: 'garbage' }, now)).toBe(true)
  })

  it('closes at midnight in Amsterdam, not 24 hours after the stored time', () => {
    // Stored as 10:00 UTC on 12 March: the CMS used to take applications until 10:00 UTC on 13 March.
    const vacancy = { status: 'open', validThrough: '2027-03-12T10:00:00.000Z' }
    expect(isOpenForApplications(vacancy, new Date('2027-03-12T22:59:00.000Z'))).toBe(true) // 23:59 in Amsterdam (winter)
    expect(isOpenForApplications(vacancy, new Date('2027-03-12T23:01:00.000Z'))).toBe(false) // 00:01 on 13 March
    expect(isOpenForApplications(vacancy, new Date('2027-03-13T08:00:00.000Z'))).toBe(false)
  })

  it("takes the date as Amsterdam reads it: a date picked in the admin at local midnight is that day", () => {
    // Midnight 1 July in Amsterdam (summer time) is 22:00 UTC on 30 June.
    const vacancy = { status: 'open', validThrough: '2027-06-30T22:00:00.000Z' }
    expect(dutchDay(new Date(vacancy.validThrough))).toBe('2027-07-01')
    expect(isOpenForApplications(vacancy, new Date('2027-07-01T21:30:00.000Z'))).toBe(true)
    expect(isOpenForApplications(vacancy, new Date('2027-07-01T22:30:00.000Z'))).toBe(false)
  })
})

describe('startOfDutchDay (the same rule as a database query)', () => {
  it('is midnight in Amsterdam, in winter and in summer', async () => {
    const { startOfDutchDay } = await import('../../../common/vacancy')
    expect(startOfDutchDay(new Date('2027-03-12T15:00:00.000Z')).toISOString()).toBe('2027-03-11T23:00:00.000Z')
    expect(startOfDutchDay(new Date('2027-07-01T08:00:00.000Z')).toISOString()).toBe('2027-06-30T22:00:00.000Z')
    // 23:30 UTC on 12 March is already 13 March in Amsterdam.
    expect(startOfDutchDay(new Date('2027-03-12T23:30:00.000Z')).toISOString()).toBe('2027-03-12T23:00:00.000Z')
  })

  it('agrees with isOpenForApplications for valid-through dates around it', async () => {
    const { startOfDutchDay } = await import('../../../common/vacancy')
    const now = new Date('2027-10-31T12:00:00.000Z')
    const start = startOfDutchDay(now).getTime()
    for (const offsetMinutes of [-61, -1, 0, 1, 60, 24 * 60]) {
      const validThrough = new Date(start + offsetMinutes * 60_000).toISOString()
      expect(isOpenForApplications({ status: 'open', validThrough }, now)).toBe(offsetMinutes >= 0)
    }
  })
})
