/**
 * The CMS's periodic jobs, in one place. They need no process of their own: media workers poll
 * the queue anyway, so an idle worker triggers `runPeriodicJobs` between jobs. Each job says how
 * often it is due; every job is safe to run from several workers at once.
 */
import type { Payload } from 'payload'

import { prepareJobAlerts, sendJobAlertMails } from '../alerts/jobAlerts'
import { cleanUpAbandonedContributions } from '../contribute/cleanup'
import { purgeExpiredCandidates } from '../entry/purge'
import { endDecidedHookTests } from '../insights/hookTests'
import { sendWeeklyDigest } from '../insights/digest'
import { purgeInsights } from '../insights/retention'
import { publishDueVideos } from './publishScheduled'

type Log = (message: string) => void

interface PeriodicJob {
  name: string
  everyMs: number
  run: (payload: Payload, log: Log) => Promise<void>
}

export const periodicJobs: PeriodicJob[] = [
  {
    // Cheap, and a scheduled video should not go live late.
    name: 'scheduled publishing',
    everyMs: 0,
    run: async (payload, log) => {
      const published = await publishDueVideos(payload)
      if (published) log(`published ${published} scheduled video(s)`)
    },
  },
  {
    name: 'abandoned contributions',
    everyMs: 60_000,
    run: async (payload, log) => {
      const cleaned = await cleanUpAbandonedContributions(payload)
      if (cleaned.contributions || cleaned.files) log(`removed ${cleaned.contributions} abandoned contribution(s) and ${cleaned.files} stale upload file(s)`)
    },
  },
  {
    name: 'candidate retention',
    everyMs: Number(process.env.CANDIDATE_PURGE_INTERVAL_MS ?? 10 * 60_000),
    run: async (payload, log) => {
      const r = await purgeExpiredCandidates(payload)
      if (r.applications || r.leads || r.postponed) log(`retention: deleted ${r.applications} application(s) and ${r.leads} lead(s), postponed ${r.postponed}`)
    },
  },
  {
    // New vacancies to the leads who asked for job alerts (cms/alerts/jobAlerts.ts): prepared
    // soon after a vacancy opens, mailed at most once a day per lead.
    name: 'job alerts',
    everyMs: Number(process.env.JOB_ALERT_INTERVAL_MS ?? 5 * 60_000),
    run: async (payload, log) => {
      const prepared = await prepareJobAlerts(payload)
      const sent = await sendJobAlertMails(payload)
      if (prepared.vacancies || sent.mails || sent.dropped) log(`job alerts: ${prepared.alerts} alert(s) for ${prepared.vacancies} new vacancy(ies), ${sent.mails} mail(s) sent, ${sent.dropped} dropped`)
    },
  },
  {
    // A decided hook test should stop showing the losing hook soon, but the figures move slowly.
    name: 'hook tests',
    everyMs: Number(process.env.HOOK_TEST_INTERVAL_MS ?? 10 * 60_000),
    run: async (payload, log) => {
      const ended = await endDecidedHookTests(payload)
      if (ended) log(`hook tests: ended ${ended} test(s); each winner is now its video's title and hook`)
    },
  },
  {
    // Raw events older than 13 months, the salts of past days, yesterday's counted-hash lists.
    name: 'insights retention',
    everyMs: Number(process.env.INSIGHTS_PURGE_INTERVAL_MS ?? 60 * 60_000),
    run: async (payload, log) => {
      const r = await purgeInsights(payload)
      if (r.rawEvents || r.salts) log(`insights: deleted ${r.rawEvents} raw event(s) older than 13 months and ${r.salts} past salt(s)`)
    },
  },
  {
    // Monday 09:00 Europe/Amsterdam: last week's Insights to comms (once per week across processes).
    name: 'insights digest',
    everyMs: 5 * 60_000,
    run: async (payload, log) => {
      if ((await sendWeeklyDigest(payload)) === 'sent') log('insights: weekly digest mailed to comms')
    },
  },
]

const lastRun = new Map<string, number>()

/** Runs every job that is due in this process. Errors are logged, never thrown: the worker goes on. */
export async function runPeriodicJobs(payload: Payload, log: Log = () => undefined, now = Date.now(), jobs = periodicJobs): Promise<void> {
  for (const job of jobs) {
    if (job.everyMs > 0 && now - (lastRun.get(job.name) ?? -Infinity) < job.everyMs) continue
    lastRun.set(job.name, now)
    try {
      await job.run(payload, log)
    } catch (error) {
      log(`${job.name} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
