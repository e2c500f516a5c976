import type { Access } from 'payload'
import { hasRole } from './roles'

/** Quizzes and business cases are written by comms and recruiters together; admins can step in. */
export const canEditEntryPoints: Access = ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'recruiter')
