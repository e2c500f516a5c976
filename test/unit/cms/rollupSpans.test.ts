import { describe, expect, it } from 'vitest'

import { addDays } from '../../../cms/insights/dashboard'
import { blockStart, dayNumber, periodBlocks, SPANS } from '../../../cms/database/rollupSpans'

describe('the time blocks of the coarse rollups', () => {
  it('cover a period exactly, day by day, with aligned blocks, in a few of them', () => {
    for (const length of [1, 2, 7, 28, 31, 90, 365]) {
      let most = 0
      for (let offset = 0; offset < 170; offset++) {
        const from = addDays('2026-01-01', offset)
        const period = { from, to: addDays(from, length - 1) }
        const blocks = periodBlocks(period)
        const days = blocks.flatMap((b) => Array.from({ length: b.span }, (_, i) => addDays(b.day, i)))
        expect(days).toEqual(Array.from({ length }, (_, i) => addDays(from, i)))
        // Each block is the one rollup row a day of it is written to (blockStart).
        for (const b of blocks) expect(blockStart(addDays(b.day, b.span - 1), b.span)).toBe(b.day)
        most = Math.max(most, blocks.length)
      }
      if (length === 28 || length === 90) expect(most).toBeLessThanOrEqual(10)
    }
  })

  it('put every day in the block that starts on a multiple of its length, across months and years', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('2026-12-01')).toBe(20_788)
    for (const span of SPANS) {
      const start = blockStart('2026-12-31', span)
      expect(dayNumber(start) % span).toBe(0)
      expect(dayNumber('2026-12-31') - dayNumber(start)).toBeLessThan(span)
    }
    expect(blockStart('2027-01-01', 81)).toBe(blockStart('2026-12-31', 81))
    expect(periodBlocks({ from: '2026-12-01', to: '2026-12-03' }, { daily: true })).toEqual([
      { span: 1, day: '2026-12-01' },
      { span: 1, day: '2026-12-02' },
      { span: 1, day: '2026-12-03' },
    ])
  })
})
