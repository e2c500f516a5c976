/**
 * Job alerts: the match engine the other way round. When a vacancy opens, the talent-pool leads who
 * asked for alerts (cms/entry/personal.ts) are ranked against it exactly as a recruiter's Matches
 * tab ranks (cms/match/vacancyQuery.ts, the same talent index), and those who fit well enough hear
 * about it by mail, in their language, with why it fits in plain words (skill names, never a score),
 * a link to stop and the delete link.
 *
 * Two steps, both periodic jobs (cms/periodic/), so publishing a vacancy is not slowed by ranking or
 * mail, and a CMS that crashes right after a publish loses nothing — the work is found again in the
 * database on the next run:
 * 1. prepare: each vacancy that opened and was not looked at yet → one `job-alerts` row per fitting
 *    lead (unique lead × vacancy: once per vacancy per lead, also when two workers race), then the
 *    vacancy is marked done. A crash between the two only repeats rows the unique key refuses.
 * 2. send: per lead with waiting rows, at most one mail per Dutch calendar day, bundling every
 *    waiting vacancy. The day's `job-alert-mails` row (unique lead × day) is the claim; the rows are
 *    marked sent before the mail goes, so nothing is ever mailed twice. A mail server error puts them
 *    back for the next run; only a process that dies during the SMTP call itself leaves that one
 *    mail unsent (the claim stays, marked "being sent", for a person to see).
 *
 * Consent and retention are checked again at send time: a lead who stopped alerts, deleted their
 * details or passed their retention date gets nothing (and their waiting rows go).
 */
import type { Payload } from 'payload'

import { routes } from '../../common/routes'
import { toLocale, type Locale } from '../../common/locale'
import { dutchDay, isOpenForApplications } from '../../common/vacancy'
import { jobAlertMail, type JobAlertItem } from '../email/templates'
import type { Lead, Vacancy } from '../payload-types'
import { deleteDetailsLink, jobAlertsLink, siteUrl } from '../lib/publicUrls'
import { hashToken, newToken } from '../lib/tokens'
import { currentMatchEngine } from '../match/engineState'
import { parseProfileKey, talentIndex } from '../match/talentBase'
import { vacancyMatchQuery } from '../match/vacancyQuery'

/** A lead is alerted from this overall match (0–1, the Matches tab's score) with at least one shared skill. */
export const JOB_ALERT_MIN_SCORE = Number(process.env.JOB_ALERT_MIN_SCORE ?? 0.3)
/** How long the links in an alert mail work. */
export const JOB_ALERT_LINK_DAYS = 60
/** Skills named per vacancy in a mail. */
const MAX_SKILLS = 4

const DAY_MS = 24 * 3600e3
const relId = (v: unknown): string | null => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : v ? String(v) : null)

