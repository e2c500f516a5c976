export const ROLES = ['admin', 'comms', 'recruiter', 'hiring-manager'] as const
export type Role = (typeof ROLES)[number]

export const roleLabels: Record<Role, { en: string; nl: string }> = {
  admin: { en: 'Admin', nl: 'Beheerder' },
  comms: { en: 'Comms', nl: 'Communicatie' },
  recruiter: { en: 'Recruiter', nl: 'Recruiter' },
  'hiring-manager': { en: 'Hiring manager', nl: 'Hiring manager' },
}

type MaybeUser = { collection?: string; roles?: unknown } | null | undefined

/** True when a signed-in CMS user has at least one of the roles. Anonymous visitors have none. */
export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  if (!user || user.collection !== 'users' || !Array.isArray(user.roles)) return false
  return user.roles.some((role) => roles.includes(role as Role))
}
