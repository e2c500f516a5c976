/**
 * The "Matches" tab on a vacancy (server part): recruiters and admins only — the tab is hidden for
 * everyone else, and this view refuses a typed-in address too. The list itself is VacancyMatches.
 */
import type { DocumentViewServerProps } from 'payload'
import { Gutter } from '@payloadcms/ui'

import { hasRole } from '../../access/roles'
import { copyFor } from './copy'
import { VacancyMatches } from './VacancyMatches'

export function VacancyMatchesView(props: DocumentViewServerProps) {
  const req = props.initPageResult.req
  const language = req.i18n?.language
  const c = copyFor(language)
  const allowed = hasRole(req.user, 'admin', 'recruiter')
  const id = props.doc?.id ? String(props.doc.id) : undefined
  // Matching reads the vacancy in the content language chosen in the admin (default Dutch).
  const contentLocale = props.initPageResult.locale?.code === 'en' ? 'en' : 'nl'
  return (
    <Gutter>
      <h2 style={{ margin: '24px 0 8px' }}>{c.matchesTitle}</h2>
      {!allowed ? <p role="alert">{language === 'en' ? 'Only recruiters and admins can match.' : 'Alleen recruiters en beheerders kunnen matchen.'}</p> : id ? <VacancyMatches vacancyId={id} language={language === 'en' ? 'en' : 'nl'} contentLocale={contentLocale} /> : <p>{c.saveFirst}</p>}
    </Gutter>
  )
}
