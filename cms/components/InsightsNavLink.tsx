'use client'
/**
 * The nav link to /admin/insights, shown only to the roles that may open it (the view checks
 * again on the server: hiding a link is no access rule).
 */
import { useAuth, useTranslation } from '@payloadcms/ui'

import { canSeeInsights } from '../access/canSeeInsights'
import { insightsCopy } from './insightsCopy'

export function InsightsNavLink() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  if (!canSeeInsights(user as never)) return null
  const c = insightsCopy[i18n.language === 'en' ? 'en' : 'nl']
  return (
    <a className="nav__link" href="/admin/insights" data-testid="nav-insights" style={{ display: 'block', padding: '0.5rem 0' }}>
      <span className="nav__link-label">{c.nav}</span>
    </a>
  )
}
