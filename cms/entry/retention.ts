/**
 * How long candidate data is kept (Dutch practice, design brief): until four weeks after the
 * procedure, or at most one year when the candidate consented to the talent pool. Pure, so the
 * rules are tested without a database; the collections' hooks and the purge both use it.
 */
const DAY = 24 * 60 * 60 * 1000

/** Four weeks after the procedure. */
export const AFTER_PROCEDURE_DAYS = 28
/** Talent pool: at most a year from the moment of consent. */
export const TALENT_POOL_DAYS = 365
/** When a vacancy has no closing date, its procedure is assumed to run this long after an application. */
export const DEFAULT_PROCEDURE_DAYS = 60

export const CLOSED_STATUSES = ['hired', 'rejected', 'withdrawn'] as const
export const APPLICATION_STATUSES = ['new', 'in-progress', ...CLOSED_STATUSES] as const

export function isClosedStatus(status: unknown): boolean {
  return (CLOSED_STATUSES as readonly unknown[]).includes(status)
}

const toDate = (value: Date | string | null | undefined): Date | null => {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY)

export interface ApplicationRetentionInput {
  submittedAt: Date | string
  /** Set when a recruiter closes the application (hired, rejected, withdrawn). */
  procedureEndedAt?: Date | string | null
  /** The vacancy's closing date: the latest the procedure is assumed to end while still open. */
  vacancyValidThrough?: Date | string | null
  talentPoolConsentAt?: Date | string | null
}

/** When the procedure for an application ends (or is assumed to end while it is still open). */
export function procedureEnd(input: ApplicationRetentionInput): Date {
  const submitted = toDate(input.submittedAt) ?? new Date()
  const ended = toDate(input.procedureEndedAt)
  if (ended) return ended
  const validThrough = toDate(input.vacancyValidThrough)
  const assumed = validThrough ?? addDays(submitted, DEFAULT_PROCEDURE_DAYS)
  return assumed.getTime() > submitted.getTime() ? assumed : submitted
}

export function applicationDeleteAfter(input: ApplicationRetentionInput): Date {
  const talentPool = toDate(input.talentPoolConsentAt)
  if (talentPool) return addDays(talentPool, TALENT_POOL_DAYS)
  return addDays(procedureEnd(input), AFTER_PROCEDURE_DAYS)
}

/**
 * A lead always carries consent to be contacted about this and similar roles — a talent-pool
 * consent — so it is kept at most a year from that consent.
 */
export function leadDeleteAfter(input: { consentAt: Date | string }): Date {
  return addDays(toDate(input.consentAt) ?? new Date(), TALENT_POOL_DAYS)
}
