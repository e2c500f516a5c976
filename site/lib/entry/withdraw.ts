/**
 * The candidate's own "delete my details" page. Opening the link only shows what will happen
 * (mail scanners and link previews open links too); the button posts, and only then the CMS
 * deletes the lead or the application with its CV.
 */
import { looksLikeToken } from '../../../common/tokens'
import type { Lang } from '../i18n'
import { candidateWithdraw } from './submit'

export type WithdrawState =
  | { kind: 'confirm'; subject: 'lead' | 'application' }
  | { kind: 'done' }
  | { kind: 'gone' }
  | { kind: 'rate-limited' }
  | { kind: 'unavailable' }

export async function loadWithdrawPage(input: { request: Request; token: string | undefined; clientAddress: string; lang: Lang }): Promise<{ state: WithdrawState; status: number }> {
  const { token, lang } = input
  // A malformed token never reaches the CMS.
  if (!looksLikeToken(token)) return { state: { kind: 'gone' }, status: 404 }
  const method = input.request.method === 'POST' ? 'POST' : 'GET'
  const answer = await candidateWithdraw(lang, token, input.clientAddress, method)
  if (answer === 'gone') return { state: { kind: 'gone' }, status: 404 }
  if (answer === 'rate-limited') return { state: { kind: 'rate-limited' }, status: 429 }
  if (answer === 'unavailable') return { state: { kind: 'unavailable' }, status: 503 }
  return method === 'POST' ? { state: { kind: 'done' }, status: 200 } : { state: { kind: 'confirm', subject: answer }, status: 200 }
}
