import type { FieldAccess } from 'payload'

/** Fields only server code touches (token hashes): never readable or writable through the API. */
export const nobodyField: FieldAccess = () => false
