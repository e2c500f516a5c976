import { SUGGESTIBLE_FIELDS, type Actor } from './lifecycle'
import { changed } from './values'

type Data = Record<string, unknown>
type Row = { id?: string; by?: unknown; at?: string; locale?: string; summary?: string; proposal?: string; changes?: Record<string, unknown>; decision?: string; decidedBy?: unknown; decidedAt?: string | null }
type Refuse = (message: { nl: string; en: string }, status?: number) => never

/** Localized fields: a suggestion made in one content language is accepted in that language. */
const LOCALIZED = new Set(['title', 'hook'])

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * A hiring manager's edits do not go live: the changed fields are kept as one suggestion (who,
 * when, which content language, the new values) and the video itself stays as it was.
 */
export function turnEditsIntoSuggestion(data: Data, doc: Data, actor: Actor, locale: string | undefined, now: string): void {
  const changes: Record<string, unknown> = {}
  for (const field of SUGGESTIBLE_FIELDS) {
    if (changed(data[field], doc[field])) changes[field] = data[field]
    if (field in data) data[field] = doc[field]
  }
  if (!Object.keys(changes).length) return
  const row: Row = {
    by: actor.kind === 'user' ? actor.id : null,
    at: now,
    locale: locale ?? 'nl',
    summary: Object.keys(changes).join(', '),
    proposal: describeChanges(changes),
    changes,
    decision: 'open',
    decidedBy: null,
    decidedAt: null,
  }
  data.suggestions = [...rowsOf(data.suggestions), row]
}

/**
 * The stored suggestions stay as they were: nobody adds, removes or rewrites one through the API.
 * Curators may only move an open one to accepted or discarded.
 */
export function keepSuggestionsAsTheyWere(data: Data, doc: Data, opts: { decisionsMayChange?: boolean } = {}): void {
  const incoming = new Map(rowsOf(data.suggestions).map((r) => [r.id, r]))
  data.suggestions = rowsOf(doc.suggestions).map((stored) => {
    const wanted = incoming.get(stored.id)?.decision
    const decision = opts.decisionsMayChange && stored.decision === 'open' && (wanted === 'accepted' || wanted === 'discarded') ? wanted : stored.decision
    return { ...stored, decision }
  })
}

/** A curator's accepted suggestions become the video's values (a trim in one re-runs the worker). */
export function applyDecidedSuggestions(data: Data, doc: Data, actor: Actor, locale: string | undefined, now: string, refuse: Refuse): void {
  const storedById = new Map(rowsOf(doc.suggestions).map((r) => [r.id, r]))
  for (const row of rowsOf(data.suggestions)) {
    const before = storedById.get(row.id)
    if (!before || before.decision !== 'open' || row.decision === 'open') continue
    row.decidedBy = actor.kind === 'user' ? actor.id : null
    row.decidedAt = now
    if (row.decision !== 'accepted') continue
    for (const [field, value] of Object.entries(row.changes ?? {})) {
      if (!(SUGGESTIBLE_FIELDS as readonly string[]).includes(field)) continue
      if (LOCALIZED.has(field) && row.locale && row.locale !== (locale ?? 'nl')) {
        refuse({ nl: `Deze suggestie is in het ${row.locale === 'en' ? 'Engels' : 'Nederlands'} gedaan: zet de inhoudstaal daarop om haar over te nemen.`, en: `This suggestion was made in ${row.locale === 'en' ? 'English' : 'Dutch'}: switch the content language to accept it.` })
      }
      data[field] = value
    }
  }
}

/** The proposed values as comms reads them beside the current ones (one line per field). */
function describeChanges(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([field, value]) => {
      if (field === 'captions' && Array.isArray(value)) return `captions: ${value.map((c: { language?: string; vtt?: string }) => `[${c.language}] ${String(c.vtt ?? '').replace(/\s+/g, ' ').slice(0, 300)}`).join(' | ')}`
      const text = typeof value === 'string' ? value : JSON.stringify(value)
      return `${field}: ${String(text).slice(0, 300)}`
    })
    .join('\n')
}
