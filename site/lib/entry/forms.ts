/**
 * The server side of the entry forms (lead and application). Each post is read with a size cap,
 * checked for the honeypot, validated with the same zod schemas the CMS uses, and only then sent
 * to the CMS. A refused post stores nothing and comes back with a message per field. The same
 * handler answers plain form posts (the page is rendered again) and the enhanced forms' fetch
 * (JSON, see components/entry/enhance-form.ts).
 */
import { currentConsent } from '../../../common/entry/consentTexts'
import { applicationFields, jobAlertsProblem, leadFields } from '../../../common/entry/schemas'
import { parseSerializedAnswers, scoreCase, scoreQuiz, type Answers } from '../../../common/entry/scoring'
import { checkCv, CV_MAX_BYTES, cvMessages } from '../../../common/entry/sniffCv'
import { unlessCmsDown, type Vacancy } from '../cms'
import type { Lang } from '../i18n'
import { visitorHeaders } from '../visitor'
import { readAttribution } from './attribution'
import { entryPaths } from './paths'
import { entryCopy } from './copy'
import { canApply, contextVacancy, findBusinessCase, findQuiz, type BusinessCase, type Quiz } from './data'
import { isSubmissionKey, newSubmissionKey, submitApplication, submitLead, type SubmitResult } from './submit'

/** The honeypot: a field people never see or fill in (hidden with CSS, out of the tab order). */
export const HONEYPOT = 'website'

/**
 * The form field with the submission's idempotency key (see ./submit.ts). Enhanced forms fill it
 * in the browser. A plain post without one gets a fresh key here, and a form rendered again after
 * a failed post carries that key back, so sending it once more cannot store it twice. Public
 * pages never contain a key: they are cached and shared between visitors.
 */
export const SUBMISSION_KEY_FIELD = 'submissionKey'

function submissionKeyFrom(form: FormData): string {
  const posted = form.get(SUBMISSION_KEY_FIELD)
  return isSubmissionKey(posted) ? posted : newSubmissionKey()
}

const LEAD_MAX_BYTES = 16 * 1024
/** A CV of 5 MB plus the other fields; bigger posts are refused before they are read. */
const APPLICATION_MAX_BYTES = 12 * 1024 * 1024

export type FieldErrors = Record<string, string>

export type FormOutcome<V> =
  | { kind: 'form'; status: number; errors: FieldErrors; values: V }
  | { kind: 'thanks'; status: number; title: string; text: string; withdrawPath?: string }

/** Reads a form body, refusing it (without reading on) once it passes maxBytes. */
export async function readForm(request: Request, maxBytes: number): Promise<{ ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'malformed' }> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' }
  if (!request.body) return { ok: true, form: new FormData() }
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  try {
    const body = new Blob(chunks as BlobPart[])
    return { ok: true, form: await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData() }
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}

