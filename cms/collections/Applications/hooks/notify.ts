import type { CollectionAfterChangeHook } from 'payload'

import { notifyRecruitersInBackground } from '../../../entry/notify'

/** Recruiters hear about every new application; a mail problem never loses the application. */
export const notifyOnCreate: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation === 'create' && !req.context?.skipRecruiterMail) notifyRecruitersInBackground(req.payload, 'applications', doc)
  return doc
}
