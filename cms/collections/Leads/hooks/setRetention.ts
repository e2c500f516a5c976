import type { CollectionBeforeChangeHook } from 'payload'

import { leadDeleteAfter } from '../../../entry/retention'

/** A lead is kept at most a year from the candidate's consent to be contacted. */
export const setRetention: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const consentAt = (data.consent as { at?: string } | undefined)?.at ?? (originalDoc?.consent as { at?: string } | undefined)?.at ?? new Date().toISOString()
  data.deleteAfter = leadDeleteAfter({ consentAt }).toISOString()
  return data
}
