/**
 * Hook tests in the CMS: the figures per variant (from the daily rollups, never raw events),
 * which variant a visitor sees, and the periodic job that ends a test and makes its winner the
 * video's title and hook. The maths is common/insights/hookTest.ts.
 *
 * Assignment behind the page cache: the cached HTML carries every variant and shows the first;
 * the page asks the site's /api/hook-variants route (never cached), which asks here with the site
 * key and the visitor's forwarded headers. The choice is Thompson sampling seeded with the
 * visitor's daily hash (no cookie) and remembered for 30 minutes of inactivity, so a visitor keeps
 * one variant through a session even when the figures move. Visitors who opt out (Sec-GPC, DNT)
 * or look like bots get no variant: they see the first one and are left out of the test's counts.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { endpoints, SITE_KEY_HEADER } from '../../common/api'
import { amsterdamDay } from '../../common/insights/day'
import { isBotUserAgent, isPrefetch, optsOut, VISITOR_HEADER_PREFIX } from '../../common/insights/events'
import { assignVariant, credibleInterval, decideHookTest, MIN_TRIALS_PER_VARIANT, probabilityBest, type VariantStats } from '../../common/insights/hookTest'
import { hasRole } from '../access/roles'
import { isRenditionManifest } from '../../common/manifest'
import { withVideoWriteLease } from '../database/videoWriteLock'
import { asSystem } from '../collections/Videos/lifecycle'
import { currentSiteKey } from '../lib/currentSiteKey'
import { clientAddress } from '../lib/rateLimit'
import { isSiteKey } from '../lib/siteKey'
import { insightsFor } from './endpoints'

export type HookGoal = 'play' | 'entry_start'
const GOAL_METRIC: Record<HookGoal, string> = { play: 'video_play', entry_start: 'entry_start' }

interface HookTestDoc {
  id: string | number
  status?: string
  hookTest?: { enabled?: boolean | null; goal?: HookGoal | null; maxWeeks?: number | null; variants?: { key: string; title?: string | null; hook?: string | null }[] | null } | null
  hookTestResult?: { startedAt?: string | null; endedAt?: string | null } | null
  renditions?: unknown
  editing?: Record<string, unknown> | null
}

/** A test the site should run now: switched on, started, not ended, on a published video, 2–3 variants. */
export function runningTest(doc: HookTestDoc): { goal: HookGoal; startedAt: string; keys: string[] } | null {
  const test = doc.hookTest
  const keys = (test?.variants ?? []).map((v) => v.key)
  const startedAt = doc.hookTestResult?.startedAt
  if (doc.status !== 'published' || !test?.enabled || !startedAt || doc.hookTestResult?.endedAt || keys.length < 2) return null
  return { goal: test.goal ?? 'play', startedAt, keys }
}

/** Impressions and goal counts per variant since the test started. */
export async function variantStats(payload: Payload, videoId: string, test: { goal: HookGoal; startedAt: string; keys: string[] }, now = Date.now()): Promise<VariantStats[]> {
  const metric = GOAL_METRIC[test.goal]
  const rows = await insightsFor(payload).store.queryRollups({
    period: { from: amsterdamDay(new Date(test.startedAt).getTime()), to: amsterdamDay(now) },
    groupBy: ['variant'],
    filter: { video: videoId },
    metrics: ['video_impression', metric],
  })
  const count = (key: string, m: string) => rows.filter((r) => r.variant === key && r.metric === m).reduce((n, r) => n + r.count, 0)
  // A goal without an impression (a play after the impression's batch was lost) is capped, so a rate never exceeds 1.
  return test.keys.map((id) => {
    const trials = count(id, 'video_impression')
    return { id, trials, successes: Math.min(trials, count(id, metric)) }
  })
}

// ------------------------------------------------------------------ assignment

const SESSION_MS = 30 * 60_000
const SNAPSHOT_MS = 10 * 60_000
const MAX_REMEMBERED = 50_000

interface State {
  sessions: Map<string, { variant: string; seen: number }>
  snapshots: Map<string, { at: number; stats: Promise<VariantStats[]> }>
}
const perPayload = new WeakMap<Payload, State>()
function stateOf(payload: Payload): State {
  let s = perPayload.get(payload)
  if (!s) perPayload.set(payload, (s = { sessions: new Map(), snapshots: new Map() }))
  return s
}

