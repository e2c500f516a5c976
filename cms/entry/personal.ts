/**
 * A lead's own choices from their personal link (./personalLink.ts), both opt-in with a versioned
 * consent text (common/entry/consentTexts.ts), stored on the lead with the exact words and time:
 *
 * POST /api/entry/personal/:token/job-alerts — JSON `{ on: true, consentVersion }` turns job alerts
 *      on (cms/alerts/jobAlerts.ts mails matching new vacancies), `{ on: false }` stops them at
 *      once: mails waiting to go are dropped.
 * POST /api/entry/personal/:token/cv — multipart `cv` (PDF or DOCX, checked by its bytes like the
 *      application form's) and `consentVersion`: the CV is read at once, so a scan without text is
 *      refused with a clear message instead of being stored unread; the lead's talent profile is
 *      rebuilt by the Leads hooks. A new CV replaces the old one; it goes with the lead.
 *
 * Only the site calls these, with the site key; the token is the candidate's only key. A token of an
 * application, a guessed or expired one: 404, nothing changes.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { endpoints, type LeadPersonalAnswer, type LeadPersonalView } from '../../common/api'
import { consentText, currentConsent } from '../../common/entry/consentTexts'
import { checkCv, CV_MAX_BYTES, cvMessages, cvMimeTypes } from '../../common/entry/sniffCv'
import type { Locale } from '../../common/locale'
import type { Lead } from '../payload-types'
import { currentSiteKey } from '../lib/currentSiteKey'
import { createRateLimiter } from '../lib/rateLimit'
import { cvSkipMessages, cvTextFromBytes } from '../match/cvText'
import { cvFileName } from './cvFileName'
import { clientErrorStatus, guard, json, localeFrom, type Limiter } from './guard'
import { findByPersonalToken } from './personalLink'

const copy = {
  nl: {
    gone: 'Deze link werkt niet (meer).',
    malformed: 'Dit formulier kwam onleesbaar aan. Laad de pagina opnieuw en probeer het nog eens.',
    consentChanged: 'De toestemmingstekst is net gewijzigd. Laad de pagina opnieuw.',
    consentRequired: 'Vink aan dat je akkoord gaat met de tekst hierboven.',
    needsEmail: 'Vacaturemeldingen gaan per e-mail, en je liet ons alleen een telefoonnummer achter. Meld je opnieuw aan met je e-mailadres om ze te krijgen.',
    alertsOn: 'Vacaturemeldingen staan aan. Je krijgt hoogstens één mail per dag, alleen over nieuwe vacatures die bij je passen.',
    alertsOff: 'Vacaturemeldingen staan uit. Je krijgt er geen meer.',
    cvMissing: 'Kies een cv (pdf of Word).',
    cvAdded: 'Je cv is toegevoegd. We gebruiken het om je te matchen met nieuwe vacatures.',
    applicationOnly: 'Dit kan alleen bij een aanmelding via "Hou me op de hoogte", een quiz of een praktijkcase.',
  },
  en: {
    gone: 'This link does not work (any more).',
    malformed: 'This form arrived unreadable. Reload the page and try again.',
    consentChanged: 'The consent text has just changed. Reload the page.',
    consentRequired: 'Tick the box to agree with the text above.',
    needsEmail: 'Job alerts go by email, and you left us only a phone number. Sign up again with your email address to get them.',
    alertsOn: 'Job alerts are on. You get at most one email a day, only about new vacancies that fit you.',
    alertsOff: 'Job alerts are off. You will not get any more.',
    cvMissing: 'Choose a CV (PDF or Word).',
    cvAdded: 'Your CV has been added. We use it to match you with new vacancies.',
    applicationOnly: 'This is only possible for a sign-up through "Keep me posted", a quiz or a business case.',
  },
} satisfies Record<Locale, Record<string, string>>

/** A CV that was read but not usable: scans (no text layer) and damaged files, in the lead's words. */
const cvRefused = {
  scanned: {
    nl: 'Dit cv lijkt een scan of foto: er staat geen tekst in die we kunnen lezen, en tekstherkenning doen we niet. Upload een pdf die je vanuit Word of een ander programma hebt opgeslagen, of een .docx-bestand.',
    en: 'This CV looks like a scan or photo: it has no text we can read, and we do not run text recognition. Upload a PDF saved from Word or another program, or a .docx file.',
  },
  unreadable: cvMessages.unreadable,
  missing: cvMessages.unreadable,
} satisfies Record<keyof typeof cvSkipMessages, Record<Locale, string>>

