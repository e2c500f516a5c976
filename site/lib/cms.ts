/**
 * The site's only door to content: the CMS's public REST API, read anonymously over HTTP.
 * Anonymous reads only ever see what the CMS's access rules publish (open/closed vacancies,
 * published videos and stories), so nothing here has to filter drafts for safety.
 */
import type { Department, Media, Story, Vacancy, Video } from '../../cms/payload-types'

import type { Lang } from './i18n'
import { freshCmsReads } from './page-cache'
import { deepFreeze, TtlCache } from './ttl-cache'

export type { Department, Media, Story, Vacancy, Video }

/** Server-side base URL of the CMS (may be an internal address). */
export function cmsUrl(): string {
  return trimSlash(process.env.CMS_URL || 'http://127.0.0.1:3000')
}

/** Base URL browsers use for media on the CMS origin (renditions, images). */
export function cmsPublicUrl(): string {
  return trimSlash(process.env.CMS_PUBLIC_URL || cmsUrl())
}

const TIMEOUT_MS = Number(process.env.CMS_TIMEOUT_MS ?? 4000)

/** The CMS could not be reached or answered with a server error: pages show a 503. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError'
  /** How callers recognise it: a property survives bundling and minifying, a class identity may not. */
  readonly code = 'cms-unavailable'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** The CMS answered, but not with what we asked for (4xx, malformed JSON): a bug, not an outage. */
export class CmsResponseError extends Error {
  override name = 'CmsResponseError'
  readonly code = 'cms-response'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export function isCmsUnavailable(error: unknown): error is CmsUnavailableError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'cms-unavailable'
}

/** The HTTP status of a CmsResponseError (read from the property, not the class), else null. */
export function cmsResponseStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'cms-response') return null
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? status : null
}

export interface PaginatedDocs<T> {
  docs: T[]
  totalDocs: number
  limit: number
  page?: number
  totalPages: number
  hasNextPage: boolean
}

type QueryValue = string | number | boolean
/** Query parameters in Payload's bracket notation, e.g. `{ 'where[slug][equals]': 'x' }`. */
export type Query = Record<string, QueryValue | undefined>

export function buildQuery(query: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value))
  return params.toString()
}

/**
 * How long an anonymous CMS answer may be reused (CMS_CACHE_TTL_MS, default 5000 ms; 0 turns the
 * cache off). Nothing older is ever served: a vacancy that closes or a video that is published or
 * withdrawn shows on the site within this time. See ./ttl-cache.ts.
 */
export const CMS_CACHE_TTL_MS = Math.max(0, Number(process.env.CMS_CACHE_TTL_MS ?? 5000) || 0)

const cache = new TtlCache<unknown>({
  ttlMs: CMS_CACHE_TTL_MS,
  maxEntries: 500,
  onBackgroundError: (key, error) => console.error(`[site] refreshing ${key.replace(/^https?:\/\/[^/]+/, '')}: ${describe(error)}`),
})

/** Empties the CMS answer cache (tests). */
export function clearCmsCache(): void {
  cache.clear()
}

export interface CmsGetOptions {
  /** `false` always asks the CMS (pages where a change must show at once, e.g. video share pages). */
  cache?: boolean
}

/**
 * GET a JSON document from the CMS REST API with a short timeout and errors that say what failed.
 * Answers are cached for a few seconds (see CMS_CACHE_TTL_MS) and frozen: never change them.
 */
export async function cmsGet<T>(path: string, query: Query = {}, options: CmsGetOptions = {}): Promise<T> {
  const qs = buildQuery(query)
  const url = `${cmsUrl()}${path}${qs ? `?${qs}` : ''}`
  // Pages rendered for the page cache read fresh (see ./page-cache.ts): the two caches never add up.
  if (options.cache === false || freshCmsReads.getStore()) return fetchJson<T>(path, url)
  return (await cache.get(url, async () => deepFreeze(await fetchJson<T>(path, url)))) as T
}

async function fetchJson<T>(path: string, url: string): Promise<T> {
  let response: Response
  const signal = AbortSignal.timeout(TIMEOUT_MS)
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal })
  } catch (error) {
    // Our own signal says whether it was the timeout; the error's name is not something to match on.
    const reason = signal.aborted ? `timed out after ${TIMEOUT_MS} ms` : describe(error)
    throw new CmsUnavailableError(`CMS request GET ${path} failed: ${reason}`, { cause: error })
  }
  if (response.status >= 500 || response.status === 429) {
    throw new CmsUnavailableError(`CMS request GET ${path} answered ${response.status}`)
  }
  if (!response.ok) {
    throw new CmsResponseError(`CMS request GET ${path} answered ${response.status}: ${await safeText(response)}`, response.status)
  }
  try {
    return (await response.json()) as T
  } catch (error) {
    throw new CmsResponseError(`CMS request GET ${path} returned invalid JSON: ${describe(error)}`, response.status)
  }
}

