import type { Validate } from 'payload'

/** A max that is lower than its min is a typo a candidate would see on the site; refuse it. */
export const validateRange =
  (minField: string, message: string): Validate<number | null | undefined> =>
  (value, { siblingData }) => {
    const min = (siblingData as Record<string, unknown>)[minField]
    if (typeof value === 'number' && typeof min === 'number' && value < min) return message
    return true
  }

export const validateApplyUrl: Validate<string | null | undefined> = (value, { siblingData }) => {
  const mode = (siblingData as Record<string, unknown>).applyMode
  if (mode !== 'external') return true
  if (!value) return 'An external application needs the https:// address of the form.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' ? true : 'The application address must start with https://'
  } catch {
    return 'That is not a valid web address.'
  }
}
