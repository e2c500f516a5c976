import type { Payload, PayloadRequest } from 'payload'

export type CandidateCollection = 'applications' | 'leads'

/** Why a candidate document is being deleted; the purge sets this on the request context. */
export const PURGE_CONTEXT_KEY = 'werkvloerRetentionPurge'
/** Set on the request context when the candidate deleted their own details with their link. */
export const CANDIDATE_REQUEST_CONTEXT_KEY = 'werkvloerCandidateRequest'

/**
 * Writes one audit entry for a deleted application or lead: ids, dates and the reason, never the
 * candidate's personal data.
 */
export async function recordDeletion(req: PayloadRequest, collection: CandidateCollection, doc: Record<string, unknown>): Promise<void> {
  const byPurge = Boolean(req.context?.[PURGE_CONTEXT_KEY])
  const byCandidate = Boolean(req.context?.[CANDIDATE_REQUEST_CONTEXT_KEY])
  const reason = byPurge ? 'retention' : byCandidate ? 'candidate' : 'manual'
  const user = reason === 'manual' && req.user && req.user.collection === 'users' ? req.user.id : undefined
  const payload: Payload = req.payload
  await payload.create({
    collection: 'candidate-audit',
    overrideAccess: true,
    req,
    data: {
      at: new Date().toISOString(),
      action: 'deleted',
      reason,
      subjectCollection: collection,
      subjectId: String(doc.id),
      entryPoint: typeof doc.entryPoint === 'string' ? doc.entryPoint : undefined,
      submittedAt: typeof doc.createdAt === 'string' ? doc.createdAt : undefined,
      deleteAfter: typeof doc.deleteAfter === 'string' ? doc.deleteAfter : undefined,
      by: user,
      summary: `${collection} ${String(doc.id)} deleted (${reason})`,
    },
  })
}
