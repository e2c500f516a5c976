import type { CollectionBeforeChangeHook } from 'payload'

import { hashToken, newToken } from '../../../lib/tokens'

/** Every new invite gets a fresh random token; the plain token lives only in this request's context. */
export const issueToken: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation !== 'create') return data
  const token = newToken()
  context.inviteToken = token
  return { ...data, tokenHash: hashToken(token), uses: 0 }
}
