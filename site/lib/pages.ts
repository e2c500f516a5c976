/**
 * What each page needs from the CMS, loaded in one place. A page gets `ok` with its data,
 * `not-found` (unknown or malformed slug: a 404), `gone` (withdrawn content: a 410) or
 * `unavailable` (the CMS is down: a 503).
 *
 * A page's main document decides its status; the extras around it (related stories, more videos)
 * are optional: when their query fails the page still renders without them, and says so in the log.
 */
import { movedSlug, type LocalizedSlugs } from '../../common/routes'
import { isOpenForApplications } from '../../common/vacancy'

import {
  departmentOf,
  findDepartmentById,
  findDepartmentBySlug,
  findStoryBySlug,
  findVacancyById,
  findVacancyBySlug,
  findVideo,
  listDepartments,
  listOpenVacancies,
  listPublishedStories,
  listPublishedVideos,
  listStoriesForDepartment,
  listVideosForDepartment,
  listVideosForVacancy,
  unlessCmsDown,
  type Department,
  type Story,
  type Vacancy,
  type Video,
} from './cms'
import type { Lang } from './i18n'
import { parseSlug, parseVideoId } from './validation'
import { playableVideos, toPlayableVideo, type PlayableVideo } from './videos'

export type PageResult<T> = { kind: 'ok'; data: T } | { kind: 'not-found' } | { kind: 'gone' } | { kind: 'unavailable' }

/**
 * The page lives at another slug in this language: an English link with the Dutch slug (from
 * before vacancies and departments had English ones). The page answers 301 to `slug`.
 */
export type Moved = { kind: 'moved'; slug: string }

const guard = <T>(what: string, load: () => Promise<PageResult<T>>): Promise<PageResult<T>> => unlessCmsDown(what, load)

/** Extras around a page's main content: a failing query is logged and leaves the extra out. */
async function optional<T>(what: string, load: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await load()
  } catch (error) {
    console.error(`[site] ${what}: ${error instanceof Error ? error.message : String(error)}`)
    return fallback
  }
}

/** Open vacancies a candidate can still apply to (status open, valid-through day not passed). */
export async function listVacanciesOpenForApplications(lang: Lang, now = new Date()): Promise<Vacancy[]> {
  return (await listOpenVacancies(lang)).filter((vacancy) => isOpenForApplications(vacancy, now))
}

function sameDepartment(department: Department | null) {
  return (vacancy: Vacancy) => Boolean(department) && departmentOf(vacancy)?.id === department?.id
}

/** Up to `limit` other open vacancies: the same department's first, then the rest, in the list's order. */
export function similarVacancies(vacancy: Vacancy, open: Vacancy[], limit = 3): Vacancy[] {
  const department = departmentOf(vacancy)
  const others = open.filter((v) => v.id !== vacancy.id)
  return [...others.filter(sameDepartment(department)), ...others.filter((v) => !sameDepartment(department)(v))].slice(0, limit)
}

// ---------------------------------------------------------------------------------------------
// Documents with a slug per language (vacancies, departments)

type Found<T> = { doc: T; slugs: LocalizedSlugs } | Moved | null

/**
 * A vacancy or department by the slug in a page's address, with both languages' slugs (hreflang
 * alternates, the language switch). Under /en/ a Dutch slug finds it too (lib/cms.ts): when it
 * has an English slug the page moved there (301); without one its English page lives at the Dutch
 * slug. Dutch addresses never move.
 */
async function findLocalized<T extends { id: string; slug?: string | null }>(
  lang: Lang,
  slug: string,
  bySlug: (lang: Lang, slug: string) => Promise<T | null>,
  byId: (lang: Lang, id: string) => Promise<T | null>,
): Promise<Found<T>> {
  const other: Lang = lang === 'nl' ? 'en' : 'nl'
  const doc = await bySlug(lang, slug)
  if (!doc) return null
  const counterpart = await optional(`the ${other} slug of ${doc.id}`, () => byId(other, doc.id), null)
  const slugs: LocalizedSlugs = { [lang]: doc.slug ?? slug, [other]: counterpart?.slug ?? null }
  const moved = movedSlug(slug, slugs, lang)
  return moved ? { kind: 'moved', slug: moved } : { doc, slugs }
}

const findVacancy = (lang: Lang, slug: string) => findLocalized<Vacancy>(lang, slug, findVacancyBySlug, (l, id) => findVacancyById(l, id, 1))
const findDepartment = (lang: Lang, slug: string) => findLocalized<Department>(lang, slug, findDepartmentBySlug, findDepartmentById)

// ---------------------------------------------------------------------------------------------
// Home

export interface DepartmentSummary {
  department: Department
  openVacancies: number
}