const text = (form: FormData, key: string, max = 10_000) => {
  const value = form.get(key)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

function fromSubmit(result: Exclude<SubmitResult, { kind: 'ok' }>, lang: Lang, known: string[]): { status: number; errors: FieldErrors } {
  const c = entryCopy(lang)
  switch (result.kind) {
    case 'invalid': {
      const errors: FieldErrors = {}
      for (const [field, message] of Object.entries(result.fields)) {
        const key = known.includes(field) ? field : 'form'
        errors[key] ??= message
      }
      if (!Object.keys(errors).length) errors.form = result.message || c.unavailable
      return { status: 422, errors }
    }
    case 'rate-limited':
      return { status: 429, errors: { form: result.message || c.unavailable } }
    case 'gone':
      return { status: 410, errors: { form: result.message || c.unavailable } }
    default:
      return { status: 503, errors: { form: result.kind === 'unavailable' && result.maybeStored ? c.maybeStored : c.unavailable } }
  }
}

const guarded = <T>(run: () => Promise<T>, onUnavailable: () => T): Promise<T> => unlessCmsDown('entry', run, onUnavailable)

// ---------------------------------------------------------------------------------------------
// Lead context: what a lead form carries besides the contact field

export type LeadEntry = 'lead-form' | 'quiz' | 'business-case'

export interface LeadContext {
  entry: LeadEntry
  vacancy: Vacancy | null
  quiz: { doc: Quiz; answers: Answers } | null
  businessCase: { doc: BusinessCase; choices: Answers } | null
}

/** Hidden fields of a lead form, as rendered into the page. */
export function leadHiddenFields(context: { entry: LeadEntry; vacancySlug?: string | null; quizSlug?: string | null; answers?: string | null; caseSlug?: string | null; choices?: string | null }): Record<string, string> {
  const fields: Record<string, string> = { entry: context.entry, consentVersion: currentConsent.lead }
  if (context.vacancySlug) fields.vacancy = context.vacancySlug
  if (context.quizSlug) fields.quiz = context.quizSlug
  if (context.answers) fields.answers = context.answers
  if (context.caseSlug) fields.case = context.caseSlug
  if (context.choices) fields.choices = context.choices
  return fields
}

/** Rebuilds the lead's context from a posted form. Anything that does not check out is dropped. */
export async function leadContextFrom(form: FormData, lang: Lang): Promise<LeadContext> {
  const vacancy = await contextVacancy(lang, text(form, 'vacancy', 100))
  const requested = text(form, 'entry', 20)
  let quiz: LeadContext['quiz'] = null
  let businessCase: LeadContext['businessCase'] = null
  const quizSlug = text(form, 'quiz', 100)
  const answers = parseSerializedAnswers(text(form, 'answers', 2000))
  if (requested === 'quiz' && quizSlug && answers) {
    const doc = await findQuiz(lang, quizSlug)
    if (doc && scoreQuiz(doc, answers).complete) quiz = { doc, answers }
  }
  const caseSlug = text(form, 'case', 100)
  const choices = parseSerializedAnswers(text(form, 'choices', 2000))
  if (requested === 'business-case' && caseSlug && choices) {
    const doc = await findBusinessCase(lang, caseSlug)
    if (doc && scoreCase(doc, choices).complete) businessCase = { doc, choices }
  }
  const entry: LeadEntry = quiz ? 'quiz' : businessCase ? 'business-case' : 'lead-form'
  return { entry, vacancy, quiz, businessCase }
}

export type LeadValues = { contact: string; consent: boolean; jobAlerts: boolean; submissionKey?: string }

export async function handleLeadPost(input: { request: Request; clientAddress: string; lang: Lang }): Promise<{ outcome: FormOutcome<LeadValues>; context: LeadContext | null }> {
  const { lang } = input
  const c = entryCopy(lang)
  const read = await readForm(input.request, LEAD_MAX_BYTES)
  const empty: LeadValues = { contact: '', consent: false, jobAlerts: false }
  // This form has no CV: its messages say what really went wrong with the post.
  if (!read.ok) return { outcome: { kind: 'form', status: read.reason === 'too-large' ? 413 : 400, errors: { form: read.reason === 'too-large' ? c.leadTooLarge : c.malformed }, values: empty }, context: null }
  const form = read.form
  const values: LeadValues = { contact: text(form, 'contact', 300), consent: form.get('consent') === 'yes', jobAlerts: form.get('jobAlerts') === 'yes', submissionKey: submissionKeyFrom(form) }
  return guarded<{ outcome: FormOutcome<LeadValues>; context: LeadContext | null }>(
    async () => {
      const context = await leadContextFrom(form, lang)
      // A bot filled in the honeypot: it gets the same thank-you, and nothing is stored.
      if (text(form, HONEYPOT)) return { outcome: { kind: 'thanks', status: 200, title: c.leadThanksTitle, text: c.leadThanksText(values.contact.trim()) }, context }
      const parsed = leadFields(lang).safeParse({ contact: values.contact, consent: values.consent, jobAlerts: values.jobAlerts })
      const errors: FieldErrors = {}
      if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
      const alertsProblem = parsed.success ? jobAlertsProblem(parsed.data.contact, values.jobAlerts, lang) : null
      if (alertsProblem) errors.jobAlerts = alertsProblem
      if (!parsed.success || alertsProblem) return { outcome: { kind: 'form', status: 422, errors, values }, context }
      const result = await submitLead(
        lang,
        {
          locale: lang,
          entryPoint: context.entry,
          vacancy: context.vacancy?.id,
          contact: values.contact,
          consent: true,
          consentVersion: text(form, 'consentVersion', 64) || currentConsent.lead,
          ...(values.jobAlerts ? { jobAlerts: true, jobAlertsVersion: text(form, 'jobAlertsVersion', 64) || currentConsent.jobAlerts } : {}),
          quiz: context.quiz ? { id: context.quiz.doc.id, answers: context.quiz.answers } : undefined,
          businessCase: context.businessCase ? { id: context.businessCase.doc.id, choices: context.businessCase.choices } : undefined,
          attribution: readAttribution(form),
        },
        input.clientAddress,
        values.submissionKey!,
        visitorHeaders(input.request),
      )
      if (result.kind === 'ok') {
        const shown = parsed.data.contact.email ?? formatMobile(parsed.data.contact.phone ?? '')
        return { outcome: { kind: 'thanks', status: 200, title: c.leadThanksTitle, text: c.leadThanksText(shown), ...withdrawPathFor(result, lang) }, context }
      }
      const { status, errors: refused } = fromSubmit(result, lang, ['contact', 'consent', 'jobAlerts'])
      return { outcome: { kind: 'form', status, errors: refused, values }, context }
    },
    () => ({ outcome: { kind: 'form', status: 503, errors: { form: c.unavailable }, values }, context: null }),
  )
}

/** +31612345678 → 06 12345678, the way people read their own number. */
export function formatMobile(e164: string): string {
  return /^\+316\d{8}$/.test(e164) ? `06 ${e164.slice(4)}` : e164
}

// ---------------------------------------------------------------------------------------------
// Applications

export type ApplyValues = { name: string; email: string; phone: string; motivation: string; talentPool: boolean; hadCv: boolean; submissionKey?: string }

export interface ApplyContext {
  businessCase: { doc: BusinessCase; choices: Answers; serialized: string } | null
}

export async function applyContextFrom(lang: Lang, caseSlug: string, serializedChoices: string): Promise<ApplyContext> {
  const choices = parseSerializedAnswers(serializedChoices.slice(0, 2000))
  if (!caseSlug || !choices) return { businessCase: null }
  const doc = await findBusinessCase(lang, caseSlug.slice(0, 100))
  return doc && scoreCase(doc, choices).complete ? { businessCase: { doc, choices, serialized: serializedChoices } } : { businessCase: null }
}

export async function handleApplicationPost(input: { request: Request; clientAddress: string; lang: Lang; vacancy: Vacancy }): Promise<{ outcome: FormOutcome<ApplyValues>; context: ApplyContext }> {
  const { lang, vacancy } = input
  const c = entryCopy(lang)
  const empty: ApplyValues = { name: '', email: '', phone: '', motivation: '', talentPool: false, hadCv: false }
  const read = await readForm(input.request, APPLICATION_MAX_BYTES)
  // Too large: it is the CV that makes a post big. Malformed: nothing to do with the CV.
  if (!read.ok) return { outcome: { kind: 'form', status: read.reason === 'too-large' ? 413 : 400, errors: read.reason === 'too-large' ? { cv: c.tooLarge } : { form: c.malformed }, values: empty }, context: { businessCase: null } }
  const form = read.form
  const cvFile = form.get('cv')
  const file = cvFile && typeof cvFile !== 'string' && cvFile.size > 0 ? cvFile : null
  const values: ApplyValues = {
    name: text(form, 'name', 300),
    email: text(form, 'email', 300),
    phone: text(form, 'phone', 100),
    motivation: text(form, 'motivation', 5000),
    talentPool: form.get('talentPool') === 'yes',
    hadCv: Boolean(file),
    submissionKey: submissionKeyFrom(form),
  }
  const fallbackContext: ApplyContext = { businessCase: null }
  return guarded<{ outcome: FormOutcome<ApplyValues>; context: ApplyContext }>(
    async () => {
      const context = await applyContextFrom(lang, text(form, 'case', 100), text(form, 'choices', 2000))
      if (text(form, HONEYPOT)) return { outcome: { kind: 'thanks', status: 200, title: c.applyThanksTitle, text: c.applyThanksText(values.name.trim()) }, context }
      if (!canApply(vacancy)) return { outcome: { kind: 'form', status: 410, errors: { form: lang === 'nl' ? 'Deze vacature staat niet meer open.' : 'This vacancy is no longer open.' }, values }, context }
      const parsed = applicationFields(lang).safeParse({ ...values, talentPool: values.talentPool })
      const errors: FieldErrors = {}
      if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
      let cvBytes: Uint8Array | null = null
      if (file) {
        if (file.size > CV_MAX_BYTES) errors.cv = cvMessages['too-large'][lang]
        else {
          cvBytes = new Uint8Array(await file.arrayBuffer())
          const checked = checkCv(cvBytes)
          if (!checked.ok) errors.cv = cvMessages[checked.problem][lang]
        }
      }
      if (!parsed.success || Object.keys(errors).length) return { outcome: { kind: 'form', status: 422, errors, values }, context }

      const outgoing = new FormData()
      const data = parsed.data
      outgoing.set('locale', lang)
      outgoing.set('entryPoint', context.businessCase ? 'business-case' : 'apply')
      outgoing.set('vacancy', vacancy.id)
      outgoing.set('name', data.name)
      outgoing.set('email', data.email)
      outgoing.set('phone', values.phone)
      outgoing.set('motivation', data.motivation ?? '')
      outgoing.set('consentVersion', text(form, 'consentVersion', 64) || currentConsent.apply)
      if (data.talentPool) {
        outgoing.set('talentPool', 'true')
        outgoing.set('talentPoolVersion', text(form, 'talentPoolVersion', 64) || currentConsent.talentPool)
      }
      if (context.businessCase) outgoing.set('businessCase', JSON.stringify({ id: context.businessCase.doc.id, choices: context.businessCase.choices }))
      outgoing.set('attribution', JSON.stringify(readAttribution(form)))
      if (file && cvBytes) outgoing.set('cv', new File([cvBytes as BlobPart], file.name.slice(0, 200) || 'cv', { type: file.type || 'application/octet-stream' }))
      const result = await submitApplication(lang, outgoing, input.clientAddress, values.submissionKey!, visitorHeaders(input.request))
      if (result.kind === 'ok') return { outcome: { kind: 'thanks', status: 200, title: c.applyThanksTitle, text: c.applyThanksText(data.name), ...withdrawPathFor(result, lang) }, context }
      const refused = fromSubmit(result, lang, ['name', 'email', 'phone', 'motivation', 'cv', 'talentPool'])
      return { outcome: { kind: 'form', status: refused.status, errors: refused.errors, values }, context }
    },
    () => ({ outcome: { kind: 'form', status: 503, errors: { form: c.unavailable }, values }, context: fallbackContext }),
  )
}

/** The JSON the enhanced forms read. */
/** The candidate's own delete link, when the CMS gave one (a honeypot "thanks" has none). */
function withdrawPathFor(result: { withdrawToken?: string }, lang: Lang): { withdrawPath?: string } {
  return result.withdrawToken ? { withdrawPath: entryPaths.withdraw(lang, result.withdrawToken) } : {}
}

export function outcomeJson(outcome: FormOutcome<unknown>, lang: Lang, errorsTitle = entryCopy(lang).errorsTitle): Response {
  const c = entryCopy(lang)
  const withdraw = outcome.kind === 'thanks' && outcome.withdrawPath ? { withdraw: { path: outcome.withdrawPath, hint: c.withdrawHint, link: c.withdrawLink } } : {}
  const body = outcome.kind === 'thanks' ? { ok: true, title: outcome.title, text: outcome.text, ...withdraw } : { ok: false, title: errorsTitle, errors: outcome.errors }
  return Response.json(body, { status: outcome.status, headers: { 'Cache-Control': 'no-store' } })
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json')
}
