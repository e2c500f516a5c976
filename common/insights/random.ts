/**
 * Deterministic randomness for the hook tests: a small seeded generator (so a test, a simulation
 * and a visitor's assignment can be replayed) and Beta draws built from Gamma draws.
 * Pure and dependency-free: the site, the CMS and the benchmarks share it.
 */

/** A uniform draw in [0, 1). */
export type Random = () => number

/**
 * Mulberry32: a 32-bit state generator. Statistically fine for sampling posteriors (not for
 * secrets) and tiny; the same seed gives the same sequence on every engine.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over the UTF-16 code units, then a final avalanche so near-identical inputs spread. */
export function hashToSeed(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A standard normal draw (Marsaglia's polar method; the spare value is dropped to stay stateless). */
export function normal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1
    const v = 2 * random() - 1
    const s = u * u + v * v
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s)
  }
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang (2000). For shape < 1 the method does not apply
 * directly; Gamma(a) = Gamma(a + 1) · U^(1/a) does.
 */
export function gamma(shape: number, random: Random): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma: shape must be a positive finite number, got ${shape}`)
  if (shape < 1) {
    // 1 - random() lies in (0, 1], so the power never takes log(0).
    return gamma(shape + 1, random) * Math.pow(1 - random(), 1 / shape)
  }
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = normal(random)
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = 1 - random()
    // The cheap squeeze accepts most draws; the log test is the exact acceptance condition.
    if (u < 1 - 0.0331 * x * x * x * x) return d * v
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

/** A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function beta(a: number, b: number, random: Random): number {
  const x = gamma(a, random)
  const y = gamma(b, random)
  return x / (x + y)
}