/** The figures the sampler uses, refreshed every 10 minutes (not per request: the rollups are the dashboard's). */
function snapshot(payload: Payload, videoId: string, test: NonNullable<ReturnType<typeof runningTest>>, now: number): Promise<VariantStats[]> {
  const { snapshots } = stateOf(payload)
  const key = `${videoId}|${test.startedAt}|${test.goal}|${test.keys.join(',')}`
  const found = snapshots.get(key)
  if (found && now - found.at < SNAPSHOT_MS) return found.stats
  const stats = variantStats(payload, videoId, test, now)
  snapshots.set(key, { at: now, stats })
  stats.catch(() => snapshots.delete(key))
  return stats
}

/** The variant this visitor sees for each running test among `videoIds`. */
export async function assignVariants(payload: Payload, visitor: string, videoIds: string[], now = Date.now()): Promise<Record<string, string>> {
  const { docs } = await payload.find({ collection: 'videos', where: { id: { in: videoIds } }, depth: 0, limit: videoIds.length, overrideAccess: true, select: { status: true, hookTest: true, hookTestResult: true } as never })
  const { sessions } = stateOf(payload)
  const out: Record<string, string> = {}
  for (const doc of docs as HookTestDoc[]) {
    const test = runningTest(doc)
    if (!test) continue
    const id = String(doc.id)
    const key = `${visitor}|${id}|${test.startedAt}`
    const remembered = sessions.get(key)
    let variant = remembered && now - remembered.seen < SESSION_MS && test.keys.includes(remembered.variant) ? remembered.variant : null
    if (!variant) variant = assignVariant(visitor, `${id}|${test.startedAt}`, await snapshot(payload, id, test, now))
    sessions.delete(key)
    sessions.set(key, { variant, seen: now })
    out[id] = variant
  }
  // Oldest first in a Map: forget the least recently seen when full.
  while (sessions.size > MAX_REMEMBERED) sessions.delete(sessions.keys().next().value!)
  return out
}

// ------------------------------------------------------------------ endpoints

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const MAX_VIDEOS = 24
const ID = /^[A-Za-z0-9_-]{1,64}$/

const copy = {
  siteOnly: { nl: 'Dit adres is alleen voor de carrièresite.', en: 'This endpoint is for the career site only.' },
  badBody: { nl: `Stuur {"videos": [...]} met hoogstens ${MAX_VIDEOS} video-id's.`, en: `Send {"videos": [...]} with at most ${MAX_VIDEOS} video ids.` },
  staffOnly: { nl: 'Alleen communicatie en beheerders zien de cijfers van een hooktest.', en: 'Only comms and admins see a hook test’s figures.' },
  notFound: { nl: 'Deze video bestaat niet.', en: 'This video does not exist.' },
}
const problem = (c: { nl: string; en: string }, code: string, status: number) => json({ error: c.en, errorNl: c.nl, errorEn: c.en, code }, status)

export function createHookTestEndpoints(opts: { siteKey?: () => string | null } = {}): Endpoint[] {
  const siteKey = opts.siteKey ?? currentSiteKey
  const assign: Endpoint = {
    path: endpoints.hookVariants,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!isSiteKey(req.headers.get(SITE_KEY_HEADER), siteKey())) return problem(copy.siteOnly, 'site-only', 403)
      let body: unknown
      try {
        body = await req.json?.()
      } catch {
        return problem(copy.badBody, 'bad-body', 400)
      }
      const videos = (body as { videos?: unknown })?.videos
      if (!Array.isArray(videos) || videos.length > MAX_VIDEOS || !videos.every((v) => typeof v === 'string' && ID.test(v))) return problem(copy.badBody, 'bad-body', 400)
      const header = (name: string) => req.headers.get(`${VISITOR_HEADER_PREFIX}${name}`)
      const userAgent = header('user-agent')?.slice(0, 512) ?? ''
      if (!videos.length || optsOut(header) || isBotUserAgent(userAgent) || isPrefetch(header)) return json({ variants: {} })
      const visitor = await insightsFor(req.payload).hasher.hash({ address: clientAddress(req, { siteKey }), userAgent, optedOut: false })
      return json({ variants: visitor ? await assignVariants(req.payload, visitor, [...new Set(videos as string[])]) : {} })
    },
  }
  const stats: Endpoint = {
    path: endpoints.hookTestStats,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin', 'comms')) return problem(copy.staffOnly, 'staff-only', 403)
      const id = String(req.routeParams?.id ?? '')
      const doc = (await req.payload.findByID({ collection: 'videos', id, depth: 0, overrideAccess: true, disableErrors: true })) as HookTestDoc | null
      if (!doc) return problem(copy.notFound, 'not-found', 404)
      const result = (doc.hookTestResult ?? {}) as { startedAt?: string | null; endedAt?: string | null; winner?: string | null; reason?: string | null }
      const keys = (doc.hookTest?.variants ?? []).map((v) => v.key)
      if (!result.startedAt || keys.length < 2) return json({ state: 'off', variants: [] })
      const test = { goal: doc.hookTest?.goal ?? 'play', startedAt: result.startedAt, keys }
      const figures = await variantStats(req.payload, id, test)
      const best = probabilityBest(figures)
      return json({
        state: result.endedAt ? 'ended' : runningTest(doc) ? 'running' : 'paused',
        goal: test.goal,
        startedAt: result.startedAt,
        endedAt: result.endedAt ?? null,
        winner: result.winner ?? null,
        reason: result.reason ?? null,
        variants: figures.map((v, i) => ({ ...v, rate: v.trials ? v.successes / v.trials : null, interval: credibleInterval(v), probabilityBest: best[i] })),
      })
    },
  }
  return [assign, stats]
}

