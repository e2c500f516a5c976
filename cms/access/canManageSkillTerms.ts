import type { Access } from 'payload'
import { hasRole } from './roles'

/** The company's own skills and synonyms shape who Search & Match finds: recruiters keep them, admins can step in. */
export const canManageSkillTerms: Access = ({ req: { user } }) => hasRole(user, 'admin', 'recruiter')
