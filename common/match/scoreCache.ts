/**
 * What makes a tweak cheap: the skills part of the score kept between searches.
 *
 * - Credits: per ESCO skill, the profiles that get credit for it (full for the skill itself, half
 *   for an ESCO-related skill) as a compact vector. Built from the postings once and kept until a
 *   profile with that skill or a related one changes, so a search reads ~10 vectors instead of
 *   merging the posting lists of every related skill again.
 * - Bases: per vacancy, the running skills sum of every profile for the skills of the last search.
 *   A tweak (drop or add a skill, must ↔ nice) adds or subtracts only the changed skills' vectors;
 *   a filter tweak (distance, hours, language, licence) changes no sums at all.
 *
 * Credits are whole numbers (millionths), so adding and subtracting in any order gives exactly the
 * sum a fresh search gives: a tweak ranks exactly as the same query searched from scratch.
 */

export const CREDIT_SCALE = 1_000_000

export interface CreditVector {
  slots: Int32Array
  /** Credit per slot, in millionths (0.6–1 for the skill itself, 0.3–0.5 via a related skill). */
  values: Int32Array
}

type Postings = ReadonlyMap<string, ReadonlyMap<number, number>>

const RELATED_CREDIT = 0.5
const MAX_CREDITS = 512
const MAX_BASES = 8

/** Full credit for the skill itself, scaled by how strongly the profile has it. */
export const ownCredit = (strength: number) => 0.6 + 0.4 * strength
export const relatedCredit = (strength: number) => RELATED_CREDIT * ownCredit(strength)

export class CreditCache {
  private readonly vectors = new Map<string, CreditVector>()
  private best = new Float64Array(0)
  private mark = new Uint32Array(0)
  private reached = new Int32Array(0)
  private generation = 0

  constructor(
    private readonly postings: Postings,
    private readonly related: (uri: string) => ReadonlySet<string>,
    private readonly slotCount: () => number,
  ) {}

  private scratch() {
    const size = this.slotCount()
    if (this.best.length < size) {
      this.best = new Float64Array(Math.max(size, this.best.length * 2))
      this.mark = new Uint32Array(this.best.length)
      this.reached = new Int32Array(this.best.length)
      this.generation = 0
    }
    return { best: this.best, mark: this.mark, reached: this.reached }
  }

  get(uri: string): CreditVector {
    const cached = this.vectors.get(uri)
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      this.vectors.delete(uri)
      this.vectors.set(uri, cached)
      return cached
    }
    // Merged in a dense scratch array (a Map of a hundred thousand entries is what made this slow).
    // The list of reached slots is scratch too: only the finished vector is allocated.
    const { best, mark, reached } = this.scratch()
    const generation = ++this.generation
    let count = 0
    const offer = (slot: number, value: number, own: boolean) => {
      if (mark[slot] !== generation) {
        mark[slot] = generation
        best[slot] = value
        reached[count++] = slot
      } else if (own || value > best[slot]!) best[slot] = value
    }
    for (const other of this.related(uri)) for (const [slot, strength] of this.postings.get(other) ?? []) offer(slot, relatedCredit(strength), false)
    for (const [slot, strength] of this.postings.get(uri) ?? []) offer(slot, ownCredit(strength), true)
    const vector: CreditVector = { slots: reached.slice(0, count), values: new Int32Array(count) }
    for (let i = 0; i < count; i++) vector.values[i] = Math.round(best[reached[i]!]! * CREDIT_SCALE)
    this.vectors.set(uri, vector)
    if (this.vectors.size > MAX_CREDITS) this.vectors.delete(this.vectors.keys().next().value!)
    return vector
  }

  /** A profile with this skill came or went: its vector and those of the skills related to it are stale. */
  changed(uri: string): void {
    // Called for every skill of every upsert (a hundred thousand at start): nothing to do while nothing is kept.
    if (!this.vectors.size) return
    this.vectors.delete(uri)
    const related = this.related(uri)
    if (related.size <= this.vectors.size) for (const other of related) this.vectors.delete(other)
    else for (const kept of [...this.vectors.keys()]) if (related.has(kept)) this.vectors.delete(kept)
  }

  clear(): void {
    this.vectors.clear()
  }

  get size(): number {
    return this.vectors.size
  }
}

