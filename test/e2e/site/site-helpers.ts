/**
 * Shared helpers for the career-site specs. They read what the CMS publishes through its public
 * REST API (as the site does), so specs never hard-code ids or slugs of the seeded demo.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const siteUrl = (path = '/') => `${(process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')}${path}`
export const cmsUrl = (path = '') => `${(process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/+$/, '')}${path}`

export type Lang = 'nl' | 'en'

export interface VacancyDoc {
  id: string
  title: string
  slug: string
  status: 'open' | 'closed'
  location: string
  validThrough?: string | null
  applyMode: 'built-in' | 'external'
  applyUrl?: string | null
  salaryMin?: number | null
}

export interface VideoDoc {
  id: string
  title: string
  contributorName: string
  vacancies?: (string | VacancyDoc)[] | null
  playback?: { hls: string; mp4: string } | null
}

export interface StoryDoc {
  id: string
  title: string
  slug: string
}

export const vacancyPath = (lang: Lang, slug: string) => (lang === 'en' ? `/en/vacancies/${slug}` : `/vacatures/${slug}`)
export const applyPath = (lang: Lang, slug: string) => `${vacancyPath(lang, slug)}/${lang === 'en' ? 'apply' : 'solliciteren'}`
export const storyPath = (lang: Lang, slug: string) => (lang === 'en' ? `/en/stories/${slug}` : `/verhalen/${slug}`)

export async function cmsFind<T>(request: APIRequestContext, collection: string, params: Record<string, string | number>): Promise<T[]> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
  const response = await request.get(cmsUrl(`/api/${collection}?${query}`))
  expect(response.ok(), `GET /api/${collection} answered ${response.status()}`).toBe(true)
  return ((await response.json()) as { docs: T[] }).docs
}

export function isOpenForApplications(vacancy: VacancyDoc, now = new Date()): boolean {
  if (vacancy.status !== 'open') return false
  // A day of margin: the site counts the valid-through day as open in Dutch time.
  return !vacancy.validThrough || new Date(vacancy.validThrough).getTime() > now.getTime() + 24 * 3600e3
}

export async function openVacancies(request: APIRequestContext, lang: Lang = 'nl'): Promise<VacancyDoc[]> {
  const docs = await cmsFind<VacancyDoc>(request, 'vacancies', { 'where[status][equals]': 'open', locale: lang, depth: 0, limit: 100 })
  return docs.filter((v) => isOpenForApplications(v) && v.slug)
}

/** An open vacancy that a published, playable video is linked to, with that video. */
export async function vacancyWithVideo(request: APIRequestContext, lang: Lang = 'nl'): Promise<{ vacancy: VacancyDoc; video: VideoDoc }> {
  const videos = await cmsFind<VideoDoc>(request, 'videos', { 'where[status][equals]': 'published', sort: '-publishedAt', locale: lang, depth: 1, limit: 50 })
  for (const video of videos) {
    if (!video.playback) continue
    for (const vacancy of video.vacancies ?? []) {
      if (typeof vacancy === 'object' && isOpenForApplications(vacancy)) return { vacancy, video }
    }
  }
  throw new Error('The seed has no open vacancy with a published video linked to it.')
}

export async function publishedVideos(request: APIRequestContext, lang: Lang = 'nl'): Promise<VideoDoc[]> {
  const docs = await cmsFind<VideoDoc>(request, 'videos', { 'where[status][equals]': 'published', locale: lang, depth: 0, limit: 50 })
  return docs.filter((v) => v.playback)
}

export async function publishedStory(request: APIRequestContext, lang: Lang = 'nl'): Promise<StoryDoc> {
  const [story] = await cmsFind<StoryDoc>(request, 'stories', { 'where[status][equals]': 'published', sort: '-publishedAt', locale: lang, depth: 0, limit: 1 })
  if (!story) throw new Error('The seed has no published story.')
  return story
}

/** Clicks the poster's play button and waits until the employee video has really played 0.5 s. */
export async function playEmployeeVideo(page: Page, buttonName: RegExp | string): Promise<{ currentTime: number; src: string }> {
  await page.getByRole('button', { name: buttonName }).first().click()
  const video = page.getByTestId('employee-video').first()
  await expect(video).toBeVisible()
  await expect
    .poll(() => video.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 20_000, message: 'the video should play past 0.5 s' })
    .toBeGreaterThan(0.5)
  return video.evaluate((el: HTMLVideoElement) => ({ currentTime: el.currentTime, src: el.currentSrc }))
}

/** Makes the browser look like one without native HLS (desktop Chrome/Firefox before native HLS). */
export async function withoutNativeHls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLMediaElement.prototype.canPlayType
    HTMLMediaElement.prototype.canPlayType = function (this: HTMLMediaElement, type: string) {
      return /mpegurl/i.test(type) ? '' : original.call(this, type)
    }
  })
}

/** Makes the browser look like one without Media Source Extensions (old iPhones without HLS). */
export async function withoutMediaSource(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>
    delete w.MediaSource
    delete w.ManagedMediaSource
  })
}

// ---------------------------------------------------------------------------------------------
// Career pages added after the skeleton: vacancy list, departments, video share pages.

export const vacanciesPath = (lang: Lang) => (lang === 'en' ? '/en/vacancies' : '/vacatures')
export const departmentPath = (lang: Lang, slug: string) => (lang === 'en' ? `/en/departments/${slug}` : `/afdelingen/${slug}`)
export const videoPath = (lang: Lang, id: string) => (lang === 'en' ? `/en/videos/${id}` : `/video/${id}`)

export interface DepartmentDoc {
  id: string
  name: string
  slug: string
}

export interface VacancyWithDepartment extends VacancyDoc {
  department?: DepartmentDoc | null
  hoursMin?: number | null
  hoursMax?: number | null
  employmentType: string
  datePosted?: string | null
}

/** Open vacancies a candidate can apply to, with their department (depth 1). */
export async function openVacanciesWithDepartments(request: APIRequestContext, lang: Lang = 'nl'): Promise<VacancyWithDepartment[]> {
  const docs = await cmsFind<VacancyWithDepartment>(request, 'vacancies', { 'where[status][equals]': 'open', locale: lang, depth: 1, limit: 100 })
  return docs.filter((v) => isOpenForApplications(v) && v.slug)
}

export async function departments(request: APIRequestContext, lang: Lang = 'nl'): Promise<DepartmentDoc[]> {
  return cmsFind<DepartmentDoc>(request, 'departments', { locale: lang, depth: 0, limit: 100, sort: 'name' })
}

/** The JSON-LD blocks of the current page, parsed. */
export async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>)
}

/** The content of a <meta property|name=…> in the page's head, or null. */
export async function metaContent(page: Page, key: string): Promise<string | null> {
  const byProperty = page.locator(`head meta[property="${key}"]`)
  if ((await byProperty.count()) > 0) return byProperty.first().getAttribute('content')
  const byName = page.locator(`head meta[name="${key}"]`)
  return (await byName.count()) > 0 ? byName.first().getAttribute('content') : null
}
