import type { Payload } from 'payload'

import type { Role } from '../access/roles'

/**
 * Who on the staff gets a notification: the configured addresses (comma-separated, e.g.
 * RECRUITER_EMAIL or COMMS_EMAIL) when set, otherwise every user with the role.
 */
export async function staffAddresses(payload: Payload, role: Role, configured: string | undefined): Promise<string[]> {
  const list = (configured ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length) return list
  const { docs } = await payload.find({ collection: 'users', where: { roles: { in: [role] } }, limit: 50, depth: 0, overrideAccess: true, pagination: false })
  return docs.map((u) => u.email).filter((e): e is string => Boolean(e))
}
