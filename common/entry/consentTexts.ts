/**
 * The words candidates agree to, versioned in code. Why code and not a collection: these are the
 * legal basis for keeping someone's details, they change rarely and only with review, and a
 * version must never change after anyone agreed to it — a git-reviewed constant guarantees that
 * without an extra locking mechanism. Every lead and application stores the version it was shown
 * AND the exact text, so the proof survives even if this file changes. To change a text, add a new
 * version and point `currentConsent` at it; never edit a published version.
 */
import type { Locale } from '../locale'

export type { Locale }

export const CONSENT_TEXTS = {
  'apply-2026-11': {
    nl: 'We gebruiken je gegevens alleen voor deze sollicitatie. Alleen de recruiters van Noordhaven Logistiek zien ze, en we verwijderen ze uiterlijk vier weken na afloop van de procedure.',
    en: 'We only use your details for this application. Only the recruiters of Noordhaven Logistiek see them, and we delete them at the latest four weeks after the procedure ends.',
  },
  'talentpool-2026-11': {
    nl: 'Bewaar mijn gegevens maximaal een jaar in de talentpool, zodat jullie me mogen benaderen voor andere functies. Ik kan dit altijd intrekken.',
    en: 'Keep my details in the talent pool for at most one year, so you may contact me about other roles. I can withdraw this at any time.',
  },
  'lead-2026-11': {
    nl: 'Ja, neem contact met me op over deze en vergelijkbare functies bij Noordhaven Logistiek. Jullie bewaren mijn gegevens maximaal een jaar en ik kan me altijd afmelden.',
    en: 'Yes, contact me about this and similar roles at Noordhaven Logistiek. You keep my details for at most one year and I can unsubscribe at any time.',
  },
  // December 2026: the talent pool and leads are searched with Search & Match (profiling), so the texts say so.
  'talentpool-2026-12': {
    nl: 'Bewaar mijn gegevens maximaal een jaar in de talentpool, zodat jullie me mogen benaderen voor andere functies. Recruiters zoeken daarvoor in de talentpool: software vergelijkt de vaardigheden uit mijn cv met vacatures en stelt een volgorde voor; mensen beslissen, en elke zoekopdracht wordt vastgelegd. Ik kan dit altijd intrekken.',
    en: 'Keep my details in the talent pool for at most one year, so you may contact me about other roles. Recruiters search the talent pool for this: software compares the skills in my CV with vacancies and suggests an order; people decide, and every search is recorded. I can withdraw this at any time.',
  },
  'lead-2026-12': {
    nl: 'Ja, neem contact met me op over deze en vergelijkbare functies bij Noordhaven Logistiek. Recruiters zoeken daarvoor in de talentpool: software vergelijkt mijn antwoorden met vacatures en stelt een volgorde voor; mensen beslissen. Jullie bewaren mijn gegevens maximaal een jaar en ik kan me altijd afmelden.',
    en: 'Yes, contact me about this and similar roles at Noordhaven Logistiek. Recruiters search the talent pool for this: software compares my answers with vacancies and suggests an order; people decide. You keep my details for at most one year and I can unsubscribe at any time.',
  },
  // December 2026: a lead may ask for job alerts and add a CV from their own personal link.
  'jobalerts-2026-12': {
    nl: 'Ja, mail me als er een nieuwe vacature bij Noordhaven Logistiek is die bij mijn profiel past. Software vergelijkt daarvoor de vaardigheden uit mijn antwoorden (en mijn cv, als ik dat toevoeg) met nieuwe vacatures; ik krijg hoogstens één mail per dag. In elke mail staat een link om te stoppen en een link om mijn gegevens te verwijderen.',
    en: 'Yes, email me when Noordhaven Logistiek has a new vacancy that fits my profile. Software compares the skills in my answers (and my CV, if I add one) with new vacancies for this; I get at most one email a day. Every email has a link to stop and a link to delete my details.',
  },
  'leadcv-2026-12': {
    nl: 'Gebruik mijn cv om me te matchen met toekomstige vacatures bij Noordhaven Logistiek. Alleen recruiters zien het; software leest de vaardigheden eruit en stelt een volgorde voor, mensen beslissen. Het cv wordt verwijderd met mijn gegevens, uiterlijk een jaar na mijn aanmelding.',
    en: 'Use my CV to match me with future vacancies at Noordhaven Logistiek. Only recruiters see it; software reads the skills from it and suggests an order, people decide. The CV is deleted with my details, at the latest a year after I signed up.',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type ConsentVersion = keyof typeof CONSENT_TEXTS

export const currentConsent = {
  apply: 'apply-2026-11',
  talentPool: 'talentpool-2026-12',
  lead: 'lead-2026-12',
  jobAlerts: 'jobalerts-2026-12',
  leadCv: 'leadcv-2026-12',
} as const satisfies Record<string, ConsentVersion>

export function isConsentVersion(value: unknown): value is ConsentVersion {
  return typeof value === 'string' && Object.hasOwn(CONSENT_TEXTS, value)
}

export function consentText(version: ConsentVersion, locale: Locale): string {
  return CONSENT_TEXTS[version][locale]
}
