import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { publicError } from '../../../lib/publicError'

import { hasRole } from '../../../access/roles'
import { CURATOR_ONLY_STATUSES, type VideoStatus } from '../statuses'

/**
 * Every change of status by a person is written to the video's moderation log (who, when, what).
 * Hiring managers may suggest edits but not approve, publish or reject; a rejection needs feedback
 * for the colleague who filmed it.
 */
export const recordModeration: CollectionBeforeChangeHook = ({ data, originalDoc, req, context, operation }) => {
  if (context.fromWorker) return data
  const from = originalDoc?.status as VideoStatus | undefined
  const to = data.status as VideoStatus | undefined
  if (operation !== 'update' || !to || to === from) return data
  const { user } = req
  if (user && !hasRole(user, 'admin', 'comms') && (CURATOR_ONLY_STATUSES.includes(to) || CURATOR_ONLY_STATUSES.includes(from as VideoStatus))) {
    throw new Forbidden(req.t)
  }
  if (to === 'rejected' && !String(data.feedback ?? originalDoc?.feedback ?? '').trim()) {
    throw publicError('Write feedback for your colleague before rejecting: it is mailed to them.')
  }
  const action = to === 'published' ? 'published' : from === 'published' ? `unpublished (${to})` : to
  const entry = { action, by: user?.id ?? null, at: new Date().toISOString(), note: to === 'rejected' ? String(data.feedback ?? originalDoc?.feedback ?? '') : null }
  return { ...data, moderationLog: [...((originalDoc?.moderationLog as unknown[]) ?? []), entry] }
}
