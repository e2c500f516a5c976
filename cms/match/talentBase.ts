/**
 * The talent base inside the CMS process: one match engine (taxonomy loaded once, lazily, on the
 * first profile or search), profiles stored in `talent-profiles`, and an in-memory index kept up to
 * date by the hooks on Applications and Leads.
 *
 * Every way a person leaves (the retention purge, their own delete link, a recruiter deleting them)
 * is a Payload delete of the application or lead, whose afterDelete hook calls removeTalentProfile:
 * the stored profile and the index entry go in the same request, so the next search never shows them.
 *
 * Building a profile reads a CV and may load the taxonomy (seconds with a full ESCO import), so the
 * save hooks only queue it; it runs right after the request, per person in order.
 *
 * The company's own words (skill-terms) change what a text says: after a change a new engine is
 * built between requests and swapped in (engineState.ts; the index moves over to it in slices),
 * then the profiles the change may touch are rebuilt with it, one at a time (queueCompanyTermsChange).
 */
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import type { MatchEngine } from '../../common/match/engine'
import { buildProfile, type CandidateProfile } from '../../common/match/profile'
import { moveProfiles } from '../../common/match/moveProfiles'
import type { Steps } from '../../common/match/stepwise'
import type { Lang } from '../../common/match/text'
import { cvsDir } from '../lib/paths'
import { cvSkipMessages, cvTextFromFile } from './cvText'
import { currentMatchEngine, engineIdle, followEngine, matchEngine, refreshCompanyTerms, taxonomySource, type EngineFollower } from './engineState'

export type SubjectCollection = 'applications' | 'leads'

export { matchEngine, taxonomySource }

export const profileKey = (collection: SubjectCollection, id: string | number) => `${collection}:${String(id)}`

export function parseProfileKey(key: string): { collection: SubjectCollection; id: string } | null {
  const [collection, id] = key.split(':')
  return (collection === 'applications' || collection === 'leads') && id ? { collection, id } : null
}

const relId = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : value ? String(value) : undefined

interface Built {
  name: string
  source: 'cv' | 'motivation' | 'answers'
  skipped?: string
  profile: CandidateProfile
}

