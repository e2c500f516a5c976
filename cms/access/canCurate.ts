import type { Access } from 'payload'
import { hasRole } from './roles'

/** Comms curates employee content; admins can always step in. */
export const canCurate: Access = ({ req: { user } }) => hasRole(user, 'admin', 'comms')