// ---------------------------------------------------------------------------------------------
// Collections

/**
 * More open vacancies than any one employer has. The home page, the vacancy list and its filters,
 * department pages, feeds and the sitemap all use this one (cached) answer.
 */
export const MAX_OPEN_VACANCIES = 200

export async function listOpenVacancies(locale: Lang, limit = MAX_OPEN_VACANCIES): Promise<Vacancy[]> {
  const result = await cmsGet<PaginatedDocs<Vacancy>>('/api/vacancies', {
    'where[status][equals]': 'open',
    sort: '-datePosted',
    locale,
    depth: 1,
    limit,
  })
  return result.docs
}

export async function findVacancyBySlug(locale: Lang, slug: string): Promise<Vacancy | null> {
  const result = await cmsGet<PaginatedDocs<Vacancy>>('/api/vacancies', {
    'where[slug][equals]': slug,
    locale,
    depth: 1,
    limit: 1,
  })
  return result.docs[0] ?? null
}

/** Published documents, newest first, optionally narrowed by one more `where` condition. */
async function listPublished<T>(path: '/api/videos' | '/api/stories', locale: Lang, depth: number, limit: number, where: Record<string, string> = {}): Promise<T[]> {
  const result = await cmsGet<PaginatedDocs<T>>(path, { ...where, 'where[status][equals]': 'published', sort: '-publishedAt', locale, depth, limit })
  return result.docs
}

export const listPublishedVideos = (locale: Lang, limit = 12) => listPublished<Video>('/api/videos', locale, 0, limit)

export const listVideosForVacancy = (locale: Lang, vacancyId: string, limit = 3) =>
  listPublished<Video>('/api/videos', locale, 0, limit, { 'where[vacancies][contains]': vacancyId })

export const listVideosForDepartment = (locale: Lang, departmentId: string, limit = 6) =>
  listPublished<Video>('/api/videos', locale, 0, limit, { 'where[department][equals]': departmentId })

/**
 * One video by id, published or withdrawn (a withdrawn one is a tombstone: status `withdrawn`,
 * no media), or null when the CMS does not show it to anonymous readers. Never cached: a
 * withdrawal must take effect on the video's own page at once.
 */
export async function findVideo(locale: Lang, id: string): Promise<Video | null> {
  try {
    return await cmsGet<Video>(`/api/videos/${encodeURIComponent(id)}`, { locale, depth: 1 }, { cache: false })
  } catch (error) {
    const status = cmsResponseStatus(error)
    if (status === 404 || status === 403) return null
    throw error
  }
}

export async function listDepartments(locale: Lang): Promise<Department[]> {
  const result = await cmsGet<PaginatedDocs<Department>>('/api/departments', { sort: 'name', locale, depth: 0, limit: 100 })
  return result.docs
}

export async function findDepartmentBySlug(locale: Lang, slug: string): Promise<Department | null> {
  const result = await cmsGet<PaginatedDocs<Department>>('/api/departments', { 'where[slug][equals]': slug, locale, depth: 0, limit: 1 })
  return result.docs[0] ?? null
}

export const listPublishedStories = (locale: Lang, limit = 6) => listPublished<Story>('/api/stories', locale, 1, limit)

export const listStoriesForDepartment = (locale: Lang, departmentId: string, limit = 3) =>
  listPublished<Story>('/api/stories', locale, 1, limit, { 'where[department][equals]': departmentId })

/** A published story, or the tombstone of one whose author withdrew consent (status `withdrawn`). */
export async function findStoryBySlug(locale: Lang, slug: string): Promise<Story | null> {
  const result = await cmsGet<PaginatedDocs<Story>>('/api/stories', {
    'where[slug][equals]': slug,
    'where[status][in][0]': 'published',
    'where[status][in][1]': 'withdrawn',
    locale,
    depth: 1,
    limit: 1,
  })
  return result.docs[0] ?? null
}

// ---------------------------------------------------------------------------------------------
// Relationship helpers (depth=1 gives objects, depth=0 gives ids)

export function departmentOf(doc: { department?: string | Department | null }): Department | null {
  return doc.department && typeof doc.department === 'object' ? doc.department : null
}

export function mediaOf(value: string | Media | null | undefined): Media | null {
  return value && typeof value === 'object' ? value : null
}

/** An absolute URL on the CMS origin for a path the CMS returned (`/api/media/file/…`, `/renditions/…`). */
export function publicMediaUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path
  return `${cmsPublicUrl()}${path.startsWith('/') ? '' : '/'}${path}`
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = (error as { cause?: unknown }).cause
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code
    return `${error.message}: ${cause.message}${code && !cause.message.includes(String(code)) ? ` (${String(code)})` : ''}`
  }
  return error.message
}

async function safeText(response: Response): Promise<string> {
  try {
    return (await response.text()).slice(0, 300)
  } catch {
    return ''
  }
}
