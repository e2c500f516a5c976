/**
 * The CMS process's match engine: the taxonomy (the ESCO import when present, else the shipped
 * subset), loaded once and lazily, plus the company's own terms from `skill-terms`. A change to the
 * terms builds a new engine (the label indexes are rebuilt lazily on the next text, seconds with a
 * full import); whoever holds data tied to the old engine (the talent index) is told.
 *
 * Other processes (the seed, a second CMS) may change the terms too, so each search and proposal
 * first asks the database whether they changed (one small query) before it uses the engine.
 */
import type { Payload } from 'payload'

import { withCompanyTerms, type CompanyTerm } from '../../common/match/companyTerms'
import { MatchEngine } from '../../common/match/engine'
import type { Taxonomy } from '../../common/match/taxonomy'
import { dataDir } from '../lib/paths'
import { loadTaxonomyOrSubset } from './taxonomyStore'

let base: { taxonomy: Taxonomy; source: 'esco' | 'subset' } | undefined
let engine: MatchEngine | undefined
let terms: CompanyTerm[] = []
let stamp: string | undefined
const listeners: ((previous: MatchEngine | undefined, next: () => MatchEngine) => void)[] = []

/** The process's engine as it is now (without asking the database about new terms). */
export function matchEngine(): MatchEngine {
  if (!engine) {
    base ??= loadTaxonomyOrSubset(dataDir)
    engine = new MatchEngine(withCompanyTerms(base.taxonomy, terms))
  }
  return engine
}

export function taxonomySource(): 'esco' | 'subset' {
  base ??= loadTaxonomyOrSubset(dataDir)
  return base.source
}

/** Called when the engine is replaced, with the old one (if it was built) and a getter for the new one. */
export function onEngineChange(listener: (previous: MatchEngine | undefined, next: () => MatchEngine) => void): void {
  listeners.push(listener)
}

export function toCompanyTerm(doc: { kind?: string | null; concept?: string | null; uri?: string | null; nl?: string | null; en?: string | null }): CompanyTerm | null {
  const uri = doc.kind === 'company' ? doc.uri : doc.concept
  if ((doc.kind !== 'company' && doc.kind !== 'synonym') || !uri) return null
  return { kind: doc.kind, uri, nl: doc.nl ?? null, en: doc.en ?? null }
}

/** Reads the terms again when the collection changed since the last look; true when the engine was replaced. */
export async function refreshCompanyTerms(payload: Payload): Promise<boolean> {
  const latest = await payload.find({ collection: 'skill-terms', sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true, select: { updatedAt: true } })
  const next = `${latest.totalDocs}:${latest.docs[0]?.updatedAt ?? ''}`
  if (next === stamp) return false
  const all = await payload.find({ collection: 'skill-terms', pagination: false, depth: 0, overrideAccess: true, sort: 'createdAt' })
  stamp = next
  const fresh = all.docs.map(toCompanyTerm).filter((term): term is CompanyTerm => term !== null)
  if (JSON.stringify(fresh) === JSON.stringify(terms)) return false
  terms = fresh
  const previous = engine
  engine = undefined
  for (const listener of listeners) listener(previous, matchEngine)
  return true
}

/** The engine with the terms as stored now: what searches, proposals and profiles use. */
export async function currentMatchEngine(payload: Payload): Promise<MatchEngine> {
  await refreshCompanyTerms(payload)
  return matchEngine()
}
