import type { Validate } from 'payload'
import { parseVacancyOccupation, parseVacancySkills } from '../../../common/match/vacancySkills'

import { say } from '../../lib/say'

type Text = { nl: string; en: string }

/** A max that is lower than its min is a typo a candidate would see on the site; refuse it. */
export const validateRange =
  (minField: string, message: Text): Validate<number | null | undefined> =>
  (value, { siblingData, req }) => {
    const min = (siblingData as Record<string, unknown>)[minField]
    if (typeof value === 'number' && typeof min === 'number' && value < min) return say(req, message)
    return true
  }

export const validateApplyUrl: Validate<string | null | undefined> = (value, { siblingData, req }) => {
  const mode = (siblingData as Record<string, unknown>).applyMode
  if (mode !== 'external') return true
  if (!value) return say(req, { nl: 'Een externe sollicitatie heeft het https://-adres van het formulier nodig.', en: 'An external application needs the https:// address of the form.' })
  try {
    const url = new URL(value)
    return url.protocol === 'https:' ? true : say(req, { nl: 'Het sollicitatieadres moet met https:// beginnen.', en: 'The application address must start with https://' })
  } catch {
    return say(req, { nl: 'Dat is geen geldig webadres.', en: 'That is not a valid web address.' })
  }
}

const both = (error: { nl: string; en: string }) => `${error.nl} / ${error.en}`

/** The confirmed ESCO skills: a list of {uri, label, level: must|nice} (common/match/vacancySkills.ts). */
export const validateVacancySkills: Validate<unknown> = (value) => {
  const parsed = parseVacancySkills(value)
  return Array.isArray(parsed) ? true : both(parsed.error)
}

export const validateVacancyOccupation: Validate<unknown> = (value) => {
  const parsed = parseVacancyOccupation(value)
  return parsed && 'error' in parsed ? both(parsed.error) : true
}
