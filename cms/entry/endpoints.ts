/**
 * The CMS side of the career site's entry points: POST /api/entry/leads (JSON) and
 * POST /api/entry/applications (multipart, with an optional CV). Only the site server calls
 * these, with the shared site key; it passes the visitor's address, which is trusted for rate
 * limiting only when the key is valid. Everything is validated again here with zod; a refused
 * submission stores nothing. Text is stored as text — nothing here produces or trusts HTML.
 */
import crypto from 'node:crypto'
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { consentText, currentConsent, type ConsentVersion } from '../../common/entry/consentTexts'
import { applicationInput, entryMessages, fieldErrors, jobAlertsProblem, leadInput, type AttributionInput, type Locale } from '../../common/entry/schemas'
import { scoreCase, scoreQuiz, type CaseShape, type QuizShape } from '../../common/entry/scoring'
import { checkCv, CV_MAX_BYTES, cvMessages, cvMimeTypes } from '../../common/entry/sniffCv'
import { endpoints, type CandidateWithdrawAnswer } from '../../common/api'
import { isOpenForApplications } from '../../common/vacancy'

import { createRateLimiter } from '../lib/rateLimit'
import { clientErrorStatus, guard, json, localeFrom, tooManyMessage, visitorOf, type Limiter } from './guard'
import { hashToken, newToken } from '../lib/tokens'
import { cvFileName } from './cvFileName'
import { CANDIDATE_REQUEST_CONTEXT_KEY } from './audit'
import { mailCandidateInBackground } from './notify'
import { findSubmission, readIdempotencyKey, submissionHash, withdrawTokenFor, type StoredSubmission } from './idempotency'
import { currentSiteKey } from '../lib/currentSiteKey'
import { withdrawSummary } from './withdrawSummary'
import { findByPersonalToken } from './personalLink'
import { personalView } from './personal'
import { recordSubmission } from '../insights/submissions'

const LEAD_MAX_BYTES = 32 * 1024
const APPLICATION_MAX_BYTES = CV_MAX_BYTES + 256 * 1024

const copy = {
  nl: {
    check: 'Controleer de gemarkeerde velden.',
    malformed: 'Dit formulier kwam onleesbaar aan. Laad de pagina opnieuw en probeer het nog eens.',
    vacancyGone: 'Deze vacature staat niet (meer) open.',
    quizIncomplete: 'Beantwoord alle vragen van de quiz.',
    caseIncomplete: 'Maak bij elke stap van de case een keuze.',
    notFound: 'Deze quiz of case bestaat niet (meer).',
  },
  en: {
    check: 'Check the marked fields.',
    malformed: 'This form arrived unreadable. Reload the page and try again.',
    vacancyGone: 'This vacancy is not (or no longer) open.',
    quizIncomplete: 'Answer every question of the quiz.',
    caseIncomplete: 'Make a choice at every step of the case.',
    notFound: 'This quiz or case does not exist (any more).',
  },
} satisfies Record<Locale, Record<string, string>>

// The key this CMS accepts from the site, resolved once (cms/lib/currentSiteKey.ts).
const defaultSiteKey = currentSiteKey

async function publicVacancy(payload: Payload, id: string | undefined) {
  if (!id) return null
  const vacancy = await payload.findByID({ collection: 'vacancies', id, depth: 0, overrideAccess: true, disableErrors: true })
  return vacancy && (vacancy.status === 'open' || vacancy.status === 'closed') ? vacancy : null
}

async function publishedDoc<T>(payload: Payload, collection: 'quizzes' | 'business-cases', id: string, locale: Locale): Promise<T | null> {
  const doc = await payload.findByID({ collection, id, depth: 1, locale, overrideAccess: true, disableErrors: true })
  return doc && (doc as { status?: string }).status === 'published' ? (doc as T) : null
}

/** The watched video a stored lead or application names (an id, or the populated video). */
function watchedOf(doc: { attribution?: { watchedVideo?: unknown } | null }): string | null {
  const v = doc.attribution?.watchedVideo
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (v && typeof v === 'object' && 'id' in v) return String((v as { id: unknown }).id)
  return null
}

