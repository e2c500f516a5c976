import { describe, expect, it } from 'vitest'

import { formatAmsterdam } from '../../../cms/lib/amsterdamTime'

describe('admin dates', () => {
  it('read the Dutch way, in Amsterdam time (winter: UTC+1)', () => {
    expect(formatAmsterdam('2026-12-02T17:11:00.000Z', 'nl')).toBe('2 december 2026 18:11')
    expect(formatAmsterdam('2026-12-02T17:11:00.000Z', 'en')).toBe('2 December 2026 18:11')
  })

  it('follow summer time (UTC+2) and the date line at midnight', () => {
    expect(formatAmsterdam('2026-07-14T22:30:00.000Z', 'nl')).toBe('15 juli 2026 00:30')
    expect(formatAmsterdam('2026-07-14T22:30:00.000Z', 'nl', false)).toBe('15 juli 2026')
  })

  it('show nothing for an empty or broken value', () => {
    expect(formatAmsterdam(null, 'nl')).toBe('')
    expect(formatAmsterdam('', 'nl')).toBe('')
    expect(formatAmsterdam('not a date', 'nl')).toBe('')
  })
})
