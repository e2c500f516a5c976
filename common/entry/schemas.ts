/**
 * What candidates submit, checked with zod: once on the career site (to answer the visitor at
 * once, in their language) and again in the CMS (the check that counts). Text is kept as text:
 * nothing here is HTML, and nothing that reads it renders it as HTML.
 */
import { z } from 'zod'

import { isConsentVersion } from './consentTexts'
import { anyPhoneMessages, normalizeAnyPhone, normalizeDutchMobile, phoneMessages, type Locale } from './phone'
import { ROW_ID } from '../ids'
import { SHARE_CODE } from '../insights/source'

export type { Locale }

const messages = {
  nl: {
    nameRequired: 'Vul je naam in.',
    nameTooLong: 'Je naam mag maximaal 120 tekens zijn.',
    emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    motivationTooLong: 'Je motivatie mag maximaal 4000 tekens zijn.',
    contactRequired: 'Vul je e-mailadres of je 06-nummer in.',
    contactTooLong: 'Dit is te lang voor een e-mailadres of telefoonnummer.',
    consentRequired: 'Vink aan dat we contact met je mogen opnemen; anders kunnen we je niets laten weten.',
    consentChanged: 'De toestemmingstekst is net gewijzigd. Laad de pagina opnieuw.',
    jobAlertsNeedEmail: 'Vacaturemeldingen gaan per e-mail. Vul je e-mailadres in, of vink de meldingen uit.',
    check: 'Controleer dit veld.',
  },
  en: {
    nameRequired: 'Enter your name.',
    nameTooLong: 'Your name can be at most 120 characters.',
    emailInvalid: 'Enter a valid email address, for example name@example.com.',
    motivationTooLong: 'Your motivation can be at most 4000 characters.',
    contactRequired: 'Enter your email address or your Dutch mobile number.',
    contactTooLong: 'This is too long for an email address or phone number.',
    consentRequired: 'Tick the box to let us contact you; otherwise we cannot let you know anything.',
    consentChanged: 'The consent text has just changed. Reload the page.',
    jobAlertsNeedEmail: 'Job alerts go by email. Enter your email address, or untick the alerts.',
    check: 'Check this field.',
  },
} satisfies Record<Locale, Record<string, string>>

export const entryMessages = messages

const emailSchema = (m: (typeof messages)[Locale]) => z.string().trim().max(254, m.emailInvalid).pipe(z.email(m.emailInvalid))

/** The lead form's one contact field: an email address, or a Dutch mobile number normalised to +316…. */
export function parseContact(value: string, locale: Locale): { ok: true; email?: string; phone?: string } | { ok: false; message: string } {
  const m = messages[locale]
  const trimmed = value.trim()
  if (!trimmed) return { ok: false, message: m.contactRequired }
  if (trimmed.length > 254) return { ok: false, message: m.contactTooLong }
  if (trimmed.includes('@')) {
    const email = emailSchema(m).safeParse(trimmed)
    return email.success ? { ok: true, email: email.data } : { ok: false, message: m.emailInvalid }
  }
  if (!/\d/.test(trimmed)) return { ok: false, message: m.emailInvalid }
  const phone = normalizeDutchMobile(trimmed)
  return phone.ok ? { ok: true, phone: phone.e164 } : { ok: false, message: phoneMessages[phone.problem][locale] }
}

/** The fields a visitor fills in on the lead form. */
export function leadFields(locale: Locale) {
  const m = messages[locale]
  return z.object({
    contact: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const parsed = parseContact(value, locale)
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: parsed.message, input: value })
          return z.NEVER
        }
        return { email: parsed.email, phone: parsed.phone }
      }),
    consent: z.literal(true, m.consentRequired),
    /** Job alerts (cms/alerts/jobAlerts.ts), optional; they go by email only (jobAlertsProblem). */
    jobAlerts: z.boolean().default(false),
  })
}

/** Job alerts are mailed: asking for them with only a phone number is a mistake to point out. */
export function jobAlertsProblem(contact: { email?: string }, wanted: boolean, locale: Locale): string | null {
  return wanted && !contact.email ? messages[locale].jobAlertsNeedEmail : null
}

/** The fields a visitor fills in on the application form (the CV is checked separately, by its bytes). */
export function applicationFields(locale: Locale) {
  const m = messages[locale]
  return z.object({
    name: z.string().trim().min(1, m.nameRequired).max(120, m.nameTooLong),
    email: emailSchema(m),
    phone: z
      .string()
      .default('')
      .transform((value, ctx) => {
        const parsed = normalizeAnyPhone(value)
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: anyPhoneMessages[parsed.problem === 'empty' ? 'empty' : 'invalid'][locale], input: value })
          return z.NEVER
        }
        return parsed.e164
      }),
    motivation: z
      .string()
      .trim()
      .max(4000, m.motivationTooLong)
      .default('')
      .transform((v) => v || undefined),
    talentPool: z.boolean().default(false),
  })
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined)

/** First-party attribution the site collected; anything malformed is dropped, never fatal. */
export const attributionInput = z
  .object({
    utmSource: optionalText(200),
    utmMedium: optionalText(200),
    utmCampaign: optionalText(200),
    utmTerm: optionalText(200),
    utmContent: optionalText(200),
    referrer: optionalText(500),
    landingPage: optionalText(500),
    watchedVideo: z.string().regex(ROW_ID).optional().catch(undefined),
    /** The employee share link the visit came through (its public code). */
    shareLink: z.string().regex(SHARE_CODE).optional().catch(undefined),
    firstSeenAt: z.iso.datetime().optional().catch(undefined),
  })
  .partial()
  .default({})
  .catch({})

export type AttributionInput = z.infer<typeof attributionInput>

const rowAnswers = z.record(z.string().regex(ROW_ID), z.string().regex(ROW_ID)).refine((r) => Object.keys(r).length <= 20)
const docId = z.string().regex(ROW_ID)

/** What the site posts to the CMS for a lead (JSON). */
export function leadInput(locale: Locale) {
  const m = messages[locale]
  return leadFields(locale).extend({
    locale: z.enum(['nl', 'en']),
    entryPoint: z.enum(['lead-form', 'quiz', 'business-case']),
    vacancy: docId.optional(),
    consentVersion: z.string().refine(isConsentVersion, m.consentChanged),
    /** The job-alert consent text the visitor saw, when they ticked the box. */
    jobAlertsVersion: z.string().refine(isConsentVersion, m.consentChanged).optional(),
    quiz: z.object({ id: docId, answers: rowAnswers }).optional(),
    businessCase: z.object({ id: docId, choices: rowAnswers }).optional(),
    attribution: attributionInput,
  })
}

/** What the site posts to the CMS for an application (multipart fields; the CV travels as a file). */
export function applicationInput(locale: Locale) {
  const m = messages[locale]
  return applicationFields(locale).extend({
    locale: z.enum(['nl', 'en']),
    entryPoint: z.enum(['apply', 'business-case', 'quiz']).default('apply'),
    vacancy: docId,
    consentVersion: z.string().refine(isConsentVersion, m.consentChanged),
    talentPoolVersion: z.string().refine(isConsentVersion, m.consentChanged).optional(),
    businessCase: z.object({ id: docId, choices: rowAnswers }).optional(),
    attribution: attributionInput,
  })
}

/** One message per field, for the form to show next to the field. */
export function fieldErrors(error: z.ZodError, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    out[field] ??= issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') ? issue.message : messages[locale].check
  }
  return out
}
