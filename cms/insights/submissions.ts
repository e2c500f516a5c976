/**
 * The submission event of a lead or application, recorded by the CMS itself when it stores one
 * (cms/entry/endpoints.ts), so it is counted even when the visitor's browser blocks the beacon,
 * and so it can carry the link to the session that produced it without any personal data: the
 * event holds the submission's one-way code (an HMAC of its id under the CMS's secret), the
 * session comes from the visitor's daily hash like every other event. From a lead, the code
 * finds its event and so its session (`sessionOfSubmission`); from an event nobody finds a lead.
 */
import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { isBotUserAgent, isPrefetch, optsOut, VISITOR_HEADER_PREFIX, type InsightsEvent } from '../../common/insights/events'
import { sourceOfAttribution } from '../../common/insights/source'
import type { Locale } from '../../common/locale'
import { ROW_ID } from '../../common/ids'

import { clientAddress } from '../lib/rateLimit'
import { insightsFor } from './endpoints'

export type SubmissionCollection = 'leads' | 'applications'

export function submissionRef(secret: string, collection: SubmissionCollection, id: string | number): string {
  return crypto.createHmac('sha256', secret).update(`insights-submission\n${collection}\n${id}`).digest('base64url').slice(0, 22)
}

export interface SubmissionFacts {
  collection: SubmissionCollection
  id: string | number
  language: Locale
  vacancy?: string | number | null
  video?: string | null
  attribution?: { utmSource?: string | null; referrer?: string | null } | null
}

/**
 * Records the event in the background: a measurement problem never fails or slows a candidate's
 * submission. Bots and prefetches are not counted (the same rules as the beacon's events).
 */
export function recordSubmission(req: PayloadRequest, facts: SubmissionFacts, opts: { siteKey: () => string | null }): void {
  const header = (name: string) => req.headers.get(`${VISITOR_HEADER_PREFIX}${name}`)
  const userAgent = header('user-agent')?.slice(0, 512) ?? ''
  if (isBotUserAgent(userAgent) || isPrefetch(header)) return
  const id = (v: unknown) => (v !== null && v !== undefined && ROW_ID.test(String(v)) ? String(v) : undefined)
  const now = Date.now()
  const event: InsightsEvent = {
    type: 'submission',
    at: now,
    language: facts.language,
    source: sourceOfAttribution(facts.attribution),
    kind: facts.collection === 'leads' ? 'lead' : 'application',
    vacancy: id(facts.vacancy),
    video: id(facts.video),
    ref: submissionRef(req.payload.secret, facts.collection, facts.id),
  }
  const { hasher, buffer } = insightsFor(req.payload)
  const address = clientAddress(req, opts)
  void (async () => {
    const visitor = await hasher.hash({ address, userAgent, optedOut: optsOut(header) }, now)
    await buffer.add([{ event, visitor }])
  })().catch((error: unknown) => req.payload.logger.error({ msg: 'insights: could not record a submission', err: error }))
}

/** The session a stored lead or application came from (first and last touch), if it was measured. */
export async function sessionOfSubmission(req: Pick<PayloadRequest, 'payload'>, collection: SubmissionCollection, id: string | number) {
  return insightsFor(req.payload).store.sessionOfSubmission(submissionRef(req.payload.secret, collection, id))
}
