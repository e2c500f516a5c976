import type { Payload, TypedUser, Where } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { canCurate } from '../../access/canCurate'
import { canSeeCandidates } from '../../access/canSeeCandidates'

type Props = { payload: Payload; user?: TypedUser | null; i18n: { language: string } }
type Item = { key: string; count: number; text: string; href: string }

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** The access predicates the collections use, asked for this user: a widget only for who may read its data. */
const allows = (access: typeof canCurate, user: Props['user']) => access({ req: { user } } as never) === true

/** `where` in the list view's own query-string form, so the link opens the list already filtered. */
function listHref(payload: Payload, collection: string, where: Record<string, Record<string, string>>): string {
  const params = new URLSearchParams()
  for (const [field, ops] of Object.entries(where)) for (const [op, value] of Object.entries(ops)) params.set(`where[${field}][${op}]`, value)
  return `${formatAdminURL({ adminRoute: payload.config.routes.admin, path: `/collections/${collection}` })}?${params.toString()}`
}

/**
 * What waits for the person who signs in, above the collection cards: videos to review for comms
 * (and admins), new leads and applications of the last seven days for recruiters (and admins).
 * Counted as that user (overrideAccess false), after the same predicates the collections use.
 */
export async function WaitingWork({ payload, user, i18n }: Props) {
  if (!user) return null
  const en = i18n.language === 'en'
  const count = async (collection: 'videos' | 'leads' | 'applications', where: Where) => (await payload.count({ collection, where, user, overrideAccess: false })).totalDocs
  const items: Item[] = []

  if (allows(canCurate, user)) {
    const n = await count('videos', { status: { equals: 'ready' } })
    items.push({ key: 'videos-to-review', count: n, text: en ? (n === 1 ? 'video to review' : 'videos to review') : n === 1 ? 'video te beoordelen' : 'video’s te beoordelen', href: listHref(payload, 'videos', { status: { equals: 'ready' } }) })
  }
  if (allows(canSeeCandidates, user)) {
    const since = new Date(Date.now() - WEEK_MS).toISOString()
    const leads = await count('leads', { createdAt: { greater_than_equal: since } })
    const applications = await count('applications', { createdAt: { greater_than_equal: since } })
    items.push({ key: 'new-leads', count: leads, text: en ? (leads === 1 ? 'new lead in the last 7 days' : 'new leads in the last 7 days') : leads === 1 ? 'nieuwe lead in de afgelopen 7 dagen' : 'nieuwe leads in de afgelopen 7 dagen', href: listHref(payload, 'leads', { createdAt: { greater_than_equal: since } }) })
    items.push({ key: 'new-applications', count: applications, text: en ? (applications === 1 ? 'new application in the last 7 days' : 'new applications in the last 7 days') : applications === 1 ? 'nieuwe sollicitatie in de afgelopen 7 dagen' : 'nieuwe sollicitaties in de afgelopen 7 dagen', href: listHref(payload, 'applications', { createdAt: { greater_than_equal: since } }) })
  }
  if (!items.length) return null

  return (
    <section aria-labelledby="waiting-work-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="waiting-work-heading" style={{ marginBottom: 'var(--base)' }}>
        {en ? 'What is waiting' : 'Wat er klaarligt'}
      </h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 'var(--base)' }}>
        {items.map((item) => (
          <li key={item.key} data-waiting={item.key} style={{ flex: '1 1 14rem', maxWidth: '22rem' }}>
            <a
              href={item.href}
              style={{ display: 'block', padding: 'var(--base)', borderRadius: 'var(--style-radius-m, 4px)', border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-50)', textDecoration: 'none', color: 'inherit' }}
            >
              <strong style={{ display: 'block', fontSize: '2rem', lineHeight: 1.1 }}>{item.count}</strong>{' '}
              <span style={{ overflowWrap: 'anywhere', hyphens: 'auto' }} lang={en ? 'en' : 'nl'}>{item.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
