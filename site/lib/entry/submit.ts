/**
 * Sends a validated submission to the CMS's entry endpoints (cms/entry/endpoints.ts, contract in
 * common/api.ts) with the site key, passing the visitor's address for the CMS's rate limit. The CMS validates again; its
 * field errors come back to the form.
 *
 * Every submission carries an idempotency key (cms/entry/idempotency.ts). A post that timed out,
 * lost its connection or met a 5xx may well have been stored (under load the CMS can answer 201
 * after we stopped waiting), so it is sent again with the same key, a bounded number of times:
 * the CMS answers a repeat with what it stored the first time, delete link included. Only when
 * every try fails does the candidate hear about it — and then they are told it may have arrived,
 * and that sending again is safe (the form keeps the key).
 */
import { apiPath, endpoints, SITE_KEY_HEADER, VISITOR_IP_HEADER, type CandidateWithdrawSummary, type LeadPersonalView } from '../../../common/api'
import { cmsCall, cmsUrl, CMS_SUBMIT_TIMEOUT_MS, siteApiKey, unlessCmsDown } from '../cms'
import type { Lang } from '../i18n'

const TIMEOUT_MS = CMS_SUBMIT_TIMEOUT_MS
/** Tries per submission; the waits between them are short, the timeouts bound the total. */
const ATTEMPTS = Math.max(1, Number(process.env.CMS_SUBMIT_ATTEMPTS ?? 3))
const RETRY_PAUSE_MS = [250, 1000]

export type SubmitResult =
  | { kind: 'ok'; id: string; withdrawToken?: string }
  | { kind: 'invalid'; message: string; fields: Record<string, string> }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'gone'; message: string }
  /** `maybeStored`: the CMS may have stored it (we got no answer); false: it certainly did not. */
  | { kind: 'unavailable'; maybeStored: boolean }

/** Answers worth another try with the same key: no answer at all, or a server error. */
type Attempt = SubmitResult | { kind: 'retry'; maybeStored: boolean }

/** 128 random bits, URL-safe: the key the CMS accepts (see readIdempotencyKey). */
export function newSubmissionKey(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url')
}

export function isSubmissionKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{22,100}$/.test(value)
}

async function post(label: string, path: string, visitorIp: string, idempotencyKey: string, body: BodyInit, headers: Record<string, string> = {}): Promise<SubmitResult> {
  const key = siteApiKey()
  if (!key) {
    console.error(`[site] entry ${label}: SITE_API_KEY is not set; submissions cannot be stored`)
    return { kind: 'unavailable', maybeStored: false }
  }
  let maybeStored = false
  for (let attempt = 1; ; attempt++) {
    const result = await postOnce(label, path, { Accept: 'application/json', [SITE_KEY_HEADER]: key, [VISITOR_IP_HEADER]: visitorIp, 'Idempotency-Key': idempotencyKey, ...headers }, body)
    if (result.kind !== 'retry') return result
    maybeStored ||= result.maybeStored
    if (attempt >= ATTEMPTS) return { kind: 'unavailable', maybeStored }
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS[attempt - 1] ?? 1000))
  }
}

/**
 * The one call that does not go through cmsCall (../cms.ts): a retry must know whether the request
 * went out (timeout: maybe stored) or never left (refused connection: certainly not), and must read
 * the answer within the same deadline; cmsCall folds all of these into "CMS down".
 */
async function postOnce(label: string, path: string, headers: Record<string, string>, body: BodyInit): Promise<Attempt> {
  let response: Response
  // One signal for the request and the reading of its answer: a 201 that arrives too slowly
  // is retried like any other missing answer, and the retry gets the stored one back.
  const signal = AbortSignal.timeout(TIMEOUT_MS)
  try {
    response = await fetch(`${cmsUrl()}${path}`, { method: 'POST', headers, body, signal })
  } catch (error) {
    console.error(`[site] entry ${label}: ${signal.aborted ? `no answer within ${TIMEOUT_MS} ms` : error instanceof Error ? error.message : String(error)}`)
    // A refused connection stored nothing; a request that went out and got no answer may have.
    return { kind: 'retry', maybeStored: signal.aborted }
  }
  let data: Record<string, unknown> = {}
  let readable = true
  try {
    const parsed: unknown = await response.json()
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>
  } catch {
    readable = false
    data = {}
  }
  const message = typeof data.error === 'string' ? data.error : ''
  // 201: stored now; 200: stored by an earlier try with the same key.
  if ((response.status === 201 || response.status === 200) && data.id !== undefined) {
    return { kind: 'ok', id: String(data.id), ...(typeof data.withdrawToken === 'string' ? { withdrawToken: data.withdrawToken } : {}) }
  }
  if ((response.status === 201 || response.status === 200) && !readable) {
    console.error(`[site] entry ${label}: the CMS answer could not be read${signal.aborted ? ` within ${TIMEOUT_MS} ms` : ''}; asking again with the same key`)
    return { kind: 'retry', maybeStored: true }
  }
  if (response.status === 429) return { kind: 'rate-limited', message }
  if (response.status === 410) return { kind: 'gone', message }
  if (response.status === 400 || response.status === 409 || response.status === 413) {
    const fields = data.fields && typeof data.fields === 'object' ? (data.fields as Record<string, string>) : {}
    return { kind: 'invalid', message, fields }
  }
  console.error(`[site] entry ${label}: CMS answered ${response.status}${message ? `: ${message}` : ''}`)
  if (response.status >= 500) return { kind: 'retry', maybeStored: true }
  return { kind: 'unavailable', maybeStored: false }
}

