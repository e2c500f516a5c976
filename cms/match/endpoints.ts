/**
 * Search & Match for the admin (recruiters and admins only; everyone else gets 403):
 *
 * GET  /api/match/vacancies/:id?locale=nl|en — the extraction proposal for the vacancy (skills with
 *      evidence, occupation) next to what is confirmed on it.
 * POST /api/match/vacancies/:id — the ranked, explained talent base for the vacancy. The body holds
 *      the recruiter's tweaks: {skills?: [{uri,label,level}], maxDistanceKm?, requireHours?,
 *      languages?, licences?, locale?}. Without skills it searches with the vacancy's confirmed
 *      skills (or, when none are confirmed yet, the proposal). Each search is written to the
 *      candidate audit: who searched, for which vacancy, which profiles were shown.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { MatchQuery } from '../../common/match/rank'
import { parseVacancyOccupation, parseVacancySkills } from '../../common/match/vacancySkills'
import { hasRole } from '../access/roles'
import { parseProfileKey, taxonomySource, talentIndex } from './talentBase'
import { vacancyMatchQuery, vacancyProposal } from './vacancyQuery'

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

const copy = {
  forbidden: { nl: 'Alleen recruiters en beheerders kunnen matchen.', en: 'Only recruiters and admins can match.' },
  notFound: { nl: 'Deze vacature bestaat niet.', en: 'This vacancy does not exist.' },
  badInput: { nl: 'De zoekopdracht klopt niet', en: 'The search is not valid' },
}

const tweaks = z.object({
  skills: z.array(z.object({ uri: z.string().url().max(300), label: z.string().min(1).max(200), level: z.enum(['must', 'nice']) })).max(40).optional(),
  maxDistanceKm: z.number().int().min(1).max(500).nullable().optional(),
  requireHours: z.boolean().optional(),
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).max(10).optional(),
  licences: z.array(z.enum(['B', 'BE', 'C1', 'C', 'CE', 'D', 'code95'])).max(7).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  limit: z.number().int().min(1).max(200).optional(),
})

const localeOf = (req: PayloadRequest, fallback?: string): 'nl' | 'en' => {
  const value = fallback ?? req.searchParams?.get('locale') ?? req.locale
  return value === 'en' ? 'en' : 'nl'
}

async function loadVacancy(req: PayloadRequest, locale: 'nl' | 'en') {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return null
  return req.payload.findByID({ collection: 'vacancies', id: String(id), depth: 0, locale, overrideAccess: true, disableErrors: true })
}

type LoadedVacancy = NonNullable<Awaited<ReturnType<typeof loadVacancy>>>

const proposalFor = (req: PayloadRequest, vacancy: LoadedVacancy, locale: 'nl' | 'en') => vacancyProposal(req.payload, vacancy, locale)

export const matchEndpoints: Endpoint[] = [
  {
    path: '/match/vacancies/:id',
    method: 'get',
    handler: async (req) => {
      const locale = localeOf(req)
      if (!hasRole(req.user, 'admin', 'recruiter')) return json({ error: copy.forbidden[locale] }, 403)
      const vacancy = await loadVacancy(req, locale)
      if (!vacancy) return json({ error: copy.notFound[locale] }, 404)
      const proposal = await proposalFor(req, vacancy, locale)
      const confirmed = parseVacancySkills(vacancy.skills)
      const occupation = parseVacancyOccupation(vacancy.occupation)
      return json({
        taxonomy: taxonomySource(),
        proposal,
        confirmed: Array.isArray(confirmed) ? confirmed : [],
        occupation: occupation && !('error' in occupation) ? occupation : null,
      })
    },
  },
  {
    path: '/match/vacancies/:id',
    method: 'post',
    handler: async (req) => {
      let body: unknown = {}
      try {
        body = (await req.json?.()) ?? {}
      } catch {
        body = null
      }
      const parsed = tweaks.safeParse(body)
      const locale = localeOf(req, parsed.success ? parsed.data.locale : undefined)
      if (!hasRole(req.user, 'admin', 'recruiter')) return json({ error: copy.forbidden[locale] }, 403)
      if (!parsed.success) return json({ error: `${copy.badInput[locale]}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` }, 400)
      const vacancy = await loadVacancy(req, locale)
      if (!vacancy) return json({ error: copy.notFound[locale] }, 404)
      const t = parsed.data
      const base = await vacancyMatchQuery(req.payload, vacancy, locale, t.skills)
      const skills = base.skills
      const query: MatchQuery = {
        ...base,
        ...(t.maxDistanceKm ? { maxDistanceKm: t.maxDistanceKm } : {}),
        ...(t.requireHours ? { requireHours: true } : {}),
        ...(t.languages?.length ? { languages: t.languages } : {}),
        ...(t.licences?.length ? { licences: t.licences } : {}),
      }
      const index = await talentIndex(req.payload)
      const answer = index.rank(query, { limit: t.limit ?? 50 })
      const shown = answer.results.map((r) => parseProfileKey(r.id)).filter((x): x is NonNullable<typeof x> => Boolean(x))
      await req.payload.create({
        collection: 'candidate-audit',
        overrideAccess: true,
        req,
        data: {
          at: new Date().toISOString(),
          action: 'searched',
          vacancy: vacancy.id,
          by: req.user && req.user.collection === 'users' ? req.user.id : undefined,
          shown,
          shownCount: shown.length,
          query: { skills: skills.map(({ uri, level }) => ({ uri, level })), maxDistanceKm: t.maxDistanceKm ?? null, requireHours: Boolean(t.requireHours), languages: t.languages ?? [], licences: t.licences ?? [] },
          summary: `match search for vacancy ${String(vacancy.id)}: ${shown.length} of ${answer.total} shown`,
        },
      })
      return json({
        taxonomy: taxonomySource(),
        query: { skills, occupations: query.occupations, city: query.city ?? null, hours: query.hours ?? null },
        total: answer.total,
        results: answer.results.map((r) => ({ ...r, ref: parseProfileKey(r.id) })),
      })
    },
  },
]
