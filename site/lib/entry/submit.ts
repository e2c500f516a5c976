/**
 * Sends a validated submission to the CMS's entry endpoints (cms/entry/endpoints.ts, contract in
 * common/api.ts) with the site key, passing the visitor's address for the CMS's rate limit. The
 * CMS validates again; its field errors come back to the form. Network trouble and 5xx mean
 * "nothing stored, try again".
 */
import { apiPath, endpoints, type EntryCreated } from '../../../common/api'
import { cmsCall, CMS_SUBMIT_TIMEOUT_MS, unlessCmsDown, type CmsAnswer, type CmsRequest } from '../cms'
import type { Lang } from '../i18n'

export type SubmitResult =
  | { kind: 'ok'; id: string; withdrawToken?: string }
  | { kind: 'invalid'; message: string; fields: Record<string, string> }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'gone'; message: string }
  | { kind: 'unavailable' }

const unavailable = () => ({ kind: 'unavailable' }) as const

function submitResult(label: string, answer: CmsAnswer): SubmitResult {
  const { status } = answer
  const body = answer.body as Partial<EntryCreated> & { error?: unknown; fields?: unknown }
  const message = typeof body.error === 'string' ? body.error : ''
  if (status === 201 && body.id !== undefined) {
    return { kind: 'ok', id: String(body.id), ...(typeof body.withdrawToken === 'string' ? { withdrawToken: body.withdrawToken } : {}) }
  }
  if (status === 429) return { kind: 'rate-limited', message }
  if (status === 410) return { kind: 'gone', message }
  if (status === 400 || status === 409 || status === 413) {
    const fields = body.fields && typeof body.fields === 'object' ? (body.fields as Record<string, string>) : {}
    return { kind: 'invalid', message, fields }
  }
  console.error(`[site] entry ${label}: CMS answered ${status}${message ? `: ${message}` : ''}`)
  return { kind: 'unavailable' }
}

function post(label: string, path: string, visitorIp: string, body: Pick<CmsRequest, 'json' | 'form'>): Promise<SubmitResult> {
  const request: CmsRequest = { label: `entry ${label}`, method: 'POST', siteKey: true, visitorIp, timeoutMs: CMS_SUBMIT_TIMEOUT_MS, ...body }
  return unlessCmsDown(`entry ${label}`, async () => submitResult(label, await cmsCall(path, request)), unavailable)
}

export function submitLead(lang: Lang, body: Record<string, unknown>, visitorIp: string): Promise<SubmitResult> {
  return post('lead', apiPath(endpoints.lead, {}, lang), visitorIp, { json: body })
}

export function submitApplication(lang: Lang, form: FormData, visitorIp: string): Promise<SubmitResult> {
  return post('application', apiPath(endpoints.application, {}, lang), visitorIp, { form })
}

export type WithdrawAnswer = 'lead' | 'application' | 'gone' | 'rate-limited' | 'unavailable'

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
      if (status === 200 && (body.kind === 'lead' || body.kind === 'application')) return body.kind
      console.error(`[site] entry withdraw: CMS answered ${status}`)
      return 'unavailable'
    },
    () => 'unavailable' as const,
  )
}
