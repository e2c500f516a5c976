/**
 * The weekly Insights digest to comms: Monday 09:00 Europe/Amsterdam (a periodic job, see
 * cms/periodic/index.ts), about the week before (Monday–Sunday) against the week before that.
 * What went up and down, the best and worst hook (play rate of a video's hook variant, with
 * enough impressions to mean something), videos waiting for review, open vacancies without a
 * video, and one concrete suggestion. Every figure links to the admin view. In Dutch, then English.
 * The figures come from the same rollups as the view (./dashboard.ts), never from raw events.
 */
import type { Payload } from 'payload'

import { amsterdamDay } from '../../common/insights/day'
import { staffAddresses } from '../email/staffRecipients'
import { cmsAdminUrl } from '../lib/publicUrls'
import { addDays, insightsData, type Counts, type InsightsData } from './dashboard'
import { insightsFor } from './insightsFor'
import type { Period } from '../database/eventStore'

type Locale = 'nl' | 'en'

/** A hook needs this many impressions in the week before its play rate counts as best or worst. */
export const MIN_IMPRESSIONS = 20

const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', hourCycle: 'h23' })

/** Monday from 09:00 in Amsterdam (the job runs every few minutes; the claim makes it once a week). */
export function digestDue(now: number): boolean {
  const p = Object.fromEntries(parts.formatToParts(new Date(now)).map((x) => [x.type, x.value]))
  return p.weekday === 'Mon' && Number(p.hour) >= 9
}

/** The week before the one `now` is in (Monday–Sunday, Amsterdam days) and its ISO week label. */
export function lastWeek(now: number): { period: Period; week: string } {
  const today = amsterdamDay(now)
  const dow = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7 // Monday 0
  const from = addDays(today, -dow - 7)
  const period = { from, to: addDays(from, 6) }
  // ISO week number of that Monday: the Thursday of the week decides the year; week 1 holds 4 January.
  const year = new Date(`${addDays(from, 3)}T12:00:00Z`).getUTCFullYear()
  const jan4 = new Date(Date.UTC(year, 0, 4, 12))
  const week1Monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000
  const week = 1 + Math.round((Date.parse(`${from}T12:00:00Z`) - week1Monday) / (7 * 86_400_000))
  return { period, week: `${year}-W${String(week).padStart(2, '0')}` }
}

const subs = (c: Counts) => (c.submission_lead ?? 0) + (c.submission_application ?? 0)
const MEASURES = [
  { key: 'video_impression', nl: 'video’s in beeld', en: 'videos on screen', of: (c: Counts) => c.video_impression ?? 0 },
  { key: 'video_play', nl: 'keer afgespeeld', en: 'plays', of: (c: Counts) => c.video_play ?? 0 },
  { key: 'entry_start', nl: 'keer begonnen aan quiz, case of formulier', en: 'starts of a quiz, case or form', of: (c: Counts) => c.entry_start ?? 0 },
  { key: 'submissions', nl: 'leads en sollicitaties', en: 'leads and applications', of: subs },
] as const

export interface DigestFigures {
  week: string
  period: Period
  previous: Period
  changes: { key: string; nl: string; en: string; now: number; before: number }[]
  best: Hook | null
  worst: Hook | null
  waitingForReview: number
  vacanciesWithoutVideo: { id: string; title: string; pageViews: number }[]
  suggestion: { nl: string; en: string; url: string }
  viewUrl: string
}

interface Hook {
  label: string
  video: string
  impressions: number
  plays: number
  rate: number
}

const percent = (x: number, locale: Locale) => `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(x * 100)} %`