export function personalView(lead: Lead, locale: Locale): LeadPersonalView {
  return {
    hasEmail: Boolean(lead.email),
    jobAlerts: { on: Boolean(lead.jobAlerts?.on), since: lead.jobAlerts?.on ? (lead.jobAlerts.at ?? null) : null, consentVersion: currentConsent.jobAlerts, consentText: consentText(currentConsent.jobAlerts, locale) },
    cv: { added: Boolean(lead.cv), at: lead.cv ? (lead.cvConsent?.at ?? null) : null, consentVersion: currentConsent.leadCv, consentText: consentText(currentConsent.leadCv, locale) },
  }
}

const answer = (lead: Lead, locale: Locale, message: string) => json({ ok: true, personal: personalView(lead, locale), message } satisfies LeadPersonalAnswer)

/** Job alerts off: the choice, and nothing waiting to be mailed any more. */
export async function stopJobAlerts(payload: Payload, lead: Lead, req?: PayloadRequest): Promise<Lead> {
  const updated = lead.jobAlerts?.on
    ? await payload.update({ collection: 'leads', id: lead.id, data: { jobAlerts: { ...lead.jobAlerts, on: false, stoppedAt: new Date().toISOString() } }, overrideAccess: true, ...(req ? { req } : {}) })
    : lead
  await payload.delete({ collection: 'job-alerts', where: { and: [{ lead: { equals: lead.id } }, { status: { equals: 'pending' } }] }, overrideAccess: true, ...(req ? { req } : {}) })
  return updated
}

