import { describe, expect, it } from 'vitest'
import { reciprocalRank, rPrecisionAtK, scoreExtraction } from '../../../common/match/metrics'

describe('skill-extraction metrics (Decorte et al. 2023)', () => {
  it('RP@K divides the gold items in the top K by min(K, number of gold items)', () => {
    // 2 gold, both in the top 5 → 2 / min(5, 2) = 1
    expect(rPrecisionAtK(['a', 'x', 'b', 'y', 'z'], ['a', 'b'], 5)).toBe(1)
    // 3 gold, one in the top 5 → 1 / 3
    expect(rPrecisionAtK(['x', 'a', 'y', 'z', 'w', 'b', 'c'], ['a', 'b', 'c'], 5)).toBeCloseTo(1 / 3)
    // same list at K = 10: all three found → 3 / 3
    expect(rPrecisionAtK(['x', 'a', 'y', 'z', 'w', 'b', 'c'], ['a', 'b', 'c'], 10)).toBe(1)
    // 12 gold, 4 in the top 5 → 4 / min(5, 12) = 0.8
    const gold = 'abcdefghijkl'.split('')
    expect(rPrecisionAtK(['a', 'b', 'x', 'c', 'd'], gold, 5)).toBeCloseTo(0.8)
    expect(rPrecisionAtK([], ['a'], 5)).toBe(0)
  })

  it('counts a repeated item once while it still takes its rank', () => {
    // a, a, a, a, a: one gold item found out of min(5, 2) = 2 → 0.5; b at rank 6 is outside the top 5
    expect(rPrecisionAtK(['a', 'a', 'a', 'a', 'a', 'b'], ['a', 'b'], 5)).toBe(0.5)
  })

  it('MRR is 1 / rank of the first gold item, 0 when none is returned', () => {
    expect(reciprocalRank(['a', 'b'], ['a'])).toBe(1)
    expect(reciprocalRank(['x', 'y', 'b', 'a'], ['a', 'b'])).toBeCloseTo(1 / 3)
    expect(reciprocalRank(['x', 'y'], ['a'])).toBe(0)
  })

  it('averages over sentences', () => {
    const scores = scoreExtraction([
      { ranked: ['a', 'b'], gold: ['a'] }, // RP@5 1, RP@10 1, RR 1
      { ranked: ['x', 'b', 'y'], gold: ['b', 'c'] }, // RP@5 1/2, RP@10 1/2, RR 1/2
      { ranked: ['x'], gold: ['z'] }, // 0, 0, 0
    ])
    expect(scores.sentences).toBe(3)
    expect(scores.rp5).toBeCloseTo(0.5) // (1 + 0.5 + 0) / 3
    expect(scores.rp10).toBeCloseTo(0.5)
    expect(scores.mrr).toBeCloseTo(0.5)
  })
})
