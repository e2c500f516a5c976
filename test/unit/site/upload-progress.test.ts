import { describe, expect, it } from 'vitest'

import { amountText, progressText, secondsLeft, timeLeftText } from '../../../site/lib/upload-progress'

const MB = 1024 ** 2

describe('upload progress in words', () => {
  it('says how much of the file has arrived, in the unit of the total', () => {
    expect(amountText(12 * MB, 48 * MB, 'nl')).toBe('12 van 48 MB')
    expect(amountText(12 * MB, 48 * MB, 'en')).toBe('12 of 48 MB')
    expect(amountText(1.2 * 1024 * MB, 2.1 * 1024 * MB, 'nl')).toBe('1,2 van 2,1 GB')
    expect(amountText(0.5 * MB, 6 * MB, 'nl')).toBe('0,5 van 6 MB')
  })

  it('reckons the time left from this run only: a resumed upload does not count what arrived before', () => {
    // 36 MB left at 0.6 MB/s (6 MB in 10 s since the resume at 6 MB) is a minute.
    expect(secondsLeft({ sent: 12 * MB, total: 48 * MB, startOffset: 6 * MB, elapsedMs: 10_000 })).toBeCloseTo(60)
    expect(progressText({ sent: 12 * MB, total: 48 * MB, startOffset: 6 * MB, elapsedMs: 10_000 }, 'nl')).toBe('12 van 48 MB · nog ongeveer 1 min')
    expect(progressText({ sent: 12 * MB, total: 48 * MB, startOffset: 6 * MB, elapsedMs: 10_000 }, 'en')).toBe('12 of 48 MB · about 1 min left')
  })

  it('makes no guess on too little to go on', () => {
    expect(secondsLeft({ sent: 5 * MB, total: 48 * MB, startOffset: 0, elapsedMs: 500 })).toBeNull()
    expect(secondsLeft({ sent: 100_000, total: 48 * MB, startOffset: 0, elapsedMs: 5000 })).toBeNull()
    expect(progressText({ sent: 5 * MB, total: 48 * MB, startOffset: 0, elapsedMs: 500 }, 'nl')).toBe('5 van 48 MB')
  })

  it('words short and long waits', () => {
    expect(timeLeftText(20, 'nl')).toBe('nog minder dan een minuut')
    expect(timeLeftText(20, 'en')).toBe('less than a minute left')
    expect(timeLeftText(5 * 60 + 10, 'nl')).toBe('nog ongeveer 5 min')
    expect(timeLeftText(3 * 3600, 'nl')).toBe('nog ongeveer 3 uur')
    expect(timeLeftText(0, 'nl')).toBe('')
    expect(timeLeftText(null, 'nl')).toBe('')
  })
})
