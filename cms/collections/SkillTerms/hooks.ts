import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { companySkillUri } from '../../../common/match/companyTerms'
import { parseVacancySkills, type VacancySkill } from '../../../common/match/vacancySkills'
import type { SkillTerm } from '../../payload-types'
import { queueCompanyTermsChange } from '../../match/talentBase'
import { conceptLabel, storedTaxonomy } from './taxonomy'

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
    const concept = data.concept ?? originalDoc?.concept
    data.conceptLabel = concept ? conceptLabel(await storedTaxonomy(req), String(concept)) : null
  }
  return data
}

/**
 * Every vacancy that stores this skill, rewritten by `change` (null: the skill goes), in the
 * caller's transaction. Vacancies are saved through Payload, so their own hooks (the site, the
 * job posting) see the new list as after any edit.
 */
async function rewriteVacancySkills(req: PayloadRequest, uri: string, change: (skill: VacancySkill) => VacancySkill | null): Promise<void> {
  for (let page = 1; ; page++) {
    const found = await req.payload.find({ collection: 'vacancies', depth: 0, limit: 100, page, overrideAccess: true, req, select: { skills: true } })
    for (const vacancy of found.docs) {
      const skills = parseVacancySkills(vacancy.skills)
      if (!Array.isArray(skills) || !skills.some((skill) => skill.uri === uri)) continue
      const next = skills.flatMap((skill) => (skill.uri === uri ? (change(skill) ?? []) : [skill]))
      await req.payload.update({ collection: 'vacancies', id: vacancy.id, data: { skills: next }, overrideAccess: true, req, context: { skillTermChange: uri } })
    }
    if (!found.hasNextPage) return
  }
}

const nameOf = (doc: Pick<SkillTerm, 'nl' | 'en'>) => (doc.nl || doc.en || '').trim()

/**
 * The engine reloads with the change (off the request path) and the profiles are read again; a
 * renamed company skill is shown under its new name on the vacancies that confirmed it.
 */
export const reindexAfterChange: CollectionAfterChangeHook<SkillTerm> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.kind === 'company' && doc.uri && nameOf(doc) && nameOf(doc) !== nameOf(previousDoc ?? doc)) {
    await rewriteVacancySkills(req, doc.uri, (skill) => ({ ...skill, label: nameOf(doc) }))
  }
  queueCompanyTermsChange(req.payload, async () => {
    const stored = await req.payload.findByID({ collection: 'skill-terms', id: doc.id, depth: 0, overrideAccess: true, disableErrors: true })
    return Boolean(stored && stored.updatedAt === doc.updatedAt)
  })
  return doc
}

/**
 * A deleted company skill leaves nothing behind: it goes from every vacancy's confirmed skills (so
 * the admin, the job posting and the site's facts stop showing it), the synonyms that named it go
 * with it, and the profiles that found something through a company word are read again. Runs for
 * every way of deleting (REST, the admin, the local API, a bulk delete), in the same transaction.
 */
export const forgetAfterDelete: CollectionAfterDeleteHook<SkillTerm> = async ({ doc, req }) => {
  if (doc.kind === 'company' && doc.uri) {
    await rewriteVacancySkills(req, doc.uri, () => null)
    await req.payload.delete({ collection: 'skill-terms', where: { and: [{ kind: { equals: 'synonym' } }, { concept: { equals: doc.uri } }] }, overrideAccess: true, req })
  }
  queueCompanyTermsChange(
    req.payload,
    async () => !(await req.payload.findByID({ collection: 'skill-terms', id: doc.id, depth: 0, overrideAccess: true, disableErrors: true })),
    'company-words',
  )
  return doc
}
