/**
 * Five weeks of plausible measurement for the demo, so the Insights view and the weekly digest
 * show real figures from the first start instead of zeros. Deterministic (a seeded generator,
 * days counted back from the seed's day) and written through the same event store as the
 * beacon's events (`appendBatch`: raw events, sessions and rollups in one write), never as
 * hand-made rollups. Nothing here is a person: visitors are made-up daily hashes, and the
 * submission events name no lead (there are none behind them; the demo's leads are its own).
 *
 * The shape: weekdays busier than weekends and a slow rise, so last week beats the week before;
 * visitors land on the home page, a vacancy or a video page, from LinkedIn, Google, Indeed or
 * directly; each colleague video has its own pull (Sanne's plays best), and some visitors start a
 * quiz or the lead form and a few leave their details or apply. Up to yesterday: today is left to
 * whoever tries the demo, so what they do shows as it happens.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { amsterdamDay } from '../../common/insights/day'
import type { InsightsEvent } from '../../common/insights/events'
import { hashToSeed, seededRandom } from '../../common/insights/random'
import type { StoredEvent } from '../database/eventStore'
import { addDays } from '../insights/dashboard'
import { insightsFor } from '../insights/insightsFor'

export interface DemoMeasureTargets {
  /** Colleague videos with how strongly they pull (share of impressions that become plays) and their vacancies. */
  videos: { id: string; playRate: number; vacancies: string[] }[]
  vacancies: { id: string; department: string | null }[]
}

export const DEMO_DAYS = 35
const SOURCES = [
  ['direct', 0.34],
  ['utm:linkedin', 0.24],
  ['ref:www.google.com', 0.2],
  ['utm:indeed', 0.12],
  ['ref:www.linkedin.com', 0.1],
] as const

/** The demo's events for the DEMO_DAYS days before `today` (an Amsterdam day, "YYYY-MM-DD"). */
export function demoEvents(targets: DemoMeasureTargets, today: string): StoredEvent[] {
  const random = seededRandom(hashToSeed(`werkvloer-demo-insights\n${today}`))
  const chance = (p: number) => random() < p
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
  const weighted = <T>(xs: readonly (readonly [T, number])[]) => {
    let r = random()
    for (const [x, w] of xs) if ((r -= w) < 0) return x
    return xs[xs.length - 1]![0]
  }
  const out: StoredEvent[] = []
  for (let back = DEMO_DAYS; back >= 1; back--) {
    const day = addDays(today, -back)
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
    const weekend = weekday === 0 || weekday === 6
    // A slow rise over the five weeks, with some day-to-day noise.
    const visitors = Math.round((weekend ? 22 : 46) * (1 + (DEMO_DAYS - back) / 60) * (0.85 + random() * 0.3))
    for (let n = 0; n < visitors; n++) {
      const visitor = crypto.createHash('sha256').update(`demo-visitor\n${day}\n${n}`).digest('base64url').slice(0, 22)
      const language = chance(0.85) ? ('nl' as const) : ('en' as const)
      const source = weighted(SOURCES)
      // Noon UTC ± 7 hours stays inside the Amsterdam day in winter and summer.
      let at = Date.parse(`${day}T12:00:00Z`) + Math.floor((random() * 14 - 7) * 3600_000)
      const events: InsightsEvent[] = []
      const base = () => ({ at: (at += 5_000 + Math.floor(random() * 40_000)), language, source })
      const watch = (video: DemoMeasureTargets['videos'][number], vacancy?: string) => {
        events.push({ type: 'video_impression', ...base(), video: video.id, ...(vacancy ? { vacancy } : {}) })
        if (!chance(video.playRate)) return false
        events.push({ type: 'video_play', ...base(), video: video.id, ...(vacancy ? { vacancy } : {}) })
        for (const percent of [25, 50, 75, 100] as const) {
          if (!chance(0.72)) break
          events.push({ type: 'video_progress', ...base(), video: video.id, percent })
        }
        if (chance(0.08)) events.push({ type: 'caption_on', ...base(), video: video.id })
        return true
      }
      const landing = random()
      let vacancy = landing < 0.5 ? pick(targets.vacancies) : null
      if (landing >= 0.5 && landing < 0.8) {
        events.push({ type: 'page_view', ...base(), pageType: 'home' })
        // The video wall: a few colleagues in view, maybe one played, then maybe a vacancy.
        for (const video of targets.videos) if (chance(0.7)) watch(video)
        if (chance(0.45)) vacancy = pick(targets.vacancies)
      } else if (landing >= 0.8) {
        const video = pick(targets.videos)
        events.push({ type: 'page_view', ...base(), pageType: 'video' })
        const played = watch(video)
        if (played && chance(0.5) && video.vacancies.length) vacancy = targets.vacancies.find((v) => v.id === pick(video.vacancies)) ?? null
      }
      if (vacancy) {
        const v = vacancy
        events.push({ type: 'page_view', ...base(), pageType: 'vacancy', vacancy: v.id, ...(v.department ? { department: v.department } : {}) })
        const video = targets.videos.find((x) => x.vacancies.includes(v.id))
        const watched = video ? watch(video, v.id) : false
        // Watching a colleague makes the next step likelier: the funnel the view is there to show.
        const lift = watched ? 1.8 : 1
        for (const entryPoint of ['quiz', 'lead', 'apply'] as const) {
          events.push({ type: 'entry_view', ...base(), entryPoint, vacancy: v.id })
          if (!chance((entryPoint === 'apply' ? 0.06 : 0.08) * lift)) continue
          events.push({ type: 'entry_start', ...base(), entryPoint, vacancy: v.id, ...(video && watched ? { video: video.id } : {}) })
          if (entryPoint === 'quiz') {
            if (chance(0.7)) events.push({ type: 'submission', ...base(), kind: 'quiz_result', vacancy: v.id })
          } else if (chance(entryPoint === 'lead' ? 0.5 : 0.4)) {
            events.push({ type: 'submission', ...base(), kind: entryPoint === 'lead' ? 'lead' : 'application', vacancy: v.id, ...(video && watched ? { video: video.id } : {}) })
          }
        }
      }
      for (const event of events) out.push({ event, visitor })
    }
  }
  return out
}

/**
 * Writes the demo's events unless the store already holds measurements of those days (a second
 * seed, or a demo that has been running): the figures are never doubled. Returns how many.
 */
export async function seedDemoInsights(payload: Payload, targets: DemoMeasureTargets, now = Date.now()): Promise<number> {
  if (!targets.videos.length || !targets.vacancies.length) return 0
  const today = amsterdamDay(now)
  const { store } = insightsFor(payload)
  const existing = await store.queryRollups({ period: { from: addDays(today, -DEMO_DAYS), to: addDays(today, -1) }, groupBy: [], uniques: false })
  if (existing.length) return 0
  const events = demoEvents(targets, today)
  for (let i = 0; i < events.length; i += 5000) await store.appendBatch(events.slice(i, i + 5000))
  return events.length
}