/** `visitor`: the visitor's measurement headers (lib/visitor.ts visitorHeaders): the CMS records the submission's event itself. */
export function submitLead(lang: Lang, body: Record<string, unknown>, visitorIp: string, idempotencyKey: string, visitor: Record<string, string> = {}): Promise<SubmitResult> {
  return post('lead', apiPath(endpoints.lead, {}, lang), visitorIp, idempotencyKey, JSON.stringify(body), { 'Content-Type': 'application/json', ...visitor })
}

/** The form is sent as it is on every try (a FormData body can be sent again, unlike a stream). */
export function submitApplication(lang: Lang, form: FormData, visitorIp: string, idempotencyKey: string, visitor: Record<string, string> = {}): Promise<SubmitResult> {
  return post('application', apiPath(endpoints.application, {}, lang), visitorIp, idempotencyKey, form, visitor)
}

export type WithdrawAnswer = { kind: 'lead' | 'application'; summary: CandidateWithdrawSummary; personal: LeadPersonalView | null } | 'gone' | 'rate-limited' | 'unavailable'

function readSummary(value: unknown): CandidateWithdrawSummary | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  if (typeof v.createdAt !== 'string' || Number.isNaN(Date.parse(v.createdAt))) return null
  const entryPoint = (['apply', 'lead-form', 'quiz', 'business-case'] as const).find((e) => e === v.entryPoint)
  if (!entryPoint) return null
  return {
    createdAt: v.createdAt,
    entryPoint,
    vacancyTitle: typeof v.vacancyTitle === 'string' && v.vacancyTitle ? v.vacancyTitle : null,
    maskedContact: typeof v.maskedContact === 'string' && v.maskedContact ? v.maskedContact : null,
  }
}

/**
 * Asks (GET) or tells (POST) the CMS about a candidate's own delete link. 404 means nothing is
 * left behind the link: deleted already, by the candidate, a recruiter or the retention purge.
 */
export function candidateWithdraw(lang: Lang, token: string, visitorIp: string, method: 'GET' | 'POST'): Promise<WithdrawAnswer> {
  return unlessCmsDown(
    'entry withdraw',
    async () => {
      const { status, body } = await cmsCall(apiPath(endpoints.candidateWithdraw, { token }, lang), { label: 'entry withdraw', method, siteKey: true, visitorIp, timeoutMs: CMS_SUBMIT_TIMEOUT_MS })
      if (status === 404) return 'gone'
      if (status === 429) return 'rate-limited'
      const summary = readSummary(body.summary)
      if (status === 200 && (body.kind === 'lead' || body.kind === 'application') && summary) return { kind: body.kind, summary, personal: readPersonal(body.personal) }
      console.error(`[site] entry withdraw: CMS answered ${status}`)
      return 'unavailable'
    },
    () => 'unavailable' as const,
  )
}

/** A lead's personal choices as the CMS reports them (common/api.ts LeadPersonalView), or null. */
function readPersonal(value: unknown): LeadPersonalView | null {
  if (!value || typeof value !== 'object') return null
  const v = value as { hasEmail?: unknown; jobAlerts?: Record<string, unknown>; cv?: Record<string, unknown> }
  const a = v.jobAlerts
  const c = v.cv
  if (!a || !c || typeof a.consentVersion !== 'string' || typeof a.consentText !== 'string' || typeof c.consentVersion !== 'string' || typeof c.consentText !== 'string') return null
  const date = (x: unknown) => (typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : null)
  return {
    hasEmail: v.hasEmail === true,
    jobAlerts: { on: a.on === true, since: date(a.since), consentVersion: a.consentVersion, consentText: a.consentText },
    cv: { added: c.added === true, at: date(c.at), consentVersion: c.consentVersion, consentText: c.consentText },
  }
}

export type PersonalAnswer = { kind: 'ok'; message: string } | { kind: 'refused'; message: string } | 'gone' | 'rate-limited' | 'unavailable'

/**
 * A lead's choice from their personal page, passed on to the CMS (cms/entry/personal.ts): job
 * alerts on or off (JSON), or a CV (the form as the visitor sent it: the file and the consent version).
 */
export function leadPersonalChange(lang: Lang, token: string, visitorIp: string, change: { jobAlerts: boolean; consentVersion?: string } | { cv: FormData }): Promise<PersonalAnswer> {
  const label = 'jobAlerts' in change ? 'personal job alerts' : 'personal cv'
  return unlessCmsDown(
    label,
    async () => {
      const path = 'jobAlerts' in change ? apiPath(endpoints.personalJobAlerts, { token }, lang) : apiPath(endpoints.personalCv, { token }, lang)
      const { status, body } = await cmsCall(path, {
        label,
        method: 'POST',
        siteKey: true,
        visitorIp,
        timeoutMs: CMS_SUBMIT_TIMEOUT_MS,
        ...('jobAlerts' in change ? { json: { on: change.jobAlerts, ...(change.consentVersion ? { consentVersion: change.consentVersion } : {}) } } : { form: change.cv }),
      })
      const message = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : ''
      if (status === 404) return 'gone'
      if (status === 429) return 'rate-limited'
      if (status === 200 && message) return { kind: 'ok', message }
      if ((status === 400 || status === 409 || status === 413) && message) return { kind: 'refused', message }
      console.error(`[site] entry ${label}: CMS answered ${status}`)
      return 'unavailable'
    },
    () => 'unavailable' as const,
  )
}
