/** Addresses of the entry-point pages, in both languages. Context travels in the query string. */
import { routes } from '../../../common/routes'
import type { Lang } from '../i18n'

const enc = encodeURIComponent

/** The entry pages' part of the route table (common/routes.ts). */
export const entryPaths = {
  lead: routes.lead,
  quiz: routes.quiz,
  quizResult: routes.quizResult,
  businessCase: routes.businessCase,
  businessCaseResult: routes.businessCaseResult,
  withdraw: routes.deleteDetails,
}

/** The query parameter that names the vacancy a quiz or case was opened from. */
export const vacancyParam = (lang: Lang) => (lang === 'en' ? 'vacancy' : 'vacature')

export function withVacancy(path: string, lang: Lang, vacancySlug: string | null | undefined): string {
  return vacancySlug ? `${path}?${vacancyParam(lang)}=${enc(vacancySlug)}` : path
}

/** Radio group names: one per quiz question / case step (the row id follows the prefix). */
export const QUIZ_ANSWER_PREFIX = 'a_'
export const CASE_CHOICE_PREFIX = 's_'
