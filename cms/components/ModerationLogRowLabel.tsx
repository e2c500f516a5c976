import type { Payload } from 'payload'

import { WHO_LABELS } from '../collections/Videos/lifecycle'
import { stepLabels } from '../collections/Videos/stepLabels'
import { formatAmsterdam } from '../lib/amsterdamTime'

type Entry = { action?: string; by?: unknown; actor?: string; at?: string }
type Props = { data?: { moderationLog?: Entry[] }; rowNumber?: number; payload: Payload; i18n: { language: string } }

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * A moderation log row, collapsed, reads as what happened: "2 december 2026 18:11 · Goedgekeurd ·
 * Jan de Vries" instead of Payload's "Moderation Log 01". Rendered on the server, where the
 * person behind a user id can be looked up (comms may not read other users through the API).
 */
export async function ModerationLogRowLabel({ data, rowNumber, payload, i18n }: Props) {
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const entry = data?.moderationLog?.[(rowNumber ?? 1) - 1]
  if (!entry) return <span>{lang === 'en' ? `Step ${rowNumber}` : `Stap ${rowNumber}`}</span>
  const step = stepLabels[entry.action as keyof typeof stepLabels]?.[lang] ?? entry.action ?? ''
  const byId = typeof entry.by === 'object' && entry.by ? (entry.by as { id?: unknown }).id : entry.by
  let who = ''
  if (typeof byId === 'string' || typeof byId === 'number') {
    const user = await payload.findByID({ collection: 'users', id: byId, depth: 0, overrideAccess: true, disableErrors: true, select: { name: true, email: true } }).catch(() => null)
    who = user?.name || user?.email || (lang === 'en' ? 'a former user' : 'een voormalige gebruiker')
  } else if (entry.actor && entry.actor in WHO_LABELS) {
    who = capital(WHO_LABELS[entry.actor as keyof typeof WHO_LABELS][lang])
  }
  return <span>{[formatAmsterdam(entry.at, lang), step, who].filter(Boolean).join(' · ')}</span>
}
