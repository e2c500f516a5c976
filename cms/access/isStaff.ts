import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Any signed-in CMS user with a role: the people who may see unpublished work. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'recruiter', 'hiring-manager')
export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'recruiter', 'hiring-manager')
