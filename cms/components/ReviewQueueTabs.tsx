import type { BeforeListServerProps } from 'payload'
import { headers } from 'next/headers.js'
import { redirect } from 'next/navigation.js'

import { activeTab, opensOnQueue, QUEUE_TABS, tabQuery } from '../collections/Videos/reviewQueue'

/**
 * Above the employee-video list: the review queue's tabs with counts. The bare list URL (the
 * navigation link) opens on "Te beoordelen"; any other query is the user's own choice and stays.
 * In a relationship's "choose" drawer (a server action, so a `next-action` header) the list is a
 * picker: no tabs there and no redirect.
 */
export async function ReviewQueueTabs(props: BeforeListServerProps) {
  const { payload, user, i18n, searchParams = {}, collectionConfig } = props
  if ((await headers()).has('next-action')) return null
  const base = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const queue = QUEUE_TABS[0]!
  if (opensOnQueue(searchParams)) redirect(`${base}?${tabQuery(queue)}`)
  const lang = i18n.language === 'en' ? 'en' : 'nl'
  const counts = await Promise.all(
    QUEUE_TABS.map((tab) => payload.count({ collection: 'videos', where: tab.status ? { status: { equals: tab.status } } : {}, overrideAccess: false, user }).then((r) => r.totalDocs)),
  )
  const current = activeTab(searchParams)
  return (
    <nav aria-label={lang === 'nl' ? 'Beoordelingswachtrij' : 'Review queue'} data-testid="review-queue-tabs" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 16px' }}>
      {QUEUE_TABS.map((tab, i) => {
        const active = tab.key === current
        return (
          <a
            key={tab.key}
            href={`${base}?${tabQuery(tab)}`}
            aria-current={active ? 'page' : undefined}
            style={{
              padding: '6px 12px',
              borderRadius: 999,
              textDecoration: 'none',
              border: '1px solid var(--theme-elevation-250)',
              background: active ? 'var(--theme-elevation-900)' : 'transparent',
              color: active ? 'var(--theme-elevation-0)' : 'var(--theme-elevation-800)',
              fontWeight: active ? 600 : 400,
            }}
          >
            {tab.label[lang]} ({counts[i]})
          </a>
        )
      })}
    </nav>
  )
}
