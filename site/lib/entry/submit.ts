/**
 * Sends a validated submission to the CMS's entry endpoints (cms/entry/endpoints.ts) with the
 * site key, passing the visitor's address for the CMS's rate limit. The CMS validates again; its
 * field errors come back to the form. Network trouble and 5xx mean "nothing stored, try again".
 */
import { cmsUrl } from '../cms'
import type { Lang } from '../i18n'

const TIMEOUT_MS = Number(process.env.CMS_SUBMIT_TIMEOUT_MS ?? 15_000)

export type SubmitResult =
  | { kind: 'ok'; id: string; withdrawToken?: string }
  | { kind: 'invalid'; message: string; fields: Record<string, string> }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'gone'; message: string }
  | { kind: 'unavailable' }

function siteKey(): string | null {
  const key = process.env.SITE_API_KEY?.trim()
  return key && key.length >= 32 ? key : null
}

async function post(label: string, path: string, visitorIp: string, body: BodyInit, headers: Record<string, string> = {}): Promise<SubmitResult> {
  const key = siteKey()
  if (!key) {
    console.error(`[site] entry ${label}: SITE_API_KEY is not set; submissions cannot be stored`)
    return { kind: 'unavailable' }
  }
  let response: Response
  try {
    response = await fetch(`${cmsUrl()}${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'x-werkvloer-site-key': key, 'x-visitor-ip': visitorIp, ...headers },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    console.error(`[site] entry ${label}: ${error instanceof Error ? error.message : String(error)}`)
    return { kind: 'unavailable' }
  }
  let data: Record<string, unknown> = {}
  try {
    const parsed: unknown = await response.json()
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>
  } catch {
    data = {}
  }
  const message = typeof data.error === 'string' ? data.error : ''
  if (response.status === 201 && data.id !== undefined) {
    return { kind: 'ok', id: String(data.id), ...(typeof data.withdrawToken === 'string' ? { withdrawToken: data.withdrawToken } : {}) }
  }
  if (response.status === 429) return { kind: 'rate-limited', message }
  if (response.status === 410) return { kind: 'gone', message }
  if (response.status === 400 || response.status === 409 || response.status === 413) {
    const fields = data.fields && typeof data.fields === 'object' ? (data.fields as Record<string, string>) : {}
    return { kind: 'invalid', message, fields }
  }
  console.error(`[site] entry ${label}: CMS answered ${response.status}${message ? `: ${message}` : ''}`)
  return { kind: 'unavailable' }
}

export function submitLead(lang: Lang, body: Record<string, unknown>, visitorIp: string): Promise<SubmitResult> {
  return post('lead', `/api/entry/leads?locale=${lang}`, visitorIp, JSON.stringify(body), { 'Content-Type': 'application/json' })
}

export function submitApplication(lang: Lang, form: FormData, visitorIp: string): Promise<SubmitResult> {
  return post('application', `/api/entry/applications?locale=${lang}`, visitorIp, form)
}

export type WithdrawAnswer = 'lead' | 'application' | 'gone' | 'rate-limited' | 'unavailable'

/**
 * Asks (GET) or tells (POST) the CMS about a candidate's own delete link. 404 means nothing is
 * left behind the link: deleted already, by the candidate, a recruiter or the retention purge.
 */
export async function candidateWithdraw(lang: Lang, token: string, visitorIp: string, method: 'GET' | 'POST'): Promise<WithdrawAnswer> {
  const key = siteKey()
  if (!key) return 'unavailable'
  try {
    const response = await fetch(`${cmsUrl()}/api/entry/withdraw/${encodeURIComponent(token)}?locale=${lang}`, {
      method,
      headers: { Accept: 'application/json', 'x-werkvloer-site-key': key, 'x-visitor-ip': visitorIp },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (response.status === 404) return 'gone'
    if (response.status === 429) return 'rate-limited'
    const data = (await response.json().catch(() => ({}))) as { kind?: unknown }
    if (response.ok && (data.kind === 'lead' || data.kind === 'application')) return data.kind
    console.error(`[site] entry withdraw: CMS answered ${response.status}`)
    return 'unavailable'
  } catch (error) {
    console.error(`[site] entry withdraw: ${error instanceof Error ? error.message : String(error)}`)
    return 'unavailable'
  }
}
