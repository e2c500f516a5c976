/**
 * The site's only door to content: the CMS's public REST API, read anonymously over HTTP.
 * Anonymous reads only ever see what the CMS's access rules publish (open/closed vacancies,
 * published videos and stories), so nothing here has to filter drafts for safety.
 */
import type { Department, Media, Story, Vacancy, Video } from '../../cms/payload-types'

import type { Lang } from './i18n'

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
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** The CMS answered, but not with what we asked for (4xx, malformed JSON): a bug, not an outage. */
export class CmsResponseError extends Error {
  override name = 'CmsResponseError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export function isCmsUnavailable(error: unknown): error is CmsUnavailableError {
  return error instanceof CmsUnavailableError
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

/** GET a JSON document from the CMS REST API with a short timeout and errors that say what failed. */
export async function cmsGet<T>(path: string, query: Query = {}): Promise<T> {
  const qs = buildQuery(query)
  const url = `${cmsUrl()}${path}${qs ? `?${qs}` : ''}`
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `timed out after ${TIMEOUT_MS} ms` : describe(error)
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

export async function listOpenVacancies(locale: Lang, limit = 50): Promise<Vacancy[]> {
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

export async function listPublishedVideos(locale: Lang, limit = 12): Promise<Video[]> {
  const result = await cmsGet<PaginatedDocs<Video>>('/api/videos', {
    'where[status][equals]': 'published',
    sort: '-publishedAt',
    locale,
    depth: 0,
    limit,
  })
  return result.docs
}

export async function listVideosForVacancy(locale: Lang, vacancyId: string, limit = 3): Promise<Video[]> {
  const result = await cmsGet<PaginatedDocs<Video>>('/api/videos', {
    'where[vacancies][contains]': vacancyId,
    'where[status][equals]': 'published',
    sort: '-publishedAt',
    locale,
    depth: 0,
    limit,
  })
  return result.docs
}

export async function listPublishedStories(locale: Lang, limit = 6): Promise<Story[]> {
  const result = await cmsGet<PaginatedDocs<Story>>('/api/stories', {
    'where[status][equals]': 'published',
    sort: '-publishedAt',
    locale,
    depth: 1,
    limit,
  })
  return result.docs
}

export async function findStoryBySlug(locale: Lang, slug: string): Promise<Story | null> {
  const result = await cmsGet<PaginatedDocs<Story>>('/api/stories', {
    'where[slug][equals]': slug,
    'where[status][equals]': 'published',
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
