/**
 * What each page needs from the CMS, loaded in one place. A page gets `ok` with its data,
 * `not-found` (unknown or malformed slug: a 404) or `unavailable` (the CMS is down: a 503).
 */
import {
  findStoryBySlug,
  findVacancyBySlug,
  isCmsUnavailable,
  listOpenVacancies,
  listPublishedStories,
  listPublishedVideos,
  listVideosForVacancy,
  type Story,
  type Vacancy,
} from './cms'
import type { Lang } from './i18n'
import { parseSlug } from './validation'
import { playableVideos, type PlayableVideo } from './videos'

export type PageResult<T> = { kind: 'ok'; data: T } | { kind: 'not-found' } | { kind: 'unavailable' }

async function guard<T>(what: string, load: () => Promise<PageResult<T>>): Promise<PageResult<T>> {
  try {
    return await load()
  } catch (error) {
    if (isCmsUnavailable(error)) {
      console.error(`[site] ${what}: ${error.message}`)
      return { kind: 'unavailable' }
    }
    throw error
  }
}

export interface HomeData {
  vacancies: Vacancy[]
  videos: PlayableVideo[]
  stories: Story[]
}

export function loadHome(lang: Lang): Promise<PageResult<HomeData>> {
  return guard<HomeData>('home', async () => {
    const [vacancies, videos, stories] = await Promise.all([
      listOpenVacancies(lang),
      listPublishedVideos(lang, 6),
      listPublishedStories(lang, 3),
    ])
    return { kind: 'ok', data: { vacancies, videos: playableVideos(videos), stories } }
  })
}

export interface VacancyData {
  vacancy: Vacancy
  video: PlayableVideo | null
}

export function loadVacancy(lang: Lang, rawSlug: unknown): Promise<PageResult<VacancyData>> {
  return guard<VacancyData>('vacancy', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const vacancy = await findVacancyBySlug(lang, slug)
    if (!vacancy) return { kind: 'not-found' }
    const video = await loadVacancyVideo(lang, vacancy.id)
    return { kind: 'ok', data: { vacancy, video } }
  })
}

/** The vacancy page still works without its video: a failing video query is logged, not fatal. */
async function loadVacancyVideo(lang: Lang, vacancyId: string): Promise<PlayableVideo | null> {
  try {
    return playableVideos(await listVideosForVacancy(lang, vacancyId))[0] ?? null
  } catch (error) {
    console.error(`[site] videos for vacancy ${vacancyId}: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

/** The apply page needs the vacancy only (no video). */
export function loadApply(lang: Lang, rawSlug: unknown): Promise<PageResult<{ vacancy: Vacancy }>> {
  return guard<{ vacancy: Vacancy }>('apply', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const vacancy = await findVacancyBySlug(lang, slug)
    return vacancy ? { kind: 'ok', data: { vacancy } } : { kind: 'not-found' }
  })
}

export function loadStory(lang: Lang, rawSlug: unknown): Promise<PageResult<{ story: Story }>> {
  return guard<{ story: Story }>('story', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const story = await findStoryBySlug(lang, slug)
    return story ? { kind: 'ok', data: { story } } : { kind: 'not-found' }
  })
}
