/**
 * What the entry-point pages load, in one place (the Dutch and English pages are thin wrappers).
 * Quiz and business-case results are GET pages computed from the query string: computing a
 * result changes nothing, so it can be bookmarked, shared, refreshed and reached without JavaScript.
 */
import { answersFromEntries, rankVacancies, scoreCase, scoreQuiz, serializeAnswers, type Answers, type CaseResult, type QuizResult } from '../../../common/entry/scoring'
import { isOpenForApplications } from '../../../common/vacancy'
import { cmsGet, listPublishedVideos, unlessCmsDown, listVideosForDepartment, type PaginatedDocs, type Vacancy } from '../cms'
import type { Lang } from '../i18n'
import { safeHref } from '../lexical'
import { listVacanciesOpenForApplications } from '../pages'
import { parseSlug } from '../validation'
import { playableVideos, type PlayableVideo } from '../videos'
import { contextVacancy, findBusinessCase, findQuiz, type BusinessCase, type Quiz } from './data'
import { applyContextFrom, handleApplicationPost, handleLeadPost, outcomeJson, wantsJson, type ApplyContext, type ApplyValues, type FormOutcome, type LeadContext, type LeadValues } from './forms'
import { CASE_CHOICE_PREFIX, QUIZ_ANSWER_PREFIX, vacancyParam } from './paths'

export type Loaded<T> = { kind: 'ok'; data: T } | { kind: 'not-found' } | { kind: 'unavailable' } | { kind: 'response'; response: Response }

interface PageInput {
  request: Request
  url: URL
  clientAddress: string
  lang: Lang
}

const guard = <T>(what: string, run: () => Promise<Loaded<T>>): Promise<Loaded<T>> => unlessCmsDown(what, run)

function queryVacancy(url: URL, lang: Lang): string | null {
  return url.searchParams.get(vacancyParam(lang)) ?? url.searchParams.get(vacancyParam(lang === 'nl' ? 'en' : 'nl'))
}

// ---------------------------------------------------------------------------------------------
// Keep me posted

export interface LeadPageData {
  outcome: FormOutcome<LeadValues> | null
  context: LeadContext | null
  vacancy: Vacancy | null
}

export function loadLeadPage(input: PageInput): Promise<Loaded<LeadPageData>> {
  return guard<LeadPageData>('lead page', async () => {
    if (input.request.method === 'POST') {
      const { outcome, context } = await handleLeadPost(input)
      if (wantsJson(input.request)) return { kind: 'response', response: outcomeJson(outcome, input.lang) }
      return { kind: 'ok', data: { outcome, context, vacancy: context?.vacancy ?? null } }
    }
    return { kind: 'ok', data: { outcome: null, context: null, vacancy: await contextVacancy(input.lang, queryVacancy(input.url, input.lang)) } }
  })
}

// ---------------------------------------------------------------------------------------------
// Apply

export interface ApplyPageData {
  outcome: FormOutcome<ApplyValues> | null
  context: ApplyContext
}

/** GET shows the form (with a business case's score carried over when ?case=…&choices=…); POST stores. */
export function loadApplyPage(input: PageInput, vacancy: Vacancy): Promise<Loaded<ApplyPageData>> {
  return guard<ApplyPageData>('apply page', async () => {
    if (vacancy.applyMode === 'external') {
      // The apply entry point of an ATS vacancy is the ATS itself.
      const ats = safeHref(vacancy.applyUrl)
      if (ats) return { kind: 'response', response: new Response(null, { status: 303, headers: { Location: ats, 'Cache-Control': 'no-store' } }) }
    }
    if (input.request.method === 'POST') {
      const { outcome, context } = await handleApplicationPost({ ...input, vacancy })
      if (wantsJson(input.request)) return { kind: 'response', response: outcomeJson(outcome, input.lang) }
      return { kind: 'ok', data: { outcome, context } }
    }
    const context = await applyContextFrom(input.lang, input.url.searchParams.get('case') ?? '', input.url.searchParams.get('choices') ?? '')
    return { kind: 'ok', data: { outcome: null, context } }
  })
}

// ---------------------------------------------------------------------------------------------
// Quiz

export interface QuizPageData {
  quiz: Quiz
  vacancy: Vacancy | null
  answers: Answers
  /** Question row ids without an answer (only after "show my result" with gaps). */
  missing: string[]
}

export interface QuizResultData extends QuizPageData {
  result: QuizResult
  matches: Vacancy[]
  videos: PlayableVideo[]
  serializedAnswers: string
}

export function loadQuizPage(lang: Lang, rawSlug: unknown, url: URL): Promise<Loaded<QuizPageData>> {
  return guard<QuizPageData>('quiz', async () => {
    const slug = parseSlug(rawSlug)
    const quiz = slug ? await findQuiz(lang, slug) : null
    if (!quiz) return { kind: 'not-found' }
    const vacancy = await contextVacancy(lang, queryVacancy(url, lang))
    return { kind: 'ok', data: { quiz, vacancy, answers: {}, missing: [] } }
  })
}

