import type { CollectionAfterChangeHook } from 'payload'

import { notifyRecruitersInBackground } from '../../../entry/notify'

/** Recruiters hear about every new lead; a mail problem never loses the lead. */
export const notifyOnCreate: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context?.skipRecruiterMail) notifyRecruitersInBackground(req.payload, 'leads', doc)
  return doc
}
