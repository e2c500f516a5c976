import type { Payload } from 'payload'

import type { Role } from '../access/roles'

/**
 * Who on the staff gets a notification: the configured addresses (comma-separated, e.g.
 * RECRUITER_EMAIL or COMMS_EMAIL) when set, otherwise every user with the role.
 */
export async function staffAddresses(payload: Payload, role: Role, configured: string | undefined): Promise<string[]> {
  const list = (configured ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length) return list
  const { docs } = await payload.find({ collection: 'users', where: { roles: { in: [role] } }, limit: 50, depth: 0, overrideAccess: true, pagination: false })
  return docs.map((u) => u.email).filter((e): e is string => Boolean(e))
}

export type StaffLanguage = 'nl' | 'en'

/**
 * The same recipients with the language each reads their mail in: a user's own `language`
 * (Users), found by address also for configured addresses; Dutch for anyone without one.
 */
export async function staffRecipientsByLanguage(payload: Payload, role: Role, configured: string | undefined): Promise<Record<StaffLanguage, string[]>> {
  const addresses = await staffAddresses(payload, role, configured)
  const byLanguage: Record<StaffLanguage, string[]> = { nl: [], en: [] }
  if (!addresses.length) return byLanguage
  const { docs } = await payload.find({ collection: 'users', where: { email: { in: addresses } }, limit: addresses.length, depth: 0, overrideAccess: true, pagination: false })
  const language = new Map(docs.map((u) => [String(u.email).toLowerCase(), u.language === 'en' ? 'en' : 'nl'] as const))
  for (const address of addresses) byLanguage[language.get(address.toLowerCase()) ?? 'nl'].push(address)
  return byLanguage
}
