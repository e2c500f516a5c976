/**
 * A vacancy as a match query: its confirmed skills (or, while none are confirmed, the extraction's
 * proposal), its occupation, town and hours. One function for the recruiter's Matches tab
 * (./endpoints.ts, which adds the recruiter's tweaks) and the job alerts (cms/alerts/jobAlerts.ts),
 * so a lead is alerted by exactly the ranking a recruiter would see.
 */
import type { Payload } from 'payload'

import { proposeForVacancy, type MatchQuery, type QuerySkill } from '../../common/match/rank'
import { parseVacancyOccupation, parseVacancySkills } from '../../common/match/vacancySkills'
import type { Vacancy } from '../payload-types'
import { currentMatchEngine } from './engineState'
import { vacancyPlainText } from './vacancyText'

export async function vacancyProposal(payload: Payload, vacancy: Vacancy, locale: 'nl' | 'en') {
  return proposeForVacancy((await currentMatchEngine(payload)).matcher, { title: vacancy.title, text: vacancyPlainText(vacancy), lang: locale })
}

/** `skills`: the recruiter's own choice, when they tweaked it; otherwise what the vacancy says. */
export async function vacancyMatchQuery(payload: Payload, vacancy: Vacancy, locale: 'nl' | 'en', skills?: QuerySkill[]): Promise<MatchQuery> {
  const confirmed = parseVacancySkills(vacancy.skills)
  const storedOccupation = parseVacancyOccupation(vacancy.occupation)
  let chosen = skills ?? (Array.isArray(confirmed) && confirmed.length ? confirmed : undefined)
  let occupations = storedOccupation && !('error' in storedOccupation) ? [storedOccupation.uri] : []
  if (!chosen || !occupations.length) {
    const proposal = await vacancyProposal(payload, vacancy, locale)
    chosen ??= proposal.skills.map(({ uri, label, level }) => ({ uri, label, level }))
    if (!occupations.length) occupations = proposal.occupations.slice(0, 1).map((o) => o.uri)
  }
  return {
    vacancyId: String(vacancy.id),
    lang: locale,
    skills: chosen,
    occupations,
    title: vacancy.title,
    ...(vacancy.location ? { city: vacancy.location } : {}),
    ...(vacancy.hoursMin || vacancy.hoursMax ? { hours: { min: vacancy.hoursMin ?? vacancy.hoursMax!, max: vacancy.hoursMax ?? vacancy.hoursMin! } } : {}),
  }
}
