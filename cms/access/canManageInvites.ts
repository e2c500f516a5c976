import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** Who may show, make and print invite links: the people who curate contributions (comms, admins). */
export const canManageInvites = ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean => hasRole(user, 'admin', 'comms')