/** The result, or the quiz again with the unanswered questions marked (`missing` non-empty). */
export function loadQuizResult(lang: Lang, rawSlug: unknown, url: URL): Promise<Loaded<QuizResultData | QuizPageData>> {
  return guard<QuizResultData | QuizPageData>('quiz result', async () => {
    const slug = parseSlug(rawSlug)
    const quiz = slug ? await findQuiz(lang, slug) : null
    if (!quiz) return { kind: 'not-found' }
    const vacancy = await contextVacancy(lang, queryVacancy(url, lang))
    const answers = answersFromEntries(url.searchParams.entries(), QUIZ_ANSWER_PREFIX)
    const result = scoreQuiz(quiz, answers)
    if (!result.complete) return { kind: 'ok', data: { quiz, vacancy, answers, missing: result.missing.length ? result.missing : ['form'] } }
    const open = await listVacanciesOpenForApplications(lang)
    const matches = rankVacancies(quiz, result, open)
      .slice(0, 3)
      .map((m) => m.vacancy)
    const top = result.departments[0]
    let videos: PlayableVideo[] = []
    try {
      videos = playableVideos(top ? await listVideosForDepartment(lang, top.id, 3) : [])
      if (!videos.length) videos = playableVideos(await listPublishedVideos(lang, 3))
    } catch (error) {
      console.error(`[site] quiz result videos: ${error instanceof Error ? error.message : String(error)}`)
    }
    return { kind: 'ok', data: { quiz, vacancy, answers, missing: [], result, matches, videos: videos.slice(0, 3), serializedAnswers: serializeAnswers(answers) } }
  })
}

export function isQuizResult(data: QuizResultData | QuizPageData): data is QuizResultData {
  return 'result' in data
}

// ---------------------------------------------------------------------------------------------
// Business case

export interface CasePageData {
  businessCase: BusinessCase
  /** The vacancy the case was opened from, else the first open one it is linked to. */
  vacancy: Vacancy | null
  choices: Answers
  missing: string[]
}

export interface CaseResultData extends CasePageData {
  result: CaseResult
  serializedChoices: string
  /** Where "apply" goes: the site's form (carrying the case) or the ATS; null when the vacancy is closed. */
  applyHref: string | null
  applyExternal: boolean
}

async function caseVacancy(lang: Lang, businessCase: BusinessCase, url: URL): Promise<Vacancy | null> {
  const fromQuery = await contextVacancy(lang, queryVacancy(url, lang))
  if (fromQuery) return fromQuery
  const ids = (businessCase.vacancies ?? []).map((v) => (typeof v === 'string' ? v : v.id)).slice(0, 10)
  if (!ids.length) return null
  const { docs } = await cmsGet<PaginatedDocs<Vacancy>>('/api/vacancies', { 'where[id][in]': ids.join(','), 'where[status][equals]': 'open', locale: lang, depth: 0, limit: 10 })
  // In the order the case lists them: the first is the role the case is about.
  return [...docs].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).find((v) => isOpenForApplications(v)) ?? null
}

export function loadCasePage(lang: Lang, rawSlug: unknown, url: URL): Promise<Loaded<CasePageData>> {
  return guard<CasePageData>('business case', async () => {
    const slug = parseSlug(rawSlug)
    const businessCase = slug ? await findBusinessCase(lang, slug) : null
    if (!businessCase) return { kind: 'not-found' }
    return { kind: 'ok', data: { businessCase, vacancy: await caseVacancy(lang, businessCase, url), choices: {}, missing: [] } }
  })
}

export function loadCaseResult(lang: Lang, rawSlug: unknown, url: URL, applyPath: (slug: string) => string): Promise<Loaded<CaseResultData | CasePageData>> {
  return guard<CaseResultData | CasePageData>('business case result', async () => {
    const slug = parseSlug(rawSlug)
    const businessCase = slug ? await findBusinessCase(lang, slug) : null
    if (!businessCase) return { kind: 'not-found' }
    const vacancy = await caseVacancy(lang, businessCase, url)
    const choices = answersFromEntries(url.searchParams.entries(), CASE_CHOICE_PREFIX)
    const result = scoreCase(businessCase, choices)
    if (!result.complete) return { kind: 'ok', data: { businessCase, vacancy, choices, missing: result.missing.length ? result.missing : ['form'] } }
    const serializedChoices = serializeAnswers(choices)
    let applyHref: string | null = null
    let applyExternal = false
    if (vacancy?.slug && isOpenForApplications(vacancy)) {
      if (vacancy.applyMode === 'external') {
        applyHref = safeHref(vacancy.applyUrl)
        applyExternal = true
      } else {
        applyHref = `${applyPath(vacancy.slug)}?case=${encodeURIComponent(businessCase.slug ?? '')}&choices=${encodeURIComponent(serializedChoices)}`
      }
    }
    return { kind: 'ok', data: { businessCase, vacancy, choices, missing: [], result, serializedChoices, applyHref, applyExternal } }
  })
}

export function isCaseResult(data: CaseResultData | CasePageData): data is CaseResultData {
  return 'result' in data
}
