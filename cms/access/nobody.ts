import type { Access } from 'payload'

/** For operations only trusted server code performs through the Local API (overrideAccess). */
export const nobody: Access = () => false
