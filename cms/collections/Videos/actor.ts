import type { PayloadRequest, RequestContext } from 'payload'

import { ROLES, type Role } from '../../access/roles'
import { SYSTEM_ACTORS, type Actor, type SystemActor } from './lifecycle'

/**
 * Who is writing: a system actor named by server code in the Local API's `context` (REST and
 * GraphQL callers cannot set it), else the signed-in CMS user, else nobody.
 */
export function actorOf(req: Pick<PayloadRequest, 'user'>, context: RequestContext | undefined): Actor {
  const name = context?.lifecycleActor
  if (typeof name === 'string' && (SYSTEM_ACTORS as readonly string[]).includes(name)) return { kind: 'system', name: name as SystemActor }
  const user = req.user as { id?: string | number; collection?: string; roles?: unknown } | null | undefined
  if (user && user.collection === 'users' && user.id !== undefined) {
    const roles = (Array.isArray(user.roles) ? user.roles : []).filter((r): r is Role => (ROLES as readonly string[]).includes(r))
    return { kind: 'user', id: user.id, roles }
  }
  return { kind: 'nobody' }
}
