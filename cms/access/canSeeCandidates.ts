import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/**
 * Candidate data (applications, leads, CVs, their audit trail) is for recruiters and admins only:
 * not for comms, not for hiring managers, never for anonymous visitors.
 */
export const canSeeCandidates: Access = ({ req: { user } }) => hasRole(user, 'admin', 'recruiter')
export const canSeeCandidatesField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'recruiter')