/** Leads who want alerts now: opted in, with an email address, inside their retention. */
async function subscribedLeads(payload: Payload, now: Date): Promise<Map<string, Lead>> {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { and: [{ 'jobAlerts.on': { equals: true } }, { email: { exists: true } }, { deleteAfter: { greater_than: now.toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.filter((d) => d.email).map((d) => [String(d.id), d]))
}

export interface PrepareResult {
  vacancies: number
  alerts: number
}

export async function prepareJobAlerts(payload: Payload, now: Date = new Date(), batch = 10): Promise<PrepareResult> {
  const result: PrepareResult = { vacancies: 0, alerts: 0 }
  const { docs: vacancies } = await payload.find({
    collection: 'vacancies',
    where: { and: [{ status: { equals: 'open' } }, { openedAt: { exists: true } }, { jobAlertsMatchedAt: { exists: false } }] },
    depth: 0,
    limit: batch,
    sort: 'openedAt',
    overrideAccess: true,
  })
  if (!vacancies.length) return result
  const leads = await subscribedLeads(payload, now)
  const index = leads.size ? await talentIndex(payload) : null
  for (const vacancy of vacancies) {
    if (index && isOpenForApplications(vacancy, now)) {
      const query = await vacancyMatchQuery(payload, vacancy, 'nl')
      // Everyone above the floor, explained; the rest of the base is scored but never explained.
      const ranked = index.rank(query, { limit: Math.max(1, index.size), minScore: JOB_ALERT_MIN_SCORE })
      const alerted: { collection: 'leads'; id: string }[] = []
      for (const match of ranked.results) {
        const ref = parseProfileKey(match.id)
        const lead = ref?.collection === 'leads' ? leads.get(ref.id) : undefined
        // Only vacancies that opened after the lead asked, and only a real fit.
        if (!lead || !lead.jobAlerts?.at || lead.jobAlerts.at > (vacancy.openedAt ?? '')) continue
        const shared = match.why.skills.matched.filter((s) => s.how !== 'related')
        if (match.score < JOB_ALERT_MIN_SCORE || !shared.length) continue
        const created = await payload
          .create({
            collection: 'job-alerts',
            overrideAccess: true,
            data: { pair: `${lead.id}:${vacancy.id}`, lead: lead.id, vacancy: vacancy.id, status: 'pending', score: Math.round(match.score * 1000) / 1000, skills: shared.map((s) => s.uri) },
          })
          .catch(() => null) // already made for this pair (an earlier, interrupted run or another worker)
        if (created) {
          result.alerts++
          alerted.push({ collection: 'leads', id: String(lead.id) })
        }
      }
      // Profiling, like a recruiter's search: in the candidate audit (by nobody: the system).
      if (alerted.length) {
        await payload.create({
          collection: 'candidate-audit',
          overrideAccess: true,
          data: { at: now.toISOString(), action: 'searched', vacancy: vacancy.id, shown: alerted, shownCount: alerted.length, query: { jobAlerts: true, skills: query.skills.map(({ uri, level }) => ({ uri, level })), minScore: JOB_ALERT_MIN_SCORE }, summary: `job alerts for vacancy ${String(vacancy.id)}: ${alerted.length} lead(s) to be mailed` },
        })
      }
    }
    await payload.update({ collection: 'vacancies', id: vacancy.id, data: { jobAlertsMatchedAt: now.toISOString() }, overrideAccess: true, context: { skipJobAlerts: true } })
    result.vacancies++
  }
  return result
}

/** The vacancy as the lead reads it: title and page in their language, the shared skills named in it. */
async function itemFor(payload: Payload, vacancyId: string, skillUris: string[], locale: Locale, now: Date): Promise<JobAlertItem | null> {
  const vacancy = (await payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, locale, fallbackLocale: 'nl', overrideAccess: true, disableErrors: true })) as Vacancy | null
  if (!vacancy || !isOpenForApplications(vacancy, now)) return null
  // Read in the lead's language: the slug and title fall back to the Dutch ones where none is set.
  const slug = vacancy.slug
  if (!slug) return null
  const { graph } = await currentMatchEngine(payload)
  const skills = [...new Set(skillUris.map((uri) => graph.label(uri, locale)).filter((label) => label && !/^https?:/.test(label)))].slice(0, MAX_SKILLS)
  return { title: vacancy.title, url: `${siteUrl()}${routes.vacancy(locale, slug)}`, skills }
}

export interface SendResult {
  mails: number
  dropped: number
}

/** A claimed mail still `sending` after this long was interrupted (a crash or restart mid-send). */
const INTERRUPTED_AFTER_MS = 30 * 60_000

/**
 * A run that stopped between claiming a lead's mail and sending it left that mail `sending` and
 * its alerts marked sent, so they would never go out. Once the claim is old enough to be sure no
 * run is still at it, its alerts wait again and the day's claim is freed: they go out with the next
 * mail. A mail that did leave just before the crash then comes twice, which beats never.
 */
async function recoverInterruptedMails(payload: Payload, now: Date): Promise<void> {
  const { docs } = await payload.find({
    collection: 'job-alert-mails',
    where: { and: [{ status: { equals: 'sending' } }, { createdAt: { less_than: new Date(now.getTime() - INTERRUPTED_AFTER_MS).toISOString() } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  for (const mail of docs) {
    await payload.update({ collection: 'job-alerts', where: { and: [{ mail: { equals: mail.id } }, { status: { equals: 'sent' } }] }, data: { status: 'pending', mail: null }, overrideAccess: true })
    await payload.delete({ collection: 'job-alert-mails', id: mail.id, overrideAccess: true })
    payload.logger.warn(`job alert mail ${String(mail.id)} was interrupted before it was sent; its alerts wait for the next mail`)
  }
}

export async function sendJobAlertMails(payload: Payload, now: Date = new Date()): Promise<SendResult> {
  const result: SendResult = { mails: 0, dropped: 0 }
  await recoverInterruptedMails(payload, now)
  const { docs: waiting } = await payload.find({ collection: 'job-alerts', where: { status: { equals: 'pending' } }, depth: 0, limit: 1000, sort: 'createdAt', overrideAccess: true })
  const byLead = new Map<string, typeof waiting>()
  for (const alert of waiting) {
    const lead = relId(alert.lead)
    if (lead) byLead.set(lead, [...(byLead.get(lead) ?? []), alert])
  }
  const day = dutchDay(now)
  for (const [leadId, alerts] of byLead) {
    const lead = await payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true })
    const allowed = lead && lead.jobAlerts?.on && lead.email && lead.deleteAfter && lead.deleteAfter > now.toISOString()
    if (!allowed) {
      await payload.delete({ collection: 'job-alerts', where: { and: [{ lead: { equals: leadId } }, { status: { equals: 'pending' } }] }, overrideAccess: true })
      result.dropped += alerts.length
      continue
    }
    const locale = toLocale(lead.locale)
    const items: { alert: (typeof alerts)[number]; item: JobAlertItem }[] = []
    for (const alert of alerts) {
      const vacancyId = relId(alert.vacancy)
      const item = vacancyId ? await itemFor(payload, vacancyId, Array.isArray(alert.skills) ? (alert.skills as string[]) : [], locale, now) : null
      if (item) items.push({ alert, item })
      else {
        // Closed or gone before the mail: not worth a mail any more.
        await payload.delete({ collection: 'job-alerts', id: alert.id, overrideAccess: true }).catch(() => undefined)
        result.dropped++
      }
    }
    if (!items.length) continue
    const token = newToken()
    const linksUntil = new Date(now.getTime() + JOB_ALERT_LINK_DAYS * DAY_MS).toISOString()
    // The claim: one mail per lead per day, whoever runs this.
    const mail = await payload
      .create({
        collection: 'job-alert-mails',
        overrideAccess: true,
        data: { slot: `${leadId}:${day}`, lead: lead.id, day, status: 'sending', vacancies: items.map((i) => relId(i.alert.vacancy)!), linkTokenHash: hashToken(token), linkExpiresAt: linksUntil },
      })
      .catch(() => null)
    if (!mail) continue // today's mail went already: these wait for tomorrow's
    for (const { alert } of items) await payload.update({ collection: 'job-alerts', id: alert.id, data: { status: 'sent', mail: mail.id }, overrideAccess: true })
    try {
      const stopLink = jobAlertsLink(token, locale)
      await payload.sendEmail({
        to: lead.email!,
        ...jobAlertMail(locale, { items: items.map((i) => i.item), stopLink, deleteLink: deleteDetailsLink(token, locale), linksUntil }),
        // Mail apps show their own "unsubscribe" button for it: it opens the same page as the
        // mail's stop link. Not RFC 8058 one-click: stopping goes through that page's button.
        headers: { 'List-Unsubscribe': `<${stopLink}>` },
      })
    } catch (error) {
      for (const { alert } of items) await payload.update({ collection: 'job-alerts', id: alert.id, data: { status: 'pending', mail: null }, overrideAccess: true }).catch(() => undefined)
      await payload.delete({ collection: 'job-alert-mails', id: mail.id, overrideAccess: true }).catch(() => undefined)
      payload.logger.error({ err: error, msg: `job alert mail to lead ${leadId} not sent; retried on the next run` })
      continue
    }
    await payload.update({ collection: 'job-alert-mails', id: mail.id, data: { status: 'sent', sentAt: new Date().toISOString() }, overrideAccess: true })
    result.mails++
  }
  return result
}
