/**
 * The CMS process's match engine: the taxonomy (the ESCO import when present, else the shipped
 * subset), loaded once and lazily, plus the company's own terms from `skill-terms`.
 *
 * A change to the terms never blocks a request: the new engine (label indexes included, seconds
 * with a full import) and everything tied to it (the talent index, moved over by its listener) are
 * built in small slices between requests, while every request keeps getting the engine it had; then
 * they are swapped in one synchronous step. A further change while one is being built makes that
 * build stop at its next slice and a new one start, so the last change is the state that remains.
 *
 * Other processes (the seed, a second CMS) may change the terms too, so each search and proposal
 * first asks the database whether they changed (one small query) before it uses the engine.
 */
import type { Payload } from 'payload'

import { withCompanyTerms, type CompanyTerm } from '../../common/match/companyTerms'
import { MatchEngine } from '../../common/match/engine'
import { runGradually, type Steps } from '../../common/match/stepwise'
import type { Taxonomy } from '../../common/match/taxonomy'
import { dataDir } from '../lib/paths'
import { storedCompanyTerms } from './storedTerms'
import { loadTaxonomyOrSubset } from './taxonomyStore'

export { toCompanyTerm } from './storedTerms'

/** Whoever holds data tied to an engine (the talent index): moves it to the next one, then is told of the swap. */
export interface EngineFollower {
  /** Steps run between requests before the swap; `previous` keeps serving meanwhile. */
  prepare(previous: MatchEngine, next: MatchEngine): Steps
  /** Synchronous, right at the swap: bring over what changed during prepare. `prepared` is false when there was nothing to prepare from. */
  swapped(previous: MatchEngine | undefined, next: MatchEngine, prepared: boolean): void
}

let base: { taxonomy: Taxonomy; source: 'esco' | 'subset' } | undefined
let engine: MatchEngine | undefined
/** The terms the served engine was built with (or will be built with, lazily, when none is built yet). */
let terms: CompanyTerm[] = []
let stamp: string | undefined
const followers: EngineFollower[] = []

/** The build in progress, if any: its terms, and a promise that settles when it is swapped in or given up. */
let pending: { generation: number; terms: CompanyTerm[]; done: Promise<void> } | undefined
let generation = 0
let swaps = 0

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

function baseTaxonomy() {
  base ??= loadTaxonomyOrSubset(dataDir)
  return base
}

/** The process's engine as it is now (without asking the database about new terms). */
export function matchEngine(): MatchEngine {
  engine ??= new MatchEngine(withCompanyTerms(baseTaxonomy().taxonomy, terms))
  return engine
}

export function taxonomySource(): 'esco' | 'subset' {
  return baseTaxonomy().source
}

/** The taxonomy with the terms as stored now: what checks on a new term compare against (not the engine, which may still be the old one). */
export function taxonomyWith(current: CompanyTerm[]): Taxonomy {
  return withCompanyTerms(baseTaxonomy().taxonomy, current)
}

export function followEngine(follower: EngineFollower): void {
  followers.push(follower)
}

/** For tests and the benchmark: whether a new engine is being built, and how many were swapped in. */
export function engineStatus(): { building: boolean; swaps: number; terms: CompanyTerm[] } {
  return { building: Boolean(pending), swaps, terms }
}

const same = (a: CompanyTerm[], b: CompanyTerm[]) => JSON.stringify(a) === JSON.stringify(b)

async function build(own: number, next: CompanyTerm[]): Promise<void> {
  const stale = () => own !== generation
  await breathe()
  if (stale()) return
  const built = await runGradually(MatchEngine.stepwise(taxonomyWith(next)), breathe, { stale })
  if (built.stopped) return
  const previous = engine
  if (previous) {
    for (const follower of followers) {
      const moved = await runGradually(follower.prepare(previous, built.value), breathe, { stale })
      if (moved.stopped) return
    }
  }
  // From here to the end nothing awaits: requests see either the old state or the new one.
  if (stale()) return
  engine = built.value
  terms = next
  swaps++
  for (const follower of followers) follower.swapped(previous, built.value, Boolean(previous))
}

/** Starts building the engine for these terms (or, when none was built yet, just remembers them). */
function rebuildFor(next: CompanyTerm[], payload: Payload): void {
  const own = ++generation
  if (!engine) {
    // Nothing served yet, so nothing holds data of an engine: the first use builds it with these terms.
    terms = next
    pending = undefined
    return
  }
  const done = build(own, next)
    .catch((error: unknown) => {
      // Asked again on the next look at the database.
      stamp = undefined
      payload.logger.error({ err: error, msg: 'match engine with the new company terms not built' })
    })
    .finally(() => {
      if (pending?.generation === own) pending = undefined
    })
  pending = { generation: own, terms: next, done }
}

let looking: Promise<void> = Promise.resolve()

/** Reads the terms again when the collection changed since the last look, and starts a rebuild when they differ. */
function lookAtTerms(payload: Payload): Promise<void> {
  // One look at a time, so two looks never start builds in the wrong order.
  looking = looking.then(async () => {
    const latest = await payload.find({ collection: 'skill-terms', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: { updatedAt: true } })
    const next = `${latest.totalDocs}:${latest.docs[0]?.updatedAt ?? ''}`
    if (next === stamp) return
    const fresh = await storedCompanyTerms(payload)
    stamp = next
    if (same(fresh, pending?.terms ?? terms)) return
    rebuildFor(fresh, payload)
  })
  const mine = looking
  looking = looking.catch(() => undefined)
  return mine
}

/**
 * Notices a change of the terms; the engine is swapped later, off the request path. With `wait`,
 * resolves only once the engine for the latest terms is in place (the background rebuild of the
 * talent base waits so; requests never do).
 */
export async function refreshCompanyTerms(payload: Payload, options: { wait?: boolean } = {}): Promise<void> {
  await lookAtTerms(payload)
  if (!options.wait) return
  while (pending) await pending.done
}

/** The engine to use now: the one in place, even while a newer one is being built. */
export async function currentMatchEngine(payload: Payload): Promise<MatchEngine> {
  await refreshCompanyTerms(payload)
  return matchEngine()
}

/** Resolves when no engine is being built (tests, the seed). */
export async function engineIdle(): Promise<void> {
  while (pending) await pending.done
}
