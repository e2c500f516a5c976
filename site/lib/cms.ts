/**
 * The site's only door to the CMS, over HTTP: anonymous reads of the public REST API (cached for
 * a few seconds) and calls of the CMS's own endpoints (candidate forms, the employee flow; their
 * contract is common/api.ts). Every request goes through cmsFetch, every "the CMS is down"
 * through unlessCmsDown. Anonymous reads only ever see what the CMS's access rules publish
 * (open/closed vacancies, published videos and stories), so nothing here filters drafts for safety.
 */
import type { Department, Media, Story, Vacancy, Video } from '../../cms/payload-types'

import { SITE_KEY_HEADER, VISITOR_IP_HEADER } from '../../common/api'

import type { Lang } from './i18n'
import { freshCmsReads } from './page-cache'
import { deepFreeze, TtlCache } from './ttl-cache'
import { currentVisitor } from './visitor'

export type { Department, Media, Story, Vacancy, Video }

/** Server-side base URL of the CMS (may be an internal address). */
export function cmsUrl(): string {
  return trimSlash(process.env.CMS_URL || 'http://127.0.0.1:3000')
}

/** Base URL browsers use for media on the CMS origin (renditions, images). */
export function cmsPublicUrl(): string {
  return trimSlash(process.env.CMS_PUBLIC_URL || cmsUrl())
}

const positiveMs = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** How long the site waits for any CMS answer before it tells the visitor the CMS is down. */
const CMS_TIMEOUT_MS = positiveMs(process.env.CMS_TIMEOUT_MS, 8000)
/** Candidate submissions carry a CV of up to 5 MB, so they get longer. */
export const CMS_SUBMIT_TIMEOUT_MS = positiveMs(process.env.CMS_SUBMIT_TIMEOUT_MS, 15_000)

/**
 * The CMS could not be reached, timed out or answered with a server error: nothing was stored,
 * pages show a 503 and forms say "try again". Recognised by its `code` (isCmsUnavailable), not
 * by its class name.
 */
