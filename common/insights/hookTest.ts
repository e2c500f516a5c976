/**
 * The maths of a hook test: 2–3 variants of a video's hook, each with a Beta posterior on its
 * goal rate (plays per impression by default). The site picks a variant per impression by
 * Thompson sampling, the admin shows each variant's credible interval and probability of being
 * best, and the test stops itself by `decideHookTest`. Pure: no clock, no I/O, no global random.
 */
import { beta, hashToSeed, seededRandom, type Random } from './random'

export interface VariantStats {
  id: string
  /** Impressions (or whatever the goal is measured against). */
  trials: number
  /** Impressions that reached the goal (a play, or an entry-point start). */
  successes: number
}

/** The draw count for P(best): fixed, so the admin and the stop rule agree run after run. */
export const PROBABILITY_DRAWS = 20_000
export const STOP_PROBABILITY = 0.95
export const DEFAULT_MAX_WEEKS = 4
/** Impressions every variant needs before the probability rule may end a test. */
export const MIN_TRIALS_PER_VARIANT = 100

/** Beta(1, 1) prior — every rate equally likely before the first impression. */
export function posterior(v: VariantStats): { a: number; b: number } {
  const trials = Math.max(0, Math.floor(v.trials))
  const successes = Math.min(trials, Math.max(0, Math.floor(v.successes)))
  return { a: 1 + successes, b: 1 + trials - successes }
}

/** One Thompson-sampling choice: the index of the variant whose posterior draw is highest. */
export function thompsonChoice(variants: readonly VariantStats[], random: Random): number {
  if (variants.length === 0) throw new RangeError('thompsonChoice: no variants')
  let best = 0
  let bestDraw = -1
  variants.forEach((v, i) => {
    const { a, b } = posterior(v)
    const draw = beta(a, b, random)
    if (draw > bestDraw) {
      bestDraw = draw
      best = i
    }
  })
  return best
}

/** The counts the site was given, as text: a new snapshot (more impressions) is a new key. */
export function snapshotKey(variants: readonly VariantStats[]): string {
  return variants.map((v) => `${v.id}:${v.successes}/${v.trials}`).join(',')
}

/**
 * The variant a visitor sees. Seeded from the session hash, the test and the posterior snapshot,
 * so the same session sees the same hook for as long as the snapshot stands (no cookie needed),
 * while across sessions the choices follow Thompson sampling.
 */
export function assignVariant(sessionHash: string, testId: string, variants: readonly VariantStats[]): string {
  const random = seededRandom(hashToSeed(`${testId}|${snapshotKey(variants)}|${sessionHash}`))
  return variants[thompsonChoice(variants, random)]!.id
}

/**
 * P(variant is best) by Monte Carlo over the posteriors. Seeded from the snapshot by default, so
 * the same counts always give the same figures. Ties (practically impossible) go to the first.
 */
export function probabilityBest(variants: readonly VariantStats[], opts: { draws?: number; random?: Random } = {}): number[] {
  const draws = opts.draws ?? PROBABILITY_DRAWS
  const random = opts.random ?? seededRandom(hashToSeed(snapshotKey(variants)))
  const wins = new Array<number>(variants.length).fill(0)
  const params = variants.map(posterior)
  for (let n = 0; n < draws; n++) {
    let best = 0
    let bestDraw = -1
    for (let i = 0; i < params.length; i++) {
      const draw = beta(params[i]!.a, params[i]!.b, random)
      if (draw > bestDraw) {
        bestDraw = draw
        best = i
      }
    }
    wins[best]!++
  }
  return wins.map((w) => w / draws)
}

// ------------------------------------------------------------------ credible interval (exact)

// Lanczos approximation (g = 7, 9 terms): ln Γ to ~15 significant digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
]
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  const z = x - 1
  let sum = LANCZOS[0]!
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i)
  const t = z + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
}

/** The continued fraction of the incomplete beta function, evaluated by the modified Lentz method. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let f = d
  for (let m = 1; m <= 500; m++) {
    // Even step: d_{2m} = m(b−m)x / ((a+2m−1)(a+2m)).
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m))
    d = 1 + even * d
    c = 1 + even / c
    d = 1 / (Math.abs(d) < tiny ? tiny : d)
    c = Math.abs(c) < tiny ? tiny : c
    f *= d * c
    // Odd step: d_{2m+1} = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)).
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
    d = 1 + odd * d
    c = 1 + odd / c
    d = 1 / (Math.abs(d) < tiny ? tiny : d)
    c = Math.abs(c) < tiny ? tiny : c
    const delta = d * c
    f *= delta
    if (Math.abs(delta - 1) < 1e-14) break
  }
  return f
}

/** The regularised incomplete beta function I_x(a, b): the Beta(a, b) distribution function. */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  // The fraction converges fast on this side of the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b
}

/** The p-quantile of Beta(a, b), by bisection on the distribution function (monotone, so it always converges). */
export function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0
  let hi = 1
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (betaCdf(mid, a, b) < p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/** The central credible interval of a variant's rate (95 % by default), with the posterior mean. */
export function credibleInterval(v: VariantStats, level = 0.95): { low: number; high: number; mean: number } {
  const { a, b } = posterior(v)
  const tail = (1 - level) / 2
  return { low: betaQuantile(tail, a, b), high: betaQuantile(1 - tail, a, b), mean: a / (a + b) }
}

// ------------------------------------------------------------------ stop rule

export type HookTestDecision =
  | { state: 'running'; probabilities: number[] }
  | { state: 'decided'; winner: string; reason: 'probability' | 'time'; probabilities: number[] }

/**
 * A test ends itself when one variant's P(best) reaches the threshold, or when its time is up
 * (then the variant most likely to be best wins; with no data at all, the first — the original).
 */
export function decideHookTest(input: {
  variants: readonly VariantStats[]
  startedAt: Date
  now: Date
  maxWeeks?: number
  threshold?: number
  draws?: number
  /** The probability rule waits until every variant has had this many trials (a lucky first hour decides nothing). */
  minTrials?: number
}): HookTestDecision {
  const probabilities = probabilityBest(input.variants, { draws: input.draws })
  const threshold = input.threshold ?? STOP_PROBABILITY
  let leader = 0
  probabilities.forEach((p, i) => {
    if (p > probabilities[leader]!) leader = i
  })
  const enoughData = input.variants.every((v) => v.trials >= (input.minTrials ?? 0))
  if (enoughData && probabilities[leader]! >= threshold) return { state: 'decided', winner: input.variants[leader]!.id, reason: 'probability', probabilities }
  const weeks = (input.now.getTime() - input.startedAt.getTime()) / (7 * 24 * 3600_000)
  if (weeks >= (input.maxWeeks ?? DEFAULT_MAX_WEEKS)) {
    const anyData = input.variants.some((v) => v.trials > 0)
    return { state: 'decided', winner: input.variants[anyData ? leader : 0]!.id, reason: 'time', probabilities }
  }
  return { state: 'running', probabilities }
}
