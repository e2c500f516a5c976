import { describe, expect, it } from 'vitest'

import { retryDelayMs } from '../../../media-worker/queue/backoff'

describe('retryDelayMs', () => {
  it('doubles per attempt around 10 s and stops growing at 10 minutes', () => {
    const mid = () => 0.5
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, mid))).toEqual([10_000, 20_000, 40_000, 80_000])
    expect(retryDelayMs(20, mid)).toBe(600_000)
    expect(retryDelayMs(1, () => 0)).toBe(8_000)
    expect(retryDelayMs(1, () => 1)).toBe(12_000)
  })
})