/** A document saved by a request that is still finishing may not be readable for a moment. */
async function findSoon<T>(read: () => Promise<T | null>): Promise<T | null> {
  for (let attempt = 0; ; attempt++) {
    const doc = await read()
    if (doc || attempt >= 3) return doc
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The profile of one application or lead from what is stored now, or null when it is gone. */
async function buildFor(payload: Payload, collection: SubjectCollection, id: string): Promise<Built | null> {
  // Never on a request's path, so it may wait for an engine with new company terms being built.
  await refreshCompanyTerms(payload, { wait: true })
  const { matcher } = await currentMatchEngine(payload)
  const key = profileKey(collection, id)
  if (collection === 'applications') {
    const doc = await findSoon(() => payload.findByID({ collection: 'applications', id, depth: 1, overrideAccess: true, disableErrors: true }))
    if (!doc) return null
    const parts: string[] = []
    let source: Built['source'] = 'motivation'
    let skipped: string | undefined
    const cv = doc.cv && typeof doc.cv === 'object' ? doc.cv : null
    if (cv?.filename && (cv.kind === 'pdf' || cv.kind === 'docx')) {
      const text = await cvTextFromFile(path.join(cvsDir, path.basename(cv.filename)), cv.kind)
      if (text.ok) {
        parts.push(text.text)
        source = 'cv'
      } else skipped = `${cvSkipMessages[text.reason].nl} / ${cvSkipMessages[text.reason].en}`
    }
    if (doc.motivation) parts.push(doc.motivation)
    const pool = Boolean(doc.talentPool?.consented)
    const vacancy = relId(doc.vacancy)
    const until = doc.deleteAfter ?? undefined
    const profile = buildProfile(matcher, {
      id: key,
      kind: 'cv',
      lang: (doc.locale as Lang | undefined) ?? 'auto',
      name: doc.name,
      text: parts.join('\n\n'),
      scope: { ...(pool || !vacancy ? {} : { vacancyIds: [vacancy] }), ...(until ? { until } : {}) },
    })
    return { name: doc.name, source, ...(skipped ? { skipped } : {}), profile }
  }
  const doc = await findSoon(() => payload.findByID({ collection: 'leads', id, depth: 1, overrideAccess: true, disableErrors: true }))
  if (!doc) return null
  // What a lead told us: their quiz answers and the strengths the quiz found, and the CV they may
  // have added later from their personal link (cms/entry/personal.ts), with its own consent.
  const answers = Array.isArray(doc.quiz?.answers) ? (doc.quiz.answers as { question?: string; answer?: string }[]) : []
  const strengths = Array.isArray((doc.quiz?.result as { skills?: unknown } | undefined)?.skills) ? ((doc.quiz!.result as { skills: { label?: string }[] }).skills) : []
  const parts = [...answers.map((a) => `${a.question ?? ''} ${a.answer ?? ''}`), ...strengths.map((s) => s.label ?? ''), doc.quiz?.summary ?? '']
  let source: Built['source'] = 'answers'
  let skipped: string | undefined
  const cv = doc.cv && typeof doc.cv === 'object' && doc.cvConsent?.version ? doc.cv : null
  if (cv?.filename && (cv.kind === 'pdf' || cv.kind === 'docx')) {
    const read = await cvTextFromFile(path.join(cvsDir, path.basename(cv.filename)), cv.kind)
    if (read.ok) {
      parts.unshift(read.text)
      source = 'cv'
    } else skipped = `${cvSkipMessages[read.reason].nl} / ${cvSkipMessages[read.reason].en}`
  }
  const text = parts.filter(Boolean).join('.\n')
  const until = doc.deleteAfter ?? undefined
  const profile = buildProfile(matcher, {
    id: key,
    kind: 'lead',
    lang: (doc.locale as Lang | undefined) ?? 'auto',
    name: doc.contact ?? 'Lead',
    text,
    // A lead's consent covers this and similar roles: the whole talent base, until retention.
    ...(until ? { scope: { until } } : {}),
  })
  return { name: doc.contact ?? 'Lead', source, ...(skipped ? { skipped } : {}), profile }
}

async function findStored(payload: Payload, collection: SubjectCollection, id: string, req?: PayloadRequest) {
  const found = await payload.find({
    collection: 'talent-profiles',
    where: { and: [{ subjectCollection: { equals: collection } }, { subjectId: { equals: id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    ...(req ? { req } : {}),
  })
  return found.docs[0]
}

const subjectExists = async (payload: Payload, collection: SubjectCollection, id: string) =>
  Boolean(await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, select: {} }))

/** Builds (or rebuilds) and stores one person's profile, and puts it in the index. */
export async function syncTalentProfile(payload: Payload, collection: SubjectCollection, id: string): Promise<void> {
  const built = await buildFor(payload, collection, id)
  const stored = await findStored(payload, collection, id)
  if (!built) {
    if (stored) await payload.delete({ collection: 'talent-profiles', id: stored.id, overrideAccess: true })
    index.remove(profileKey(collection, id))
    return
  }
  const data = {
    subjectCollection: collection,
    subjectId: id,
    name: built.name,
    source: built.source,
    skipped: built.skipped ?? null,
    scopeVacancy: built.profile.scope?.vacancyIds?.[0] ?? null,
    scopeUntil: built.profile.scope?.until ?? null,
    skillCount: built.profile.skills.length,
    profile: built.profile as unknown as Record<string, unknown>,
  }
  if (stored) await payload.update({ collection: 'talent-profiles', id: stored.id, data, overrideAccess: true })
  else await payload.create({ collection: 'talent-profiles', data, overrideAccess: true })
  // The person may have deleted their details while we were reading their CV.
  if (!(await subjectExists(payload, collection, id))) {
    await removeTalentProfile(payload, collection, id)
    return
  }
  index.put(built.profile)
}

/** The one place a profile leaves: the stored document and the index entry, in the caller's request. */
export async function removeTalentProfile(payload: Payload, collection: SubjectCollection, id: string | number, req?: PayloadRequest): Promise<void> {
  index.remove(profileKey(collection, String(id)))
  await payload.delete({
    collection: 'talent-profiles',
    where: { and: [{ subjectCollection: { equals: collection } }, { subjectId: { equals: String(id) } }] },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
}

// ---- the queue the save hooks use -------------------------------------------------------------

const queue = new Map<string, Promise<void>>()

/** Rebuilds a person's profile right after the current request, one at a time per person. */
export function queueTalentProfile(payload: Payload, collection: SubjectCollection, id: string | number, options: { afterMs?: number } = {}): void {
  const key = profileKey(collection, String(id))
  const previous = queue.get(key) ?? Promise.resolve()
  const next = previous
    // After a save: a moment for the saving request to finish.
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, options.afterMs ?? 50)))
    .then(() => syncTalentProfile(payload, collection, String(id)))
    .catch((error: unknown) => payload.logger.error({ err: error, msg: `talent profile ${key} not built` }))
    .finally(() => {
      if (queue.get(key) === next) queue.delete(key)
    })
  queue.set(key, next)
}

/** Whether a stored profile owes anything to the company's words (a concept found through one of them). */
const usesCompanyWords = (profile: CandidateProfile | undefined) =>
  Boolean(profile && [...(profile.skills ?? []), ...(profile.occupations ?? [])].some((concept) => concept.evidence?.labelSource === 'company'))

let termChanges = 0
/** A rebuild of every profile is owed (a term was added or changed; one that was interrupted). */
let everyProfileOwed = false

/**
 * After a recruiter changed the company's terms (skill-terms hooks): once the change is readable
 * (`settled`) and the engine with it is swapped in, the profiles it may touch are rebuilt, one after
 * the other, behind the requests. A new or edited word may be in anyone's text, so everyone is read
 * again (CVs too: profiles keep concepts, not text); a removed word only touches the profiles that
 * found something through a company word. A newer change takes over from an older one still running.
 */
export function queueCompanyTermsChange(payload: Payload, settled: () => Promise<boolean>, touches: 'everyone' | 'company-words' = 'everyone'): void {
  const key = 'skill-terms'
  const mine = ++termChanges
  if (touches === 'everyone') everyProfileOwed = true
  const previous = queue.get(key) ?? Promise.resolve()
  const next = previous
    .then(async () => {
      if (mine !== termChanges) return
      for (let attempt = 0; attempt < 20 && !(await settled()); attempt++) await new Promise((resolve) => setTimeout(resolve, 100))
      await refreshCompanyTerms(payload, { wait: true })
      if (mine !== termChanges) return
      const everyone = everyProfileOwed
      everyProfileOwed = false
      for (let page = 1; ; page++) {
        const stored = await payload.find({
          collection: 'talent-profiles',
          depth: 0,
          overrideAccess: true,
          limit: 200,
          page,
          sort: 'createdAt',
          select: everyone ? { subjectCollection: true, subjectId: true } : { subjectCollection: true, subjectId: true, profile: true },
        })
        for (const doc of stored.docs) {
          if (mine !== termChanges) {
            if (everyone) everyProfileOwed = true
            return
          }
          if (!everyone && !usesCompanyWords(doc.profile as unknown as CandidateProfile)) continue
          // Nothing was just saved here, so no wait before each one.
          queueTalentProfile(payload, doc.subjectCollection, doc.subjectId, { afterMs: 0 })
          await queue.get(profileKey(doc.subjectCollection, doc.subjectId))
        }
        if (!stored.hasNextPage) break
      }
    })
    .catch((error: unknown) => payload.logger.error({ err: error, msg: 'company terms not reloaded' }))
    .finally(() => {
      if (queue.get(key) === next) queue.delete(key)
    })
  queue.set(key, next)
}

/** Resolves when every queued profile is built and no engine is being built (the seed waits for it before it exits; tests too). */
export async function talentBaseIdle(): Promise<void> {
  for (;;) {
    await engineIdle()
    if (!queue.size) return
    await Promise.all([...queue.values()])
  }
}

// ---- the in-memory index ------------------------------------------------------------------------

/**
 * Loaded from `talent-profiles` on the first search and then kept current by this process's hooks;
 * each search also picks up profiles other processes (the seed, a second CMS) wrote or removed.
 */
class IndexState implements EngineFollower {
  private loaded = false
  private lastSeen = ''
  private loading: Promise<void> | undefined
  private generation = 0
  /** While profiles move to a new engine's index: which ones changed meanwhile (brought over at the swap). */
  private moving: { target: MatchEngine['index']; touched: Set<string> } | undefined

  /**
   * A new engine (other company terms) is being built: the profiles move over to its index in
   * memory, in slices between requests (no database round trips), while searches use the old one.
   */
  *prepare(previous: MatchEngine, next: MatchEngine): Steps {
    this.moving = undefined
    if (!this.loaded) return
    const moving = { target: next.index, touched: new Set<string>() }
    this.moving = moving
    yield* moveProfiles(previous.index, moving.target)
  }

  /** The swap: what changed while moving is brought over; an index that was not moved (or still loading) loads again. */
  swapped(previous: MatchEngine | undefined, next: MatchEngine, prepared: boolean) {
    const moving = this.moving
    this.moving = undefined
    if (this.loaded && prepared && previous && moving?.target === next.index) {
      for (const key of moving.touched) {
        const profile = previous.index.get(key)
        if (profile) next.index.upsert(profile)
        else next.index.remove(key)
      }
      return
    }
    this.generation++
    this.loaded = false
    this.lastSeen = ''
    this.loading = undefined
  }

  private upsert(profile: CandidateProfile) {
    matchEngine().index.upsert(profile)
    this.moving?.touched.add(profile.id)
  }

  private drop(key: string) {
    matchEngine().index.remove(key)
    this.moving?.touched.add(key)
  }

  put(profile: CandidateProfile) {
    if (this.loaded) this.upsert(profile)
  }

  remove(key: string) {
    if (this.loaded) this.drop(key)
  }

  async current(payload: Payload) {
    await refreshCompanyTerms(payload)
    if (this.loaded) await this.catchUp(payload)
    while (!this.loaded) {
      this.loading ??= this.load(payload)
      await this.loading
    }
    return matchEngine().index
  }

  private async load(payload: Payload) {
    const generation = this.generation
    const { index } = matchEngine()
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection: 'talent-profiles', depth: 0, overrideAccess: true, limit: 500, page, sort: 'updatedAt' })
      for (const doc of result.docs) {
        index.upsert(doc.profile as unknown as CandidateProfile)
        if (doc.updatedAt > this.lastSeen) this.lastSeen = doc.updatedAt
      }
      if (!result.hasNextPage) break
    }
    // Replaced while loading: the next caller loads into the new engine's index.
    if (generation === this.generation) this.loaded = true
  }

  private async catchUp(payload: Payload) {
    const changed = await payload.find({ collection: 'talent-profiles', where: { updatedAt: { greater_than: this.lastSeen } }, depth: 0, overrideAccess: true, pagination: false })
    for (const doc of changed.docs) {
      this.upsert(doc.profile as unknown as CandidateProfile)
      if (doc.updatedAt > this.lastSeen) this.lastSeen = doc.updatedAt
    }
    const { totalDocs } = await payload.count({ collection: 'talent-profiles', overrideAccess: true })
    const { index } = matchEngine()
    if (totalDocs === index.size) return
    // Someone else removed profiles: keep only what is stored.
    const stored = await payload.find({ collection: 'talent-profiles', depth: 0, overrideAccess: true, pagination: false, select: { subjectCollection: true, subjectId: true } })
    const keep = new Set(stored.docs.map((doc) => profileKey(doc.subjectCollection, doc.subjectId)))
    for (const key of index.ids()) if (!keep.has(key)) this.drop(key)
  }
}

const index = new IndexState()
followEngine(index)

/** The index, up to date with the database. */
export function talentIndex(payload: Payload) {
  return index.current(payload)
}
