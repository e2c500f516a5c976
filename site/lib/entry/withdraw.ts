/**
 * The candidate's own page behind their personal link ("delete my details"). Opening the link only
 * shows what will happen (mail scanners and link previews open links too); every change is a post:
 * - `action=delete` (the default, as the first version of the page posted no fields): the CMS
 *   deletes the lead or the application with its CV;
 * - for a lead, `action=job-alerts-on` (with the consent box ticked) and `action=job-alerts-off`,
 *   and `action=cv` with a PDF or DOCX and its consent box: see cms/entry/personal.ts.
 */
import type { CandidateWithdrawSummary, LeadPersonalView } from '../../../common/api'
import { CV_MAX_BYTES } from '../../../common/entry/sniffCv'
import { looksLikeToken } from '../../../common/tokens'
import { formatDate } from '../format'
import type { Lang } from '../i18n'
import { entryCopy } from './copy'
import { readForm } from './forms'
import { candidateWithdraw, leadPersonalChange } from './submit'

export type PersonalNotice = { kind: 'ok' | 'error'; section: 'job-alerts' | 'cv'; text: string }

export type WithdrawState =
  | { kind: 'confirm'; subject: 'lead' | 'application'; summary: string; contact: string | null; personal: LeadPersonalView | null; notice: PersonalNotice | null }
  | { kind: 'done'; summary: string }
  | { kind: 'gone' }
  | { kind: 'rate-limited' }
  | { kind: 'unavailable' }

const PERSONAL_MAX_BYTES = CV_MAX_BYTES + 64 * 1024

type PersonalAction = 'delete' | 'job-alerts-on' | 'job-alerts-off' | 'cv'
const actionOf = (value: FormDataEntryValue | null): PersonalAction | null =>
  value === null || value === 'delete' ? 'delete' : value === 'job-alerts-on' || value === 'job-alerts-off' || value === 'cv' ? value : null

export async function loadWithdrawPage(input: { request: Request; token: string | undefined; clientAddress: string; lang: Lang }): Promise<{ state: WithdrawState; status: number }> {
  const { token, lang } = input
  const c = entryCopy(lang)
  // A malformed token never reaches the CMS.
  if (!looksLikeToken(token)) return { state: { kind: 'gone' }, status: 404 }
  let notice: PersonalNotice | null = null
  let status = 200
  if (input.request.method === 'POST') {
    const read = await readForm(input.request, PERSONAL_MAX_BYTES)
    const form = read.ok ? read.form : null
    const action = form ? actionOf(form.get('action')) : 'cv'
    if (action === 'delete') return deleteNow(lang, token, input.clientAddress)
    const section = action === 'cv' ? 'cv' : 'job-alerts'
    let answer: Awaited<ReturnType<typeof leadPersonalChange>> | null = null
    if (!read.ok) notice = { kind: 'error', section, text: read.reason === 'too-large' ? c.personalCvTooLarge : c.personalMalformed }
    else if (!action) notice = { kind: 'error', section, text: c.personalMalformed }
    else if (action !== 'job-alerts-off' && read.form.get('agree') !== 'yes') notice = { kind: 'error', section, text: c.personalAgreeRequired }
    else if (action === 'cv') {
      const file = read.form.get('cv')
      if (!file || typeof file === 'string' || file.size === 0) notice = { kind: 'error', section, text: c.personalCvMissing }
      else {
        const forward = new FormData()
        forward.set('consentVersion', String(read.form.get('consentVersion') ?? ''))
        forward.set('cv', file, file.name)
        answer = await leadPersonalChange(lang, token, input.clientAddress, { cv: forward })
      }
    } else {
      const consentVersion = String(read.form.get('consentVersion') ?? '')
      answer = await leadPersonalChange(lang, token, input.clientAddress, action === 'job-alerts-on' ? { jobAlerts: true, consentVersion } : { jobAlerts: false })
    }
    if (answer === 'gone') return { state: { kind: 'gone' }, status: 404 }
    if (answer === 'rate-limited') return { state: { kind: 'rate-limited' }, status: 429 }
    if (answer === 'unavailable') return { state: { kind: 'unavailable' }, status: 503 }
    if (answer) notice = { kind: answer.kind === 'ok' ? 'ok' : 'error', section, text: answer.message }
    if (notice?.kind === 'error') status = 400
  }
  const answer = await candidateWithdraw(lang, token, input.clientAddress, 'GET')
  if (answer === 'gone') return { state: { kind: 'gone' }, status: 404 }
  if (answer === 'rate-limited') return { state: { kind: 'rate-limited' }, status: 429 }
  if (answer === 'unavailable') return { state: { kind: 'unavailable' }, status: 503 }
  const summary = describeWithdrawal(answer.kind, answer.summary, lang)
  return { state: { kind: 'confirm', subject: answer.kind, summary, contact: answer.summary.maskedContact, personal: answer.personal, notice }, status }
}

async function deleteNow(lang: Lang, token: string, clientAddress: string): Promise<{ state: WithdrawState; status: number }> {
  const answer = await candidateWithdraw(lang, token, clientAddress, 'POST')
  if (answer === 'gone') return { state: { kind: 'gone' }, status: 404 }
  if (answer === 'rate-limited') return { state: { kind: 'rate-limited' }, status: 429 }
  if (answer === 'unavailable') return { state: { kind: 'unavailable' }, status: 503 }
  return { state: { kind: 'done', summary: describeWithdrawal(answer.kind, answer.summary, lang) }, status: 200 }
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
