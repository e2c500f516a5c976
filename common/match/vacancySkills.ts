/**
 * The skills a recruiter confirmed on a vacancy, as stored on it (`skills`) and read by the site's
 * structured data and by Search & Match: ESCO concept URIs with a label and a level.
 */
import { isCompanySkillUri } from './companyTerms'

export type VacancySkillLevel = 'must' | 'nice'

export interface VacancySkill {
  uri: string
  label: string
  level: VacancySkillLevel
}

export interface VacancyOccupation {
  uri: string
  label: string
}

const MAX_SKILLS = 40
// An ESCO address, or one of the company's own skills (common/match/companyTerms.ts).
const isUri = (value: unknown): value is string => typeof value === 'string' && (/^https?:\/\/\S{3,300}$/.test(value) || isCompanySkillUri(value))
const isLabel = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= 200

export function parseVacancySkills(value: unknown): VacancySkill[] | { error: { nl: string; en: string } } {
  if (value === null || value === undefined) return []
  if (!Array.isArray(value)) return { error: { nl: 'Vaardigheden moeten een lijst zijn.', en: 'Skills must be a list.' } }
  if (value.length > MAX_SKILLS) return { error: { nl: `Hooguit ${MAX_SKILLS} vaardigheden.`, en: `At most ${MAX_SKILLS} skills.` } }
  const out: VacancySkill[] = []
  for (const item of value) {
    const { uri, label, level } = (item ?? {}) as Record<string, unknown>
    if (!isUri(uri) || !isLabel(label) || (level !== 'must' && level !== 'nice')) {
      return { error: { nl: 'Elke vaardigheid heeft een ESCO-adres, een naam en eis of pré.', en: 'Every skill needs an ESCO address, a label and must-have or nice-to-have.' } }
    }
    out.push({ uri, label: label.trim(), level })
  }
  return out
}

export function parseVacancyOccupation(value: unknown): VacancyOccupation | null | { error: { nl: string; en: string } } {
  if (value === null || value === undefined) return null
  const { uri, label } = (value ?? {}) as Record<string, unknown>
  if (!isUri(uri) || !isLabel(label)) return { error: { nl: 'Het beroep heeft een ESCO-adres en een naam.', en: 'The occupation needs an ESCO address and a label.' } }
  return { uri, label: label.trim() }
}
