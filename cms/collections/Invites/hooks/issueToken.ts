import type { CollectionBeforeChangeHook } from 'payload'

import { tokenFields } from '../inviteLink'

/** Every new invite gets a fresh random token; the plain token lives only in this request's context. */
export const issueToken: CollectionBeforeChangeHook = ({ data, operation, context, req }) => {
  if (operation !== 'create') return data
  const { token, data: fields } = tokenFields(data.kind, req.payload.config.secret)
  context.inviteToken = token
  return { ...data, ...fields, uses: 0 }
}