/** Attribution as stored: the watched video only when it is a published video. */
async function storedAttribution(payload: Payload, a: AttributionInput) {
  let watchedVideo: string | undefined
  if (a.watchedVideo) {
    const video = await payload.findByID({ collection: 'videos', id: a.watchedVideo, depth: 0, overrideAccess: true, disableErrors: true })
    if (video && video.status === 'published') watchedVideo = String(video.id)
  }
  // The link is stored by reference: recruiters see which colleague's link brought the candidate.
  let shareLink: string | undefined
  if (a.shareLink) {
    const link = (await payload.find({ collection: 'share-links', where: { code: { equals: a.shareLink } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (link) shareLink = String(link.id)
  }
  return {
    shareLink,
    utmSource: a.utmSource,
    utmMedium: a.utmMedium,
    utmCampaign: a.utmCampaign,
    utmTerm: a.utmTerm,
    utmContent: a.utmContent,
    referrer: a.referrer,
    landingPage: a.landingPage,
    firstSeenAt: a.firstSeenAt,
    watchedVideo,
  }
}

/** What the submission event's source is made of: the share link (by its public code, when it exists), the campaign, the referrer. */
function measured(a: AttributionInput, stored: { shareLink?: string }) {
  return { shareCode: stored.shareLink ? a.shareLink : undefined, utmSource: a.utmSource, referrer: a.referrer }
}

function consentRecord(version: ConsentVersion, locale: Locale, at: string) {
  return { version, text: consentText(version, locale), at }
}

function quizSummary(result: ReturnType<typeof scoreQuiz>, locale: Locale): string {
  const departments = result.departments.map((d) => `${d.name ?? d.id} ${d.percent}%`).join(' · ')
  const skills = result.skills.slice(0, 3).map((s) => s.label).join(', ')
  return [departments, skills ? `${locale === 'nl' ? 'sterke punten' : 'strengths'}: ${skills}` : ''].filter(Boolean).join(' — ')
}

/** The answer to a repeated submission: what the first one stored, with the same delete link. */
const replayed = (stored: StoredSubmission) => json({ ok: true, id: stored.id, ...(stored.withdrawToken ? { withdrawToken: stored.withdrawToken } : {}), replayed: true }, 200)

export function createEntryEndpoints(opts: { limiter?: Limiter; siteKey?: () => string | null } = {}): Endpoint[] {
  const limiter = opts.limiter ?? createRateLimiter({ limit: Number(process.env.ENTRY_RATE_LIMIT ?? 10), windowMs: 10 * 60_000 })
  const siteKey = opts.siteKey ?? defaultSiteKey

  const leads: Endpoint = {
    path: endpoints.lead,
    method: 'post',
    handler: async (req) => {
      const refused = guard(req, { limiter, siteKey, name: 'lead', maxBytes: LEAD_MAX_BYTES, locale: localeFrom(req), limit: false })
      if (refused) return refused
      let body: Record<string, unknown> | undefined
      try {
        body = (await req.json?.()) as Record<string, unknown>
      } catch {
        body = undefined
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return json({ error: copy[localeFrom(req)].malformed }, 400)
      const locale: Locale = body.locale === 'en' ? 'en' : 'nl'
      const c = copy[locale]
      const parsed = leadInput(locale).safeParse(body)
      if (!parsed.success) return json({ error: c.check, fields: fieldErrors(parsed.error, locale) }, 400)
      const input = parsed.data
      if (input.consentVersion !== currentConsent.lead) return json({ error: c.check, fields: { consent: entryMessages[locale].consentChanged } }, 409)
      // Job alerts asked for on the form itself: the text they saw must be today's, and they need an address.
      if (input.jobAlerts && input.jobAlertsVersion !== currentConsent.jobAlerts) return json({ error: c.check, fields: { jobAlerts: entryMessages[locale].consentChanged } }, 409)
      const alertsProblem = jobAlertsProblem(input.contact, input.jobAlerts, locale)
      if (alertsProblem) return json({ error: c.check, fields: { jobAlerts: alertsProblem } }, 400)

      const key = readIdempotencyKey(req.headers)
      const hash = key
        ? submissionHash('lead', key, { locale, entryPoint: input.entryPoint, vacancy: input.vacancy, email: input.contact.email, phone: input.contact.phone, consentVersion: input.consentVersion, jobAlerts: input.jobAlerts, quiz: input.quiz, businessCase: input.businessCase })
        : null
      const earlier = hash ? await findSubmission(req.payload, 'leads', hash) : null
      if (earlier) return replayed(earlier)
      if (!limiter.allow(`entry:lead:${visitorOf(req, siteKey)}`)) return json({ error: tooManyMessage(locale) }, 429)

      const vacancy = await publicVacancy(req.payload, input.vacancy)
      if (input.vacancy && !vacancy) return json({ error: c.vacancyGone, fields: { vacancy: c.vacancyGone } }, 400)

      let quiz: Record<string, unknown> | undefined
      if (input.entryPoint === 'quiz') {
        if (!input.quiz) return json({ error: c.quizIncomplete, fields: { quiz: c.quizIncomplete } }, 400)
        const doc = await publishedDoc<QuizShape>(req.payload, 'quizzes', input.quiz.id, locale)
        if (!doc) return json({ error: c.notFound, fields: { quiz: c.notFound } }, 400)
        const result = scoreQuiz(doc, input.quiz.answers)
        if (!result.complete) return json({ error: c.quizIncomplete, fields: { quiz: c.quizIncomplete } }, 400)
        quiz = {
          quiz: doc.id,
          summary: quizSummary(result, locale),
          answers: result.answered.map(({ question, answer, questionId, optionId }) => ({ question, answer, questionId, optionId })),
          result: { departments: result.departments.map(({ id, name, percent }) => ({ id, name, percent })), skills: result.skills.map(({ key, label }) => ({ key, label })) },
        }
      }
      let businessCase: Record<string, unknown> | undefined
      if (input.entryPoint === 'business-case') {
        if (!input.businessCase) return json({ error: c.caseIncomplete, fields: { businessCase: c.caseIncomplete } }, 400)
        const doc = await publishedDoc<CaseShape>(req.payload, 'business-cases', input.businessCase.id, locale)
        if (!doc) return json({ error: c.notFound, fields: { businessCase: c.notFound } }, 400)
        const result = scoreCase(doc, input.businessCase.choices)
        if (!result.complete) return json({ error: c.caseIncomplete, fields: { businessCase: c.caseIncomplete } }, 400)
        businessCase = { case: doc.id, score: result.percent, choices: result.steps.map(({ question, choice, points, maxPoints }) => ({ question, choice, points, maxPoints })) }
      }

      const now = new Date().toISOString()
      const withdrawToken = hash ? withdrawTokenFor(req.payload.secret, hash) : newToken()
      let lead: { id: string | number; attribution?: { watchedVideo?: unknown; utmSource?: string | null; referrer?: string | null } | null }
      const attribution = await storedAttribution(req.payload, input.attribution)
      try {
        lead = await req.payload.create({
          collection: 'leads',
          overrideAccess: true,
          data: {
            entryPoint: input.entryPoint,
            vacancy: vacancy ? vacancy.id : undefined,
            email: input.contact.email,
            phone: input.contact.phone,
            locale,
            consent: consentRecord(currentConsent.lead, locale, now),
            ...(input.jobAlerts ? { jobAlerts: { on: true, ...consentRecord(currentConsent.jobAlerts, locale, now), stoppedAt: null } } : {}),
            quiz,
            businessCase,
            attribution,
            withdrawTokenHash: hashToken(withdrawToken),
            submissionHash: hash ?? undefined,
          } as never,
        })
      } catch (error) {
        // Two copies of one submission raced and the unique submission hash let only one in:
        // answer with that one. Any other failure is a real one.
        const stored = hash ? await findSubmission(req.payload, 'leads', hash) : null
        if (stored) return replayed(stored)
        throw error
      }
      if (input.contact.email) mailCandidateInBackground(req.payload, { to: input.contact.email, locale, kind: 'lead', vacancyId: vacancy?.id, withdrawToken })
      // Only a new lead is a submission: a replayed one (idempotency) returned above.
      recordSubmission(req, { collection: 'leads', id: lead.id, language: locale, vacancy: vacancy?.id, video: watchedOf(lead), attribution: measured(input.attribution, attribution) }, { siteKey })
      return json({ ok: true, id: lead.id, withdrawToken }, 201)
    },
  }

  const applications: Endpoint = {
    path: endpoints.application,
    method: 'post',
    handler: async (req) => {
      const refused = guard(req, { limiter, siteKey, name: 'application', maxBytes: APPLICATION_MAX_BYTES, locale: localeFrom(req), limit: false })
      if (refused) return refused
      let form: FormData
      try {
        form = (await req.formData?.()) as FormData
      } catch {
        return json({ error: copy[localeFrom(req)].malformed }, 400)
      }
      const text = (key: string) => {
        const value = form.get(key)
        return typeof value === 'string' ? value : undefined
      }
      const jsonField = (key: string) => {
        try {
          return JSON.parse(text(key) ?? 'null') ?? undefined
        } catch {
          return undefined
        }
      }
      const locale: Locale = text('locale') === 'en' ? 'en' : 'nl'
      const c = copy[locale]
      const parsed = applicationInput(locale).safeParse({
        locale,
        entryPoint: text('entryPoint'),
        vacancy: text('vacancy'),
        name: text('name') ?? '',
        email: text('email') ?? '',
        phone: text('phone') ?? '',
        motivation: text('motivation') ?? '',
        talentPool: text('talentPool') === 'true',
        consentVersion: text('consentVersion'),
        talentPoolVersion: text('talentPoolVersion') || undefined,
        businessCase: jsonField('businessCase'),
        attribution: jsonField('attribution'),
      })
      const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error, locale)

      const file = form.get('cv')
      let cv: { bytes: Buffer; kind: 'pdf' | 'docx'; originalName: string } | null = null
      if (file && typeof file !== 'string' && file.size > 0) {
        if (file.size > CV_MAX_BYTES) errors.cv = cvMessages['too-large'][locale]
        else {
          const bytes = Buffer.from(await file.arrayBuffer())
          const checked = checkCv(bytes)
          if (!checked.ok) errors.cv = cvMessages[checked.problem][locale]
          else if (checked.kind) cv = { bytes, kind: checked.kind, originalName: file.name.slice(0, 200) }
        }
      }
      if (!parsed.success || Object.keys(errors).length) return json({ error: c.check, fields: errors }, 400)
      const input = parsed.data
      if (input.consentVersion !== currentConsent.apply || (input.talentPool && input.talentPoolVersion !== currentConsent.talentPool)) {
        return json({ error: c.check, fields: { consent: entryMessages[locale].consentChanged } }, 409)
      }

      const key = readIdempotencyKey(req.headers)
      const hash = key
        ? submissionHash('application', key, {
            locale,
            entryPoint: input.entryPoint,
            vacancy: input.vacancy,
            name: input.name,
            email: input.email,
            phone: input.phone,
            motivation: input.motivation,
            talentPool: input.talentPool,
            consentVersion: input.consentVersion,
            businessCase: input.businessCase,
            cv: cv ? crypto.createHash('sha256').update(cv.bytes).digest('hex') : null,
          })
        : null
      const earlier = hash ? await findSubmission(req.payload, 'applications', hash) : null
      if (earlier) return replayed(earlier)
      if (!limiter.allow(`entry:application:${visitorOf(req, siteKey)}`)) return json({ error: tooManyMessage(locale) }, 429)

      const vacancy = await publicVacancy(req.payload, input.vacancy)
      if (!vacancy || !isOpenForApplications(vacancy) || vacancy.applyMode === 'external') return json({ error: c.vacancyGone, fields: { vacancy: c.vacancyGone } }, 410)

      let businessCase: Record<string, unknown> | undefined
      if (input.businessCase) {
        const doc = await publishedDoc<CaseShape>(req.payload, 'business-cases', input.businessCase.id, locale)
        const result = doc ? scoreCase(doc, input.businessCase.choices) : null
        // A case that cannot be scored any more does not stop an application; it is just not attached.
        if (doc && result?.complete) businessCase = { case: doc.id, score: result.percent, choices: result.steps.map(({ question, choice, points, maxPoints }) => ({ question, choice, points, maxPoints })) }
      }

      const now = new Date().toISOString()
      let cvDoc: { id: string | number } | null = null
      if (cv) {
        try {
          cvDoc = await req.payload.create({
            collection: 'cvs',
            overrideAccess: true,
            data: { kind: cv.kind, originalName: cv.originalName },
            // Our own file name: the candidate's name for the file never becomes a path.
            file: { data: cv.bytes, mimetype: cvMimeTypes[cv.kind], name: cvFileName(input.name, cv.kind), size: cv.bytes.length },
          })
        } catch (error) {
          // Payload's own file checks (type detection with its ZIP limits, PDF integrity) disagreed
          // with ours. Recognised by the HTTP status Payload's errors carry: class names do not
          // survive the production build (a minified ValidationError is called something else).
          if (clientErrorStatus(error)) return json({ error: c.check, fields: { cv: cvMessages.unreadable[locale] } }, 400)
          throw error
        }
      }
      const withdrawToken = hash ? withdrawTokenFor(req.payload.secret, hash) : newToken()
      const attribution = await storedAttribution(req.payload, input.attribution)
      try {
        const application = await req.payload.create({
          collection: 'applications',
          overrideAccess: true,
          data: {
            vacancy: vacancy.id,
            entryPoint: businessCase ? 'business-case' : input.entryPoint,
            name: input.name,
            email: input.email,
            phone: input.phone,
            motivation: input.motivation,
            cv: cvDoc?.id,
            locale,
            consent: consentRecord(currentConsent.apply, locale, now),
            talentPool: input.talentPool ? { consented: true, ...consentRecord(currentConsent.talentPool, locale, now) } : { consented: false },
            businessCase,
            attribution,
            withdrawTokenHash: hashToken(withdrawToken),
            submissionHash: hash ?? undefined,
          } as never,
        })
        mailCandidateInBackground(req.payload, { to: input.email, locale, kind: 'application', vacancyId: vacancy.id, withdrawToken })
        recordSubmission(req, { collection: 'applications', id: application.id, language: locale, vacancy: vacancy.id, video: watchedOf(application), attribution: measured(input.attribution, attribution) }, { siteKey })
        return json({ ok: true, id: application.id, withdrawToken }, 201)
      } catch (error) {
        if (cvDoc) await req.payload.delete({ collection: 'cvs', id: cvDoc.id, overrideAccess: true }).catch(() => undefined)
        // A racing copy of this submission was stored first (the submission hash is unique).
        const stored = hash ? await findSubmission(req.payload, 'applications', hash) : null
        if (stored) return replayed(stored)
        throw error
      }
    },
  }

  /**
   * GET  /api/entry/withdraw/:token — is there still something to delete behind this link?
   * POST /api/entry/withdraw/:token — delete it now (an application with its CV), audited as the
   * candidate's own request. GET never deletes: mail scanners and link previews open links.
   */
  const withdrawEndpoint = (method: 'get' | 'post'): Endpoint => ({
    path: endpoints.candidateWithdraw,
    method,
    handler: async (req) => {
      const refused = guard(req, { limiter, siteKey, name: 'withdraw', maxBytes: 0, locale: localeFrom(req) })
      if (refused) return refused
      const found = await findByPersonalToken(req.payload, req.routeParams?.token)
      if (!found) return json({ error: 'gone' }, 404)
      // Read before a delete: the page that confirms it still says what was deleted.
      const summary = await withdrawSummary(req.payload, found.doc, localeFrom(req))
      if (method === 'post') await req.payload.delete({ collection: found.collection, id: found.doc.id, overrideAccess: true, context: { [CANDIDATE_REQUEST_CONTEXT_KEY]: true } })
      const personal = method === 'get' && found.collection === 'leads' ? { personal: personalView(found.doc, localeFrom(req)) } : {}
      return json({ ok: true, kind: found.collection === 'leads' ? 'lead' : 'application', summary, ...personal } satisfies CandidateWithdrawAnswer)
    },
  })

  return [leads, applications, withdrawEndpoint('get'), withdrawEndpoint('post')]
}

export const entryEndpoints: Endpoint[] = createEntryEndpoints()
