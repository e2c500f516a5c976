/**
 * The candidate's own "delete my details" page. Opening the link only shows what will happen
 * (mail scanners and link previews open links too); the button posts, and only then the CMS
 * deletes the lead or the application with its CV.
 */
import type { CandidateWithdrawSummary } from '../../../common/api'
import { looksLikeToken } from '../../../common/tokens'
import { formatDate } from '../format'
import type { Lang } from '../i18n'
import { entryCopy } from './copy'
import { candidateWithdraw } from './submit'

export type WithdrawState =
  | { kind: 'confirm'; subject: 'lead' | 'application'; summary: string; contact: string | null }
  | { kind: 'done'; summary: string }
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
  const summary = describeWithdrawal(answer.kind, answer.summary, lang)
  return method === 'POST'
    ? { state: { kind: 'done', summary }, status: 200 }
    : { state: { kind: 'confirm', subject: answer.kind, summary, contact: answer.summary.maskedContact }, status: 200 }
}

/**
 * "Je sollicitatie op Klantenservicemedewerker zakelijk van 2 december 2026", "Your details left
 * on 2 December 2026 via the quiz": which application or lead the button deletes, from what the
 * CMS tells about the token (no more than the kind, the date, the entry point and the vacancy).
 */
export function describeWithdrawal(kind: 'lead' | 'application', s: CandidateWithdrawSummary, lang: Lang): string {
  const c = entryCopy(lang)
  const day = formatDate(s.createdAt, lang) ?? ''
  if (kind === 'application') return s.vacancyTitle ? c.withdrawSummaryApplication(s.vacancyTitle, day) : c.withdrawSummaryApplicationNoVacancy(day)
  return c.withdrawSummaryLead(day, c.withdrawVia[s.entryPoint], s.vacancyTitle)
}
