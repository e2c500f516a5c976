/**
 * Quizzes and business cases, read from the CMS's public REST API (published ones only: drafts
 * are not readable anonymously). Also the small lookups the entry forms need.
 */
import type { BusinessCase, Quiz } from '../../../cms/payload-types'
import { cmsGet, findVacancyBySlug, type PaginatedDocs, type Vacancy } from '../cms'
import { isOpenForApplications } from '../../../common/vacancy'
import type { Lang } from '../i18n'
import { parseSlug } from '../validation'

export type { BusinessCase, Quiz }

export async function findQuiz(lang: Lang, slug: string): Promise<Quiz | null> {
  const result = await cmsGet<PaginatedDocs<Quiz>>('/api/quizzes', { 'where[slug][equals]': slug, 'where[status][equals]': 'published', locale: lang, depth: 1, limit: 1 })
  return result.docs[0] ?? null
}

export async function findBusinessCase(lang: Lang, slug: string): Promise<BusinessCase | null> {
  const result = await cmsGet<PaginatedDocs<BusinessCase>>('/api/business-cases', { 'where[slug][equals]': slug, 'where[status][equals]': 'published', locale: lang, depth: 0, limit: 1 })
  return result.docs[0] ?? null
}

/** The published quiz and business case offered on a vacancy page (newest first), if any. */
export async function entryPointsForVacancy(lang: Lang, vacancyId: string): Promise<{ quiz: Quiz | null; businessCase: BusinessCase | null }> {
  const where = { 'where[vacancies][contains]': vacancyId, 'where[status][equals]': 'published', locale: lang, depth: 0, limit: 1, sort: '-updatedAt' }
  const [quizzes, cases] = await Promise.all([cmsGet<PaginatedDocs<Quiz>>('/api/quizzes', where), cmsGet<PaginatedDocs<BusinessCase>>('/api/business-cases', where)])
  return { quiz: quizzes.docs[0] ?? null, businessCase: cases.docs[0] ?? null }
}

/** A vacancy named in a query string or hidden field; null when malformed or unknown. */
export async function contextVacancy(lang: Lang, rawSlug: unknown): Promise<Vacancy | null> {
  const slug = parseSlug(rawSlug)
  if (!slug) return null
  return findVacancyBySlug(lang, slug)
}

export function canApply(vacancy: Vacancy | null): boolean {
  return Boolean(vacancy && isOpenForApplications(vacancy))
}