export function createPersonalEndpoints(opts: { limiter?: Limiter; siteKey?: () => string | null } = {}): Endpoint[] {
  const limiter = opts.limiter ?? createRateLimiter({ limit: Number(process.env.ENTRY_RATE_LIMIT ?? 10), windowMs: 10 * 60_000 })
  const siteKey = opts.siteKey ?? currentSiteKey

  /** The lead behind the token, or the Response that says why not. */
  async function leadOf(req: PayloadRequest, locale: Locale): Promise<Lead | Response> {
    const found = await findByPersonalToken(req.payload, req.routeParams?.token)
    if (!found) return json({ error: copy[locale].gone }, 404)
    if (found.collection !== 'leads') return json({ error: copy[locale].applicationOnly }, 400)
    return found.doc
  }

  const jobAlerts: Endpoint = {
    path: endpoints.personalJobAlerts,
    method: 'post',
    handler: async (req) => {
      const locale = localeFrom(req)
      const c = copy[locale]
      const refused = guard(req, { limiter, siteKey, name: 'personal', maxBytes: 4 * 1024, locale })
      if (refused) return refused
      let body: { on?: unknown; consentVersion?: unknown } | null
      try {
        body = (await req.json?.()) as typeof body
      } catch {
        body = null
      }
      if (!body || typeof body !== 'object' || typeof body.on !== 'boolean') return json({ error: c.malformed }, 400)
      const lead = await leadOf(req, locale)
      if (lead instanceof Response) return lead
      if (!body.on) return answer(await stopJobAlerts(req.payload, lead), locale, c.alertsOff)
      if (!lead.email) return json({ error: c.needsEmail, fields: { jobAlerts: c.needsEmail } }, 400)
      if (body.consentVersion === undefined || body.consentVersion === null || body.consentVersion === '') return json({ error: c.consentRequired, fields: { jobAlerts: c.consentRequired } }, 400)
      if (body.consentVersion !== currentConsent.jobAlerts) return json({ error: c.consentChanged, fields: { jobAlerts: c.consentChanged } }, 409)
      if (lead.jobAlerts?.on) return answer(lead, locale, c.alertsOn)
      const updated = await req.payload.update({
        collection: 'leads',
        id: lead.id,
        overrideAccess: true,
        data: { jobAlerts: { on: true, version: currentConsent.jobAlerts, text: consentText(currentConsent.jobAlerts, locale), at: new Date().toISOString(), stoppedAt: null } },
      })
      return answer(updated, locale, c.alertsOn)
    },
  }

  const cv: Endpoint = {
    path: endpoints.personalCv,
    method: 'post',
    handler: async (req) => {
      const locale = localeFrom(req)
      const c = copy[locale]
      const refused = guard(req, { limiter, siteKey, name: 'personal', maxBytes: CV_MAX_BYTES + 64 * 1024, locale })
      if (refused) return refused
      let form: FormData
      try {
        form = (await req.formData?.()) as FormData
      } catch {
        return json({ error: c.malformed }, 400)
      }
      const lead = await leadOf(req, locale)
      if (lead instanceof Response) return lead
      const version = form.get('consentVersion')
      if (!version) return json({ error: c.consentRequired, fields: { cv: c.consentRequired } }, 400)
      if (version !== currentConsent.leadCv) return json({ error: c.consentChanged, fields: { cv: c.consentChanged } }, 409)
      const file = form.get('cv')
      if (!file || typeof file === 'string' || file.size === 0) return json({ error: c.cvMissing, fields: { cv: c.cvMissing } }, 400)
      if (file.size > CV_MAX_BYTES) return json({ error: cvMessages['too-large'][locale], fields: { cv: cvMessages['too-large'][locale] } }, 400)
      const bytes = Buffer.from(await file.arrayBuffer())
      const checked = checkCv(bytes)
      if (!checked.ok || !checked.kind) {
        const message = cvMessages[checked.ok ? 'wrong-type' : checked.problem][locale]
        return json({ error: message, fields: { cv: message } }, 400)
      }
      // Read now: a scan is refused here, while the lead is on the page, rather than stored unread.
      const text = await cvTextFromBytes(bytes, checked.kind)
      if (!text.ok) return json({ error: cvRefused[text.reason][locale], fields: { cv: cvRefused[text.reason][locale] } }, 400)
      let stored: { id: string }
      try {
        stored = await req.payload.create({
          collection: 'cvs',
          overrideAccess: true,
          data: { kind: checked.kind, originalName: file.name.slice(0, 200) },
          // Our own file name: the lead's file name never becomes a path.
          file: { data: bytes, mimetype: cvMimeTypes[checked.kind], name: cvFileName('lead', checked.kind), size: bytes.length },
        })
      } catch (error) {
        // Payload's own file checks disagreed with ours (recognised by status, not by class name).
        if (clientErrorStatus(error)) return json({ error: cvMessages.unreadable[locale], fields: { cv: cvMessages.unreadable[locale] } }, 400)
        throw error
      }
      const previous = lead.cv ? (typeof lead.cv === 'object' ? lead.cv.id : lead.cv) : null
      let updated: Lead
      try {
        updated = await req.payload.update({
          collection: 'leads',
          id: lead.id,
          overrideAccess: true,
          data: { cv: String(stored.id), cvConsent: { version: currentConsent.leadCv, text: consentText(currentConsent.leadCv, locale), at: new Date().toISOString() } },
        })
      } catch (error) {
        // The lead deleted their details meanwhile: the CV must not stay behind without them.
        await req.payload.delete({ collection: 'cvs', id: stored.id, overrideAccess: true }).catch(() => undefined)
        throw error
      }
      if (previous) await req.payload.delete({ collection: 'cvs', id: previous, overrideAccess: true }).catch(() => undefined)
      return answer(updated, locale, c.cvAdded)
    },
  }

  return [jobAlerts, cv]
}

export const personalEndpoints: Endpoint[] = createPersonalEndpoints()
