import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on Payload's first-user screen must be able to manage everybody else. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs > 0) return data
  const roles = Array.isArray(data.roles) ? data.roles : []
  return { ...data, roles: roles.includes('admin') ? roles : ['admin', ...roles] }
}