export class CmsUnavailableError extends Error {
  readonly code = 'CMS_UNAVAILABLE'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** The CMS answered, but not with what we asked for (4xx, malformed JSON): a bug, not an outage. */
export class CmsResponseError extends Error {
  readonly code = 'CMS_RESPONSE'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined)

export function isCmsUnavailable(error: unknown): error is CmsUnavailableError {
  return codeOf(error) === 'CMS_UNAVAILABLE'
}

/** The CMS answered a REST read with one of these statuses. */
export function cmsRefused(error: unknown, ...statuses: number[]): error is CmsResponseError {
  return codeOf(error) === 'CMS_RESPONSE' && statuses.includes((error as CmsResponseError).status)
}

/**
 * The one guard for "the CMS is down": runs a page load or a form post, and when the CMS is
 * unavailable logs why (the label, never a path: paths carry tokens) and returns the fallback,
 * by default `{ kind: 'unavailable' }` (a 503 page). Any other error is a bug and is thrown on.
 */
export async function unlessCmsDown<T>(what: string, run: () => Promise<T>): Promise<T | { kind: 'unavailable' }>
export async function unlessCmsDown<T, F>(what: string, run: () => Promise<T>, fallback: () => F): Promise<T | F>
export async function unlessCmsDown<T, F>(what: string, run: () => Promise<T>, fallback?: () => F): Promise<T | F | { kind: 'unavailable' }> {
  try {
    return await run()
  } catch (error) {
    if (!isCmsUnavailable(error)) throw error
    console.error(`[site] ${what}: ${error.message}`)
    return fallback ? fallback() : { kind: 'unavailable' }
  }
}

/** The plain 503 of feeds, the sitemap and caption files when the CMS is down. */
export function serviceUnavailable(headers: Record<string, string> = {}): Response {
  return new Response('Service unavailable', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store', ...headers } })
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

// ---------------------------------------------------------------------------------------------
// The one request function

export interface CmsRequest {
  method?: 'GET' | 'POST'
  /** Names the call in errors and logs instead of its path, so no token ever reaches a log. */
  label: string
  query?: Query
  /** A JSON body (sets Content-Type). */
  json?: unknown
  /** A multipart body (the browser-style form with a CV). */
  form?: FormData
  /** Send the site key (SITE_API_KEY): the CMS takes candidate data only with it. */
  siteKey?: boolean
  /** The visitor's address, for the CMS's per-visitor rate limits. */
  visitorIp?: string
  /** Any further headers of this call. */
  headers?: Record<string, string>
  timeoutMs?: number
}

/** The site's half of SITE_API_KEY: at least 32 characters, or none. */
export function siteApiKey(): string | null {
  const key = process.env.SITE_API_KEY?.trim()
  return key && key.length >= 32 ? key : null
}

/**
 * Every request the site makes to the CMS goes through here: the one place that sets headers,
 * the timeout, and turns "could not reach it" (network error, timeout, 5xx) into
 * CmsUnavailableError. What the CMS answered otherwise is the caller's to read.
 */
async function cmsFetch(path: string, request: CmsRequest): Promise<Response> {
  const method = request.method ?? 'GET'
  const qs = request.query ? buildQuery(request.query) : ''
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (request.json !== undefined) headers['Content-Type'] = 'application/json'
  if (request.siteKey) {
    const key = siteApiKey()
    if (!key) throw new CmsUnavailableError(`CMS ${request.label}: SITE_API_KEY is not set; the CMS takes nothing from the site without it`)
    headers[SITE_KEY_HEADER] = key
  }
  // The visitor this call is made for: named by the caller, or the page request's (middleware).
  // The CMS believes it only with the site key, so the key goes along whenever there is one.
  const visitorIp = request.visitorIp ?? currentVisitor()
  if (visitorIp) {
    headers[VISITOR_IP_HEADER] = visitorIp
    const key = siteApiKey()
    if (key) headers[SITE_KEY_HEADER] = key
  }
  Object.assign(headers, request.headers)
  const timeoutMs = request.timeoutMs ?? CMS_TIMEOUT_MS
  let response: Response
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    response = await fetch(`${cmsUrl()}${path}${qs ? `${path.includes('?') ? '&' : '?'}${qs}` : ''}`, {
      method,
      headers,
      body: request.json !== undefined ? JSON.stringify(request.json) : request.form,
      signal,
    })
  } catch (error) {
    // Our own signal says whether it was the timeout; an error's name is nothing to match on.
    const reason = signal.aborted ? `timed out after ${timeoutMs} ms` : describe(error)
    throw new CmsUnavailableError(`CMS ${method} ${request.label} failed: ${reason}`, { cause: error })
  }
  if (response.status >= 500) {
    await response.body?.cancel().catch(() => undefined)
    throw new CmsUnavailableError(`CMS ${method} ${request.label} answered ${response.status}`)
  }
  return response
}

/** A CMS answer with its JSON body (an empty object when the body is not a JSON object). */
export interface CmsAnswer {
  status: number
  body: Record<string, unknown>
}

/** One call to one of the CMS's own endpoints (common/api.ts): the caller decides what each status means. */
export async function cmsCall(path: string, request: CmsRequest): Promise<CmsAnswer> {
  const response = await cmsFetch(path, request)
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = await response.json()
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>
  } catch {
    body = {}
  }
  return { status: response.status, body }
}

/** The refusal message of an answer, or the fallback. */
export const errorText = (body: Record<string, unknown>, fallback: string) => (typeof body.error === 'string' && body.error ? body.error : fallback)

// ---------------------------------------------------------------------------------------------
// Reading content (Payload's REST API, anonymous, cached)

/**
 * How long an anonymous CMS answer may be reused (CMS_CACHE_TTL_MS, default 5000 ms; 0 turns the
 * cache off). Nothing older is ever served: a vacancy that closes or a video that is published or
 * withdrawn shows on the site within this time. See ./ttl-cache.ts.
 */
export const CMS_CACHE_TTL_MS = Math.max(0, Number(process.env.CMS_CACHE_TTL_MS ?? 5000) || 0)

const cache = new TtlCache<unknown>({
  ttlMs: CMS_CACHE_TTL_MS,
  maxEntries: 500,
  onBackgroundError: (key, error) => console.error(`[site] refreshing ${key}: ${describe(error)}`),
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
  const key = `${path}${qs ? `?${qs}` : ''}`
  // Pages rendered for the page cache read fresh (see ./page-cache.ts): the two caches never add up.
  if (options.cache === false || freshCmsReads.getStore()) return readJson<T>(path, query)
  return (await cache.get(key, async () => deepFreeze(await readJson<T>(path, query)))) as T
}

async function readJson<T>(path: string, query: Query): Promise<T> {
  const response = await cmsFetch(path, { label: path, query })
  // A busy CMS is an outage for a reader: the page says "try again", like for a 5xx.
  if (response.status === 429) throw new CmsUnavailableError(`CMS GET ${path} answered 429`)
  if (!response.ok) throw new CmsResponseError(`CMS GET ${path} answered ${response.status}: ${await safeText(response)}`, response.status)
  try {
    return (await response.json()) as T
  } catch (error) {
    throw new CmsResponseError(`CMS GET ${path} returned invalid JSON: ${describe(error)}`, response.status)
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

/**
 * A vacancy by its slug in a language. Slugs are per language (Dutch the default): in English a
 * Dutch slug finds the vacancy too (old /en/ links, a vacancy without an English slug), read in
 * English; the caller compares `slug` to see whether the page moved (lib/pages.ts).
 */
export async function findVacancyBySlug(locale: Lang, slug: string): Promise<Vacancy | null> {
  return findByLocalizedSlug<Vacancy>('/api/vacancies', locale, slug, 1)
}

async function findByLocalizedSlug<T extends { id: string }>(path: '/api/vacancies' | '/api/departments', locale: Lang, slug: string, depth: number): Promise<T | null> {
  const find = async (where: Lang) => (await cmsGet<PaginatedDocs<T>>(path, { 'where[slug][equals]': slug, locale: where, depth, limit: 1 })).docs[0] ?? null
  const own = await find(locale)
  if (own || locale === 'nl') return own
  const dutch = await find('nl')
  if (!dutch) return null
  try {
    return await cmsGet<T>(`${path}/${encodeURIComponent(dutch.id)}`, { locale, depth })
  } catch (error) {
    if (cmsRefused(error, 403, 404)) return null
    throw error
  }
}

/**
 * One vacancy by id in a language (its slug there, with the Dutch one where it has none), or null
 * when the CMS does not show it to anonymous readers (a draft).
 */
export async function findVacancyById(locale: Lang, id: string, depth = 1): Promise<Vacancy | null> {
  try {
    return await cmsGet<Vacancy>(`/api/vacancies/${encodeURIComponent(id)}`, { locale, depth })
  } catch (error) {
    if (cmsRefused(error, 403, 404)) return null
    throw error
  }
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
    if (cmsRefused(error, 403, 404)) return null
    throw error
  }
}

export async function listDepartments(locale: Lang): Promise<Department[]> {
  const result = await cmsGet<PaginatedDocs<Department>>('/api/departments', { sort: 'name', locale, depth: 0, limit: 100 })
  return result.docs
}

/** A department by its slug in a language, like findVacancyBySlug. */
export async function findDepartmentBySlug(locale: Lang, slug: string): Promise<Department | null> {
  return findByLocalizedSlug<Department>('/api/departments', locale, slug, 0)
}

export async function findDepartmentById(locale: Lang, id: string): Promise<Department | null> {
  try {
    return await cmsGet<Department>(`/api/departments/${encodeURIComponent(id)}`, { locale, depth: 0 })
  } catch (error) {
    if (cmsRefused(error, 403, 404)) return null
    throw error
  }
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
