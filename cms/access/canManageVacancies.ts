import type { Access } from 'payload'
import { hasRole } from './roles'

/** Recruiters own vacancies; comms edits their presentation; admins can always step in. */
export const canManageVacancies: Access = ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'recruiter')
