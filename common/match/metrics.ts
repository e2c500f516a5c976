/**
 * Skill-extraction metrics as defined by Decorte et al. (2023): per sentence, then averaged.
 * A gold item is matched by URI; a repeated item in the ranking counts once, at its first rank,
 * while every returned item (ESCO skill or not) takes a rank.
 */

/** RP@K = |gold ∩ top K| / min(K, |gold|). */
export function rPrecisionAtK(ranked: string[], gold: string[], k: number): number {
  const goldSet = new Set(gold)
  if (goldSet.size === 0) return 0
  const seen = new Set<string>()
  let hits = 0
  for (const item of ranked.slice(0, k)) {
    if (seen.has(item)) continue
    seen.add(item)
    if (goldSet.has(item)) hits++
  }
  return hits / Math.min(k, goldSet.size)
}

/** 1 / rank of the first gold item, 0 when none is returned. */
export function reciprocalRank(ranked: string[], gold: string[]): number {
  const goldSet = new Set(gold)
  const index = ranked.findIndex((item) => goldSet.has(item))
  return index < 0 ? 0 : 1 / (index + 1)
}

export interface ExtractionScores {
  rp5: number
  rp10: number
  mrr: number
  sentences: number
}

/** Averages over sentences; values in 0..1. */
export function scoreExtraction(cases: { ranked: string[]; gold: string[] }[]): ExtractionScores {
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0)
  return {
    rp5: mean(cases.map((c) => rPrecisionAtK(c.ranked, c.gold, 5))),
    rp10: mean(cases.map((c) => rPrecisionAtK(c.ranked, c.gold, 10))),
    mrr: mean(cases.map((c) => reciprocalRank(c.ranked, c.gold))),
    sentences: cases.length,
  }
}

/** nDCG@K with graded relevance (gain 2^rel − 1, log2 discount); 0 when nothing is relevant. */
export function ndcgAtK(ranked: string[], grades: Record<string, number>, k: number): number {
  const gain = (rel: number) => 2 ** rel - 1
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0)
  const ideal = Object.values(grades)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0)
  return ideal > 0 ? dcg / ideal : 0
}