/** One vacancy's running skills sums, over the slots of the index it was made for. */
export class QueryBase {
  /** uri → level weight (2 must, 1 nice) of the skills the sums hold now. */
  readonly skills = new Map<string, number>()
  /** Σ credit × weight per slot, in millionths: whole numbers, exact in a double. */
  readonly sum: Float64Array
  /** How many of the skills credit each slot (0: the skills no longer reach it). */
  readonly hits: Uint16Array
  /** Title fit per slot for `occupations`; NaN until first needed. */
  readonly title: Float64Array
  /** Distance in km from `city` per slot; NaN until first needed, -1 when either town is unknown. */
  readonly distance: Float64Array
  private city: string | undefined
  /** Slots any skill or occupation of a search on this base reached, each once. */
  readonly touched: number[] = []
  private readonly seen: Uint8Array

  constructor(
    public version: number,
    public occupations: string,
    size: number,
  ) {
    this.sum = new Float64Array(size)
    this.hits = new Uint16Array(size)
    this.title = new Float64Array(size).fill(Number.NaN)
    this.distance = new Float64Array(size).fill(Number.NaN)
    this.seen = new Uint8Array(size)
  }

  /** Made empty again for another vacancy, in time proportional to what it had reached. */
  reuse(version: number, occupations: string): this {
    for (const slot of this.touched) {
      this.sum[slot] = 0
      this.hits[slot] = 0
      this.title[slot] = Number.NaN
      this.distance[slot] = Number.NaN
      this.seen[slot] = 0
    }
    this.touched.length = 0
    this.skills.clear()
    this.version = version
    this.occupations = occupations
    return this
  }

  /** The vacancy's town; another town forgets the distances. */
  useCity(city: string | undefined): void {
    if (city === this.city) return
    this.city = city
    this.distance.fill(Number.NaN)
  }

  get size(): number {
    return this.sum.length
  }

  touch(slot: number): void {
    if (this.seen[slot]) return
    this.seen[slot] = 1
    this.touched.push(slot)
  }

  /** Drops a slot no skill or occupation reaches any more (the caller removes it from `touched`). */
  forget(slot: number): void {
    this.seen[slot] = 0
    this.title[slot] = Number.NaN
    this.distance[slot] = Number.NaN
  }

  add(vector: CreditVector, weight: number): void {
    const { slots, values } = vector
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      this.sum[slot]! += values[i]! * weight
      this.hits[slot]!++
      this.touch(slot)
    }
  }

  subtract(vector: CreditVector, weight: number): void {
    const { slots, values } = vector
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!
      this.sum[slot]! -= values[i]! * weight
      this.hits[slot]!--
    }
  }

  /** Brings the sums to these skills (uri → weight), touching only the skills that changed. */
  update(wanted: ReadonlyMap<string, number>, credits: CreditCache): void {
    for (const [uri, weight] of [...this.skills]) {
      if (wanted.get(uri) === weight) continue
      this.subtract(credits.get(uri), weight)
      this.skills.delete(uri)
    }
    for (const [uri, weight] of wanted) {
      if (this.skills.has(uri)) continue
      this.add(credits.get(uri), weight)
      this.skills.set(uri, weight)
    }
  }
}

/** The last few vacancies' bases, most recently used kept; a dropped one's arrays serve the next vacancy. */
export class QueryBases {
  private readonly bases = new Map<string, QueryBase>()
  private spare: QueryBase | undefined

  get(key: string, version: number, occupations: string[], size: number, seed: (base: QueryBase) => void): QueryBase {
    const occupationKey = occupations.join('\n')
    let base = this.bases.get(key)
    this.bases.delete(key)
    if (!base || base.version !== version || base.occupations !== occupationKey || base.size !== size) {
      const recycled = base ?? this.spare
      if (recycled === this.spare) this.spare = undefined
      base = recycled && recycled.size === size ? recycled.reuse(version, occupationKey) : new QueryBase(version, occupationKey, size)
      seed(base)
    }
    this.bases.set(key, base)
    if (this.bases.size > MAX_BASES) {
      const oldest = this.bases.keys().next().value!
      this.spare = this.bases.get(oldest)
      this.bases.delete(oldest)
    }
    return base
  }

  clear(): void {
    this.bases.clear()
    this.spare = undefined
  }
}