export interface HomeData {
  vacancies: Vacancy[]
  videos: PlayableVideo[]
  stories: Story[]
  departments: DepartmentSummary[]
}

export function loadHome(lang: Lang): Promise<PageResult<HomeData>> {
  return guard<HomeData>('home', async () => {
    const [vacancies, videos, stories, departments] = await Promise.all([
      listVacanciesOpenForApplications(lang),
      listPublishedVideos(lang, 12),
      listPublishedStories(lang, 3),
      optional('departments', () => listDepartments(lang), [] as Department[]),
    ])
    return { kind: 'ok', data: { vacancies, videos: playableVideos(videos), stories, departments: summarise(departments, vacancies) } }
  })
}

function summarise(departments: Department[], vacancies: Vacancy[]): DepartmentSummary[] {
  return departments
    .filter((department) => department.slug)
    .map((department) => ({ department, openVacancies: vacancies.filter(sameDepartment(department)).length }))
}

// ---------------------------------------------------------------------------------------------
// Vacancy list

export interface VacanciesData {
  vacancies: Vacancy[]
  departments: Department[]
  /** Department slug in this language → its slug in the other one (for the other language's address). */
  departmentSlugInOther?: Record<string, string>
}

export function loadVacancies(lang: Lang): Promise<PageResult<VacanciesData>> {
  return guard<VacanciesData>('vacancies', async () => {
    const other: Lang = lang === 'nl' ? 'en' : 'nl'
    const [vacancies, departments, otherDepartments] = await Promise.all([
      listVacanciesOpenForApplications(lang),
      optional('departments', () => listDepartments(lang), [] as Department[]),
      optional(`departments (${other})`, () => listDepartments(other), [] as Department[]),
    ])
    // A department filter names the department by its slug in the page's language; the other
    // language's list (hreflang, the language switch) names it by that language's slug.
    const otherSlug = new Map(otherDepartments.map((d) => [d.id, d.slug] as const))
    const departmentSlugInOther = Object.fromEntries(departments.flatMap((d) => (d.slug && otherSlug.get(d.id) ? [[d.slug, otherSlug.get(d.id)!]] : [])))
    return { kind: 'ok', data: { vacancies, departments, departmentSlugInOther } }
  })
}

// ---------------------------------------------------------------------------------------------
// Vacancy page

export interface VacancyData {
  vacancy: Vacancy
  /** The colleague's video at the top: one linked to this vacancy, else one from its team. */
  video: PlayableVideo | null
  /** More videos from the team (not the one at the top). */
  moreVideos?: PlayableVideo[]
  /** Stories from the team. */
  stories?: Story[]
  /** Open vacancies to show instead, when this one is filled (same team first), or alongside it. */
  relatedVacancies?: Vacancy[]
  /** Its slug in each language (hreflang alternates, the language switch). */
  slugs: LocalizedSlugs
}

export function loadVacancy(lang: Lang, rawSlug: unknown): Promise<PageResult<VacancyData> | Moved> {
  return unlessCmsDown<PageResult<VacancyData> | Moved>('vacancy', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const found = await findVacancy(lang, slug)
    if (!found) return { kind: 'not-found' }
    if ('kind' in found) return found
    const { doc: vacancy, slugs } = found
    const department = departmentOf(vacancy)
    const [linked, teamVideos, stories, open] = await Promise.all([
      optional(`videos for vacancy ${vacancy.id}`, () => listVideosForVacancy(lang, vacancy.id), [] as Video[]),
      department ? optional(`videos for department ${department.id}`, () => listVideosForDepartment(lang, department.id, 6), [] as Video[]) : [],
      department ? optional(`stories for department ${department.id}`, () => listStoriesForDepartment(lang, department.id, 3), [] as Story[]) : [],
      optional('open vacancies', () => listVacanciesOpenForApplications(lang), [] as Vacancy[]),
    ])
    const videos = uniqueById([...playableVideos(linked), ...playableVideos(teamVideos)])
    const relatedVacancies = similarVacancies(vacancy, open)
    return {
      kind: 'ok',
      data: { vacancy, video: videos[0] ?? null, moreVideos: videos.slice(1, 4), stories, relatedVacancies, slugs },
    }
  })
}

function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)))
}

/** The apply page: the vacancy (no video), and similar vacancies for under its thank-you. */
export interface ApplyData {
  vacancy: Vacancy
  /** Shown under the thank-you: other open vacancies, the same department's first. */
  similar: Vacancy[]
  slugs: LocalizedSlugs
}

