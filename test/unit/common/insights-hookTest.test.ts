import { describe, expect, it } from 'vitest'

import { assignVariant, betaCdf, betaQuantile, credibleInterval, decideHookTest, lnGamma, probabilityBest, thompsonChoice } from '../../../common/insights/hookTest'
import { beta, gamma, hashToSeed, seededRandom } from '../../../common/insights/random'

const moments = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length
  return { mean, variance: xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length }
}

describe('seeded randomness', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const seqA = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(seqA)
    expect([c(), c(), c()]).not.toEqual(seqA)
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true)
  })

  it('spreads near-identical texts over different seeds', () => {
    expect(hashToSeed('session-1')).not.toBe(hashToSeed('session-2'))
    expect(hashToSeed('abc')).toBe(hashToSeed('abc'))
  })

  it.each([0.3, 1, 2.5, 40])('draws Gamma(%s) with the right mean and variance (both equal the shape)', (shape) => {
    const random = seededRandom(7)
    const { mean, variance } = moments(Array.from({ length: 60_000 }, () => gamma(shape, random)))
    expect(mean).toBeCloseTo(shape, shape < 5 ? 1 : 0)
    expect(Math.abs(variance - shape) / shape).toBeLessThan(0.05)
  })

  it('draws Beta(a, b) with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', () => {
    const random = seededRandom(11)
    const [a, b] = [3, 47]
    const { mean, variance } = moments(Array.from({ length: 60_000 }, () => beta(a, b, random)))
    expect(mean).toBeCloseTo(a / (a + b), 3)
    expect(Math.abs(variance - (a * b) / ((a + b) ** 2 * (a + b + 1))) / variance).toBeLessThan(0.05)
  })

  it('refuses a shape that is not positive', () => {
    expect(() => gamma(0, seededRandom(1))).toThrow(/positive/)
  })
})

describe('credible interval', () => {
  it('ln Γ matches factorials', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12)
    expect(lnGamma(6)).toBeCloseTo(Math.log(120), 12)
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12)
  })

  it('Beta(1,1) — no data — gives the 2.5 % and 97.5 % points of a uniform', () => {
    const ci = credibleInterval({ id: 'a', trials: 0, successes: 0 })
    expect(ci.low).toBeCloseTo(0.025, 9)
    expect(ci.high).toBeCloseTo(0.975, 9)
    expect(ci.mean).toBe(0.5)
  })

  it('matches closed forms: Beta(2,1) has CDF x², Beta(1,11) has CDF 1 − (1 − x)¹¹', () => {
    const one = credibleInterval({ id: 'a', trials: 1, successes: 1 }) // Beta(2, 1)
    expect(one.low).toBeCloseTo(Math.sqrt(0.025), 9)
    expect(one.high).toBeCloseTo(Math.sqrt(0.975), 9)
    const none = credibleInterval({ id: 'a', trials: 10, successes: 0 }) // Beta(1, 11)
    expect(none.low).toBeCloseTo(1 - Math.pow(0.975, 1 / 11), 9)
    expect(none.high).toBeCloseTo(1 - Math.pow(0.025, 1 / 11), 9)
  })

  it('is symmetric for a symmetric posterior and narrows with data', () => {
    expect(betaCdf(0.5, 30, 30)).toBeCloseTo(0.5, 10)
    const small = credibleInterval({ id: 'a', trials: 100, successes: 5 })
    const large = credibleInterval({ id: 'a', trials: 10_000, successes: 500 })
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5)
    expect(large.low).toBeLessThan(0.05)
    expect(large.high).toBeGreaterThan(0.05)
    expect(betaCdf(betaQuantile(0.3, 51, 9951), 51, 9951)).toBeCloseTo(0.3, 8)
  })
})

