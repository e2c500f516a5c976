/**
 * Ranking quality on the small Dutch labelled set (test/fixtures/match/dutchLabelled.ts, fictional
 * vacancies and CVs with graded relevance), with the shipped subset as the taxonomy. The figure is
 * printed by `npm run bench:match-latency` too, next to a keyword (BM25) baseline.
 */
import { describe, expect, it } from 'vitest'
import { dutchSubset } from '../../../common/match/dutchSubset'
import { ndcgAtK } from '../../../common/match/metrics'
import { subsetTaxonomy } from '../../../common/match/taxonomy'
import { evaluateDutchSet } from '../../fixtures/match/evaluate'

describe('the Dutch labelled set', () => {
  it('computes nDCG@10 with graded relevance', () => {
    expect(ndcgAtK(['a', 'b', 'c'], { a: 3, b: 1 }, 10)).toBe(1)
    expect(ndcgAtK(['b', 'a'], { a: 3, b: 1 }, 10)).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)), 10)
    expect(ndcgAtK(['x'], {}, 10)).toBe(0)
  })

  it('ranks the relevant CVs of every vacancy near the top (nDCG@10 ≥ 0.85 on average, ≥ 0.7 for each vacancy)', () => {
    const result = evaluateDutchSet(subsetTaxonomy(dutchSubset))
    console.log(`Dutch labelled set, nDCG@10: engine ${result.engine.toFixed(3)}, BM25 keyword baseline ${result.baseline.toFixed(3)}`)
    expect(result.engine).toBeGreaterThanOrEqual(0.85)
    for (const [vacancy, scores] of Object.entries(result.perVacancy)) expect(scores.engine, vacancy).toBeGreaterThanOrEqual(0.7)
  })
})
