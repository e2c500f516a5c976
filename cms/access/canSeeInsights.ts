import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/** The Insights view: comms steers with it, recruiters read it, admins always; nobody else (figures only, no candidates). */
export const canSeeInsights = (user: MaybeUser): boolean => hasRole(user, 'admin', 'comms', 'recruiter')