/** The digest's figures for the week before `now`, from the rollups. */
export async function digestFigures(payload: Payload, now: number): Promise<DigestFigures> {
  const { period, week } = lastWeek(now)
  const { store } = insightsFor(payload)
  const data: InsightsData = await insightsData(payload, store, period, 'nl')
  const viewUrl = cmsAdminUrl(`/insights?from=${period.from}&to=${period.to}`)
  const changes = MEASURES.map((m) => ({ key: m.key, nl: m.nl, en: m.en, now: m.of(data.totals.now), before: m.of(data.totals.before) }))

  const hooks: Hook[] = data.variants
    .map((l) => ({ label: l.label, video: l.key.split('/')[0]!, impressions: l.now.video_impression ?? 0, plays: l.now.video_play ?? 0, rate: 0 }))
    .filter((h) => h.impressions >= MIN_IMPRESSIONS)
    .map((h) => ({ ...h, rate: h.plays / h.impressions }))
    .sort((a, b) => b.rate - a.rate || b.impressions - a.impressions)
  const best = hooks[0] ?? null
  const worst = hooks.length > 1 ? hooks[hooks.length - 1]! : null

  const waitingForReview = (await payload.count({ collection: 'videos', where: { status: { equals: 'ready' } }, overrideAccess: true })).totalDocs
  const views = new Map(data.vacancies.map((l) => [l.key, l.now.page_view ?? 0]))
  const vacanciesWithoutVideo = data.vacanciesWithoutVideo.map((v) => ({ ...v, pageViews: views.get(v.id) ?? 0 })).sort((a, b) => b.pageViews - a.pageViews)

  // One suggestion, the most useful first.
  let suggestion: DigestFigures['suggestion']
  const top = vacanciesWithoutVideo[0]
  if (top && top.pageViews > 0) {
    suggestion = {
      nl: `Vraag een collega bij “${top.title}” om een korte video: de vacature had ${top.pageViews} bezoeken en nog geen video.`,
      en: `Ask a colleague on “${top.title}” for a short video: the vacancy had ${top.pageViews} visits and no video yet.`,
      url: cmsAdminUrl(`/collections/campaigns`),
    }
  } else if (best && worst && worst.rate < best.rate / 2) {
    suggestion = {
      nl: `Geef “${worst.label}” een andere openingszin of posterframe: ${percent(worst.rate, 'nl')} speelt hem af, tegen ${percent(best.rate, 'nl')} bij “${best.label}”.`,
      en: `Give “${worst.label}” a different opening line or poster frame: ${percent(worst.rate, 'en')} play it, against ${percent(best.rate, 'en')} for “${best.label}”.`,
      url: cmsAdminUrl(`/collections/videos/${encodeURIComponent(worst.video)}`),
    }
  } else if (waitingForReview > 0) {
    suggestion = {
      nl: `Beoordeel de ${waitingForReview} video(’s) die klaarstaan: nieuwe collega’s op de site geven meer om te vergelijken.`,
      en: `Review the ${waitingForReview} video(s) waiting: new colleagues on the site give more to compare.`,
      url: cmsAdminUrl(`/collections/videos?where[status][equals]=ready`),
    }
  } else if (best) {
    suggestion = {
      nl: `Deel “${best.label}” nog eens op LinkedIn: ${percent(best.rate, 'nl')} van wie hem ziet, speelt hem af.`,
      en: `Share “${best.label}” on LinkedIn again: ${percent(best.rate, 'en')} of those who see it play it.`,
      url: viewUrl,
    }
  } else {
    suggestion = { nl: 'Nodig collega’s uit voor een video: er is nog te weinig om te vergelijken.', en: 'Invite colleagues to film a video: there is too little to compare yet.', url: cmsAdminUrl('/collections/invites') }
  }
  return { week, period: data.period, previous: data.previous, changes, best, worst, waitingForReview, vacanciesWithoutVideo, suggestion, viewUrl }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
const day = (d: string, locale: Locale) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`))

function change(now: number, before: number, locale: Locale): string {
  if (now === before) return locale === 'en' ? 'unchanged' : 'gelijk'
  if (before === 0) return locale === 'en' ? `up from 0` : `omhoog van 0`
  const p = Math.round(((now - before) / before) * 100)
  // 497 against 499 is no "down 0 %".
  if (p === 0) return locale === 'en' ? `about the same as ${before}` : `vrijwel gelijk aan ${before}`
  return locale === 'en' ? `${p > 0 ? 'up' : 'down'} ${Math.abs(p)} % from ${before}` : `${p > 0 ? 'omhoog' : 'omlaag'} ${Math.abs(p)} % t.o.v. ${before}`
}

/** One language's lines: [text, link] pairs (the link is where the figure can be seen). */
function lines(f: DigestFigures, locale: Locale): [string, string | null][] {
  const en = locale === 'en'
  const out: [string, string | null][] = []
  out.push([en ? `Week ${f.week.slice(-2)} (${day(f.period.from, 'en')} – ${day(f.period.to, 'en')}), compared with the week before:` : `Week ${f.week.slice(-2)} (${day(f.period.from, 'nl')} – ${day(f.period.to, 'nl')}), vergeleken met de week ervoor:`, null])
  for (const c of f.changes) out.push([`• ${c.now} ${en ? c.en : c.nl} (${change(c.now, c.before, locale)})`, f.viewUrl])
  if (f.best) out.push([`${en ? 'Best hook' : 'Beste hook'}: “${f.best.label}”, ${percent(f.best.rate, locale)} ${en ? 'play rate' : 'speelt af'} (${f.best.plays}/${f.best.impressions})`, f.viewUrl])
  if (f.worst) out.push([`${en ? 'Weakest hook' : 'Zwakste hook'}: “${f.worst.label}”, ${percent(f.worst.rate, locale)} ${en ? 'play rate' : 'speelt af'} (${f.worst.plays}/${f.worst.impressions})`, f.viewUrl])
  if (!f.best) out.push([en ? `No hook had ${MIN_IMPRESSIONS} impressions yet.` : `Nog geen hook met ${MIN_IMPRESSIONS} vertoningen.`, f.viewUrl])
  out.push([en ? `Videos waiting for review: ${f.waitingForReview}` : `Video’s die wachten op beoordeling: ${f.waitingForReview}`, cmsAdminUrl('/collections/videos?where[status][equals]=ready')])
  out.push([
    f.vacanciesWithoutVideo.length
      ? `${en ? 'Open vacancies without a video' : 'Open vacatures zonder video'}: ${f.vacanciesWithoutVideo.length} (${f.vacanciesWithoutVideo.slice(0, 3).map((v) => v.title).join(', ')}${f.vacanciesWithoutVideo.length > 3 ? ', …' : ''})`
      : en
        ? 'Every open vacancy has a video.'
        : 'Elke open vacature heeft een video.',
    f.viewUrl,
  ])
  out.push([`${en ? 'Suggestion' : 'Tip'}: ${en ? f.suggestion.en : f.suggestion.nl}`, f.suggestion.url])
  return out
}

export function digestMail(f: DigestFigures): { subject: string; text: string; html: string } {
  const text = (['nl', 'en'] as const).map((l) => lines(f, l).map(([t, url]) => (url ? `${t}\n  ${url}` : t)).join('\n')).join('\n\n—\n\n')
  const html = (['nl', 'en'] as const)
    .map((l) => lines(f, l).map(([t, url]) => `<p>${escapeHtml(t)}${url ? ` <a href="${escapeHtml(url)}">${l === 'en' ? 'see' : 'bekijk'}</a>` : ''}</p>`).join('\n'))
    .join('\n<hr>\n')
  return { subject: `Inzichten week ${f.week.slice(-2)} / Insights week ${f.week.slice(-2)}`, text, html }
}

/** The periodic job: on Monday from 09:00, the first process to claim the week sends the mail. */
export async function sendWeeklyDigest(payload: Payload, now = Date.now()): Promise<'sent' | 'not-due' | 'already-sent' | 'nobody'> {
  if (!digestDue(now)) return 'not-due'
  return sendDigestOfLastWeek(payload, now)
}

/**
 * Last week's digest now, whatever the day (once per week, like the Monday job). The demo seed
 * sends it right after its measurements, so the demo's digest mail can be read on any day.
 */
export async function sendDigestOfLastWeek(payload: Payload, now = Date.now()): Promise<'sent' | 'already-sent' | 'nobody'> {
  const { week } = lastWeek(now)
  const { store } = insightsFor(payload)
  if (!(await store.claimDigest(week, now))) return 'already-sent'
  try {
    const to = await staffAddresses(payload, 'comms', process.env.COMMS_EMAIL)
    if (!to.length) return 'nobody'
    await payload.sendEmail({ to, ...digestMail(await digestFigures(payload, now)) })
    return 'sent'
  } catch (error) {
    await store.releaseDigest(week)
    throw error
  }
}