export const hookTestEndpoints = createHookTestEndpoints()

// ------------------------------------------------------------------ the periodic job

/**
 * Ends every running test whose winner is known (≥ 95 % probability of being best, with enough
 * impressions) or whose weeks are up, and makes the winner's wording the video's title and hook
 * in each language the winner has, and the winner's own poster frame (when it has one) the
 * video's poster. Written as the scheduler, through the lifecycle gate.
 */
export async function endDecidedHookTests(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'videos',
    where: { and: [{ status: { equals: 'published' } }, { 'hookTest.enabled': { equals: true } }, { 'hookTestResult.startedAt': { exists: true } }, { 'hookTestResult.endedAt': { exists: false } }] },
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  let ended = 0
  for (const doc of docs as HookTestDoc[]) {
    const test = runningTest(doc)
    if (!test) continue
    const decision = decideHookTest({
      variants: await variantStats(payload, String(doc.id), test, now.getTime()),
      startedAt: new Date(test.startedAt),
      now,
      maxWeeks: doc.hookTest?.maxWeeks ?? undefined,
      minTrials: MIN_TRIALS_PER_VARIANT,
    })
    if (decision.state !== 'decided') continue
    const hookTestResult = { ...doc.hookTestResult, endedAt: now.toISOString(), winner: decision.winner, reason: decision.reason }
    const poster = winnersPoster(doc, decision.winner)
    // Under the video's write lease, read afresh: a withdrawal made meanwhile is not written over.
    const wrote = await withVideoWriteLease(payload, String(doc.id), async () => {
      for (const locale of ['nl', 'en'] as const) {
        const inLocale = (await payload.findByID({ collection: 'videos', id: doc.id, depth: 0, locale, fallbackLocale: false as never, overrideAccess: true, disableErrors: true })) as HookTestDoc | null
        if (!inLocale || inLocale.status === 'withdrawn') return false
        const winner = inLocale.hookTest?.variants?.find((v) => v.key === decision.winner)
        const wording = winner?.title ? { title: winner.title, ...(winner.hook ? { hook: winner.hook } : {}) } : null
        // The outcome is not per language: written with the Dutch update. A winner without English
        // wording leaves the English title and hook as they were.
        if (locale === 'nl') await payload.update({ collection: 'videos', id: doc.id, locale, data: { ...wording, hookTestResult, ...poster } as never, overrideAccess: true, context: asSystem('scheduler') })
        else if (wording) await payload.update({ collection: 'videos', id: doc.id, locale, data: wording as never, overrideAccess: true, context: asSystem('scheduler') })
      }
      return true
    })
    if (wrote) ended++
  }
  return ended
}

/**
 * The winner's poster as the video's: its images (already made, in the current folder) become the
 * manifest's poster and share image, and its time the video's poster frame, so a later re-cut
 * takes the same frame. Nothing is re-encoded. Empty when the winner has no poster of its own.
 */
function winnersPoster(doc: HookTestDoc, winner: string): { renditions?: unknown; editing?: Record<string, unknown> } {
  const manifest = doc.renditions
  const own = isRenditionManifest(manifest) ? manifest.variantPosters?.[winner] : undefined
  if (!isRenditionManifest(manifest) || !own?.posters.length) return {}
  return {
    renditions: { ...manifest, posters: own.posters, ...(own.shareImage ? { shareImage: own.shareImage } : {}) },
    editing: { ...(doc.editing ?? {}), posterTime: own.posterTime },
  }
}
