/** Addresses of the entry-point pages, in both languages. Context travels in the query string. */
import type { Lang } from '../i18n'

const enc = encodeURIComponent

export const entryPaths = {
  /** The "keep me posted" form: every lead form posts here. */
  lead: (lang: Lang) => (lang === 'en' ? '/en/keep-me-posted' : '/op-de-hoogte'),
  quiz: (lang: Lang, slug: string) => (lang === 'en' ? `/en/quiz/${enc(slug)}` : `/quiz/${enc(slug)}`),
  quizResult: (lang: Lang, slug: string) => `${entryPaths.quiz(lang, slug)}/${lang === 'en' ? 'result' : 'uitslag'}`,
  businessCase: (lang: Lang, slug: string) => (lang === 'en' ? `/en/business-case/${enc(slug)}` : `/praktijkcase/${enc(slug)}`),
  businessCaseResult: (lang: Lang, slug: string) => `${entryPaths.businessCase(lang, slug)}/${lang === 'en' ? 'result' : 'uitslag'}`,
  /** A candidate's own "delete my details" page; the token is the only key to it. */
  withdraw: (lang: Lang, token: string) => (lang === 'en' ? `/en/delete-my-details/${enc(token)}` : `/gegevens-verwijderen/${enc(token)}`),
}

/** The query parameter that names the vacancy a quiz or case was opened from. */
export const vacancyParam = (lang: Lang) => (lang === 'en' ? 'vacancy' : 'vacature')

export function withVacancy(path: string, lang: Lang, vacancySlug: string | null | undefined): string {
  return vacancySlug ? `${path}?${vacancyParam(lang)}=${enc(vacancySlug)}` : path
}

/** Radio group names: one per quiz question / case step (the row id follows the prefix). */
export const QUIZ_ANSWER_PREFIX = 'a_'
export const CASE_CHOICE_PREFIX = 's_'