describe('probability of being best', () => {
  it('is 2/3 vs 1/3 for Beta(2,1) against Beta(1,1) (exact: ∫ 2x · x dx)', () => {
    const p = probabilityBest([
      { id: 'a', trials: 1, successes: 1 },
      { id: 'b', trials: 0, successes: 0 },
    ])
    expect(p[0]).toBeCloseTo(2 / 3, 1)
    expect(Math.abs(p[0]! - 2 / 3)).toBeLessThan(0.015)
    expect(p[0]! + p[1]!).toBeCloseTo(1, 10)
  })

  it('is near 0.5 for two variants with the same counts', () => {
    const p = probabilityBest([
      { id: 'a', trials: 1000, successes: 50 },
      { id: 'b', trials: 1000, successes: 50 },
    ])
    expect(Math.abs(p[0]! - 0.5)).toBeLessThan(0.02)
  })

  it('is near 1 for a clearly better variant (8 % against 4 % over 1,000 impressions each)', () => {
    const p = probabilityBest([
      { id: 'a', trials: 1000, successes: 40 },
      { id: 'b', trials: 1000, successes: 80 },
    ])
    expect(p[1]).toBeGreaterThan(0.999)
  })

  it('gives the same figures for the same counts (seeded from the snapshot)', () => {
    const variants = [
      { id: 'a', trials: 300, successes: 14 },
      { id: 'b', trials: 310, successes: 19 },
      { id: 'c', trials: 290, successes: 12 },
    ]
    expect(probabilityBest(variants)).toEqual(probabilityBest(variants))
  })
})

describe('Thompson sampling and stable assignment', () => {
  const variants = [
    { id: 'a', trials: 2000, successes: 80 },
    { id: 'b', trials: 2000, successes: 120 },
  ]

  it('gives the same session the same variant for the same snapshot', () => {
    for (let i = 0; i < 50; i++) expect(assignVariant(`s${i}`, 'test-1', variants)).toBe(assignVariant(`s${i}`, 'test-1', variants))
  })

  it('serves both variants across sessions while the posteriors overlap', () => {
    const even = [
      { id: 'a', trials: 10, successes: 1 },
      { id: 'b', trials: 10, successes: 1 },
    ]
    const seen = new Set(Array.from({ length: 100 }, (_, i) => assignVariant(`session-${i}`, 'test-1', even)))
    expect(seen).toEqual(new Set(['a', 'b']))
  })

  it('sends most sessions to the variant that is clearly better', () => {
    const toB = Array.from({ length: 1000 }, (_, i) => assignVariant(`session-${i}`, 'test-1', variants)).filter((v) => v === 'b').length
    expect(toB).toBeGreaterThan(950)
  })

  it('thompsonChoice picks an index of the list', () => {
    const random = seededRandom(3)
    for (let i = 0; i < 20; i++) expect([0, 1]).toContain(thompsonChoice(variants, random))
  })
})

describe('stop rule', () => {
  const startedAt = new Date('2026-11-01T00:00:00Z')
  const week = 7 * 24 * 3600_000

  it('declares the winner once its probability of being best reaches 95 %', () => {
    const d = decideHookTest({ variants: [{ id: 'a', trials: 1000, successes: 40 }, { id: 'b', trials: 1000, successes: 80 }], startedAt, now: new Date(startedAt.getTime() + week) })
    expect(d).toMatchObject({ state: 'decided', winner: 'b', reason: 'probability' })
  })

  it('lets no lucky start decide: the probability rule waits for enough impressions on every variant', () => {
    const lucky = [{ id: 'a', trials: 30, successes: 1 }, { id: 'b', trials: 30, successes: 12 }]
    expect(decideHookTest({ variants: lucky, startedAt, now: new Date(startedAt.getTime() + 3600_000) }).state).toBe('decided')
    expect(decideHookTest({ variants: lucky, startedAt, now: new Date(startedAt.getTime() + 3600_000), minTrials: 100 }).state).toBe('running')
  })

  it('keeps running while it is undecided and time is left', () => {
    const d = decideHookTest({ variants: [{ id: 'a', trials: 200, successes: 10 }, { id: 'b', trials: 200, successes: 11 }], startedAt, now: new Date(startedAt.getTime() + week), maxWeeks: 4 })
    expect(d.state).toBe('running')
  })

  it('ends after the set number of weeks with the likeliest variant', () => {
    const d = decideHookTest({ variants: [{ id: 'a', trials: 200, successes: 10 }, { id: 'b', trials: 200, successes: 13 }], startedAt, now: new Date(startedAt.getTime() + 4 * week), maxWeeks: 4 })
    expect(d).toMatchObject({ state: 'decided', winner: 'b', reason: 'time' })
  })

  it('keeps the original (first) hook when time is up without any impressions', () => {
    const d = decideHookTest({ variants: [{ id: 'orig', trials: 0, successes: 0 }, { id: 'new', trials: 0, successes: 0 }], startedAt, now: new Date(startedAt.getTime() + 5 * week), maxWeeks: 4 })
    expect(d).toMatchObject({ state: 'decided', winner: 'orig', reason: 'time' })
  })
})
