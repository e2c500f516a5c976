import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { companySkillUri } from '../../../common/match/companyTerms'
import { currentMatchEngine } from '../../match/engineState'
import { queueCompanyTermsChange } from '../../match/talentBase'

/**
 * A company skill gets its URI once, from its name at creation, and keeps it (vacancies store it);
 * the kind of an entry stays as created, so a URI never changes meaning. A synonym remembers the
 * name of its concept for the list.
 */
export const fixIdentity: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc) {
    data.kind = originalDoc.kind
    data.uri = originalDoc.uri ?? null
  } else data.uri = null
  if (data.kind === 'company') {
    data.concept = null
    data.conceptLabel = null
    if (!data.uri) {
      const base = companySkillUri(String(data.nl || data.en || ''))
      let uri = base
      for (let n = 2; (await req.payload.count({ collection: 'skill-terms', where: { uri: { equals: uri } }, overrideAccess: true, req })).totalDocs > 0; n++) uri = `${base}-${n}`
      data.uri = uri
    }
  } else {
    data.uri = null
    const engine = await currentMatchEngine(req.payload)
    const concept = data.concept ?? originalDoc?.concept
    data.conceptLabel = concept ? engine.graph.label(String(concept), 'nl') : null
  }
  return data
}

/** The engine reloads with the change and every profile is rebuilt, right after the request. */
export const reindexAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  queueCompanyTermsChange(req.payload, async () => {
    const stored = await req.payload.findByID({ collection: 'skill-terms', id: doc.id, depth: 0, overrideAccess: true, disableErrors: true })
    return Boolean(stored && stored.updatedAt === doc.updatedAt)
  })
  return doc
}

export const reindexAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  queueCompanyTermsChange(req.payload, async () => !(await req.payload.findByID({ collection: 'skill-terms', id: doc.id, depth: 0, overrideAccess: true, disableErrors: true })))
  return doc
}
