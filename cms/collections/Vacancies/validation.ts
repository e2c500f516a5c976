import type { Validate } from 'payload'

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