export function loadApply(lang: Lang, rawSlug: unknown): Promise<PageResult<ApplyData> | Moved> {
  return unlessCmsDown<PageResult<ApplyData> | Moved>('apply', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const found = await findVacancy(lang, slug)
    if (!found) return { kind: 'not-found' }
    if ('kind' in found) return found
    const { doc: vacancy, slugs } = found
    const open = await optional('open vacancies', () => listVacanciesOpenForApplications(lang), [] as Vacancy[])
    return { kind: 'ok', data: { vacancy, similar: similarVacancies(vacancy, open), slugs } }
  })
}

// ---------------------------------------------------------------------------------------------
// Stories

export interface StoryData {
  story: Story
  videos?: PlayableVideo[]
  vacancies?: Vacancy[]
}

export function loadStory(lang: Lang, rawSlug: unknown): Promise<PageResult<StoryData>> {
  return guard<StoryData>('story', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const story = await findStoryBySlug(lang, slug)
    if (!story) return { kind: 'not-found' }
    if (story.status === 'withdrawn') return { kind: 'gone' }
    const department = departmentOf(story)
    const [videos, open] = await Promise.all([
      department ? optional(`videos for department ${department.id}`, () => listVideosForDepartment(lang, department.id, 3), [] as Video[]) : [],
      optional('open vacancies', () => listVacanciesOpenForApplications(lang), [] as Vacancy[]),
    ])
    const vacancies = (department ? open.filter(sameDepartment(department)) : open).slice(0, 3)
    return { kind: 'ok', data: { story, videos: playableVideos(videos), vacancies } }
  })
}

// ---------------------------------------------------------------------------------------------
// Video share page

export interface VideoData {
  video: PlayableVideo
  /** The CMS document (department and vacancies at depth 1). */
  doc: Video
  department: Department | null
  /** Open vacancies the video is linked to, else open vacancies of its team. */
  vacancies: Vacancy[]
  moreVideos: PlayableVideo[]
}

/**
 * A video's share page. Asks the CMS directly (no cache): a video whose consent was withdrawn
 * answers 410 Gone from the moment it is withdrawn. A video that is not (or not yet) published,
 * or that has no playable media, is a 404, as is an id that is not a UUID.
 */
export function loadVideo(lang: Lang, rawId: unknown): Promise<PageResult<VideoData>> {
  return guard<VideoData>('video', async () => {
    const id = parseVideoId(rawId)
    if (!id) return { kind: 'not-found' }
    const doc = await findVideo(lang, id)
    if (!doc) return { kind: 'not-found' }
    if (doc.status === 'withdrawn') return { kind: 'gone' }
    if (doc.status !== 'published') return { kind: 'not-found' }
    const video = toPlayableVideo(doc)
    if (!video) return { kind: 'not-found' }
    const department = departmentOf(doc)
    const linkedIds = new Set((doc.vacancies ?? []).map((v) => (typeof v === 'string' ? v : v.id)))
    const [open, more] = await Promise.all([
      optional('open vacancies', () => listVacanciesOpenForApplications(lang), [] as Vacancy[]),
      optional('more videos', () => listPublishedVideos(lang, 12), [] as Video[]),
    ])
    const linked = open.filter((v) => linkedIds.has(v.id))
    const vacancies = (linked.length > 0 ? linked : open.filter(sameDepartment(department))).slice(0, 4)
    const moreVideos = playableVideos(more).filter((v) => v.id !== video.id)
    // Same team first.
    moreVideos.sort((a, b) => Number(b.departmentId === department?.id) - Number(a.departmentId === department?.id))
    return { kind: 'ok', data: { video, doc, department, vacancies, moreVideos: moreVideos.slice(0, 4) } }
  })
}

// ---------------------------------------------------------------------------------------------
// Department page

export interface DepartmentData {
  department: Department
  vacancies: Vacancy[]
  videos: PlayableVideo[]
  stories: Story[]
  /** Its slug in each language (hreflang alternates, the language switch). */
  slugs: LocalizedSlugs
}

export function loadDepartment(lang: Lang, rawSlug: unknown): Promise<PageResult<DepartmentData> | Moved> {
  return unlessCmsDown<PageResult<DepartmentData> | Moved>('department', async () => {
    const slug = parseSlug(rawSlug)
    if (!slug) return { kind: 'not-found' }
    const found = await findDepartment(lang, slug)
    if (!found) return { kind: 'not-found' }
    if ('kind' in found) return found
    const { doc: department, slugs } = found
    const [open, videos, stories] = await Promise.all([
      listVacanciesOpenForApplications(lang),
      optional(`videos for department ${department.id}`, () => listVideosForDepartment(lang, department.id, 8), [] as Video[]),
      optional(`stories for department ${department.id}`, () => listStoriesForDepartment(lang, department.id, 3), [] as Story[]),
    ])
    return { kind: 'ok', data: { department, vacancies: open.filter(sameDepartment(department)), videos: playableVideos(videos), stories, slugs } }
  })
}
