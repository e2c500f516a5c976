import type { Access } from 'payload'
import { hasRole } from './roles'

/** Admins manage all users; everybody else sees and edits only their own account. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
