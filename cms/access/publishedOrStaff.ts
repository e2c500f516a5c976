import type { Access, Where } from 'payload'
import { hasRole } from './roles'

/**
 * Read access for content with a publication status: staff see everything, everybody else only
 * documents whose status is one of the public ones. Returning a query (not `true`) makes Payload
 * filter lists, single reads, GraphQL and file URLs alike.
 */
export const publishedOrStaff =
  (publicStatuses: string[], statusField = 'status'): Access =>
  ({ req: { user } }) => {
    if (hasRole(user, 'admin', 'comms', 'recruiter', 'hiring-manager')) return true
    const onlyPublic: Where = { [statusField]: { in: publicStatuses } }
    return onlyPublic
  }
