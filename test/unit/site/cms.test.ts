import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { clearCmsCache, cmsGet, CmsResponseError, CmsUnavailableError } from '../../../site/lib/cms'
import { freshCmsReads } from '../../../site/lib/page-cache'
import { loadHome, loadStory, loadVacancy, loadVideo } from '../../../site/lib/pages'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('CMS client', () => {
  beforeEach(() => {
    clearCmsCache()
    process.env.CMS_URL = 'http://cms.test:3000/'
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    delete process.env.CMS_URL
  })

  it('asks the CMS REST API with encoded query parameters', async () => {
    const fetchMock = vi.fn(async (_url: string) => json({ docs: [] }))
    vi.stubGlobal('fetch', fetchMock)
    await cmsGet('/api/vacancies', { 'where[slug][equals]': 'a b', locale: 'en' })
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://cms.test:3000/api/vacancies?where%5Bslug%5D%5Bequals%5D=a+b&locale=en')
  })

  it('turns network failures, timeouts and 5xx into CmsUnavailableError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))))
    await expect(cmsGet('/api/x')).rejects.toThrow(/GET \/api\/x failed: fetch failed: connect ECONNREFUSED/)
    // A CMS that never answers: the client's own timeout signal ends the wait (CMS_TIMEOUT_MS).
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))))
    await expect(cmsGet('/api/x')).rejects.toThrow(/timed out after \d+ ms/)
    vi.stubGlobal('fetch', vi.fn(async () => json({ errors: [] }, 502)))
    await expect(cmsGet('/api/x')).rejects.toBeInstanceOf(CmsUnavailableError)
  })

  it('reports 4xx and invalid JSON as response errors, not outages', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ errors: [{ message: 'bad where' }] }, 400)))
    await expect(cmsGet('/api/x')).rejects.toBeInstanceOf(CmsResponseError)
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>', { status: 200 })))
    await expect(cmsGet('/api/x')).rejects.toBeInstanceOf(CmsResponseError)
  })

  it('page loaders say "unavailable" when the CMS is down', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))))
    expect(await loadHome('nl')).toEqual({ kind: 'unavailable' })
    expect(await loadVacancy('en', 'key-account-manager')).toEqual({ kind: 'unavailable' })
  })

  it('a malformed slug is not found without asking the CMS', async () => {
    const fetchMock = vi.fn(async () => json({ docs: [] }))
    vi.stubGlobal('fetch', fetchMock)
    expect(await loadVacancy('nl', '../../api/users')).toEqual({ kind: 'not-found' })
    expect(fetchMock).not.toHaveBeenCalled()
    expect(await loadVacancy('nl', 'unknown-slug')).toEqual({ kind: 'not-found' })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('a vacancy page survives a failing video query', async () => {
    const vacancy = { id: 'v1', title: 'Planner', slug: 'planner', status: 'open' }
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url.includes('/api/videos') ? json({}, 500) : json({ docs: [vacancy] }))),
    )
    expect(await loadVacancy('nl', 'planner')).toMatchObject({ kind: 'ok', data: { vacancy, video: null, moreVideos: [], relatedVacancies: [] } })
  })
})

describe('CMS answer cache', () => {
  beforeEach(() => {
    clearCmsCache()
    process.env.CMS_URL = 'http://cms.test:3000'
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
    delete process.env.CMS_URL
  })

  it('asks the CMS once for the same question within 5 s, and again after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    let n = 0
    const fetchMock = vi.fn(async () => json({ docs: [], n: ++n }))
    vi.stubGlobal('fetch', fetchMock)
    expect(await cmsGet('/api/vacancies', { locale: 'nl' })).toEqual({ docs: [], n: 1 })
    expect(await cmsGet('/api/vacancies', { locale: 'nl' })).toEqual({ docs: [], n: 1 })
    expect(await cmsGet('/api/vacancies', { locale: 'en' })).toEqual({ docs: [], n: 2 }) // another locale, another answer
    vi.advanceTimersByTime(5000)
    expect(await cmsGet('/api/vacancies', { locale: 'nl' })).toEqual({ docs: [], n: 3 })
  })

  it('shares one request between pages asking at the same moment', async () => {
    const fetchMock = vi.fn(async () => json({ docs: [] }))
    vi.stubGlobal('fetch', fetchMock)
    await Promise.all([cmsGet('/api/x'), cmsGet('/api/x'), cmsGet('/api/x')])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('hands out frozen answers, so no page can change what another page sees', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ docs: [{ title: 'a' }] })))
    const answer = await cmsGet<{ docs: { title: string }[] }>('/api/x')
    expect(() => answer.docs.push({ title: 'b' })).toThrow()
  })

  it('is skipped on request (share pages) and while a page renders for the page cache', async () => {
    const fetchMock = vi.fn(async () => json({ docs: [] }))
    vi.stubGlobal('fetch', fetchMock)
    await cmsGet('/api/x')
    await cmsGet('/api/x', {}, { cache: false })
    await freshCmsReads.run(true, () => cmsGet('/api/x'))
    await cmsGet('/api/x')
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('never keeps failures', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({}, 503)))
    await expect(cmsGet('/api/x')).rejects.toBeInstanceOf(CmsUnavailableError)
    vi.stubGlobal('fetch', vi.fn(async () => json({ ok: true })))
    expect(await cmsGet('/api/x')).toEqual({ ok: true })
  })
})

describe('withdrawn content', () => {
  const id = '8c1c9a8e-1f7e-4d35-9a51-2d4f0c0f5b1a'
  beforeEach(() => {
    clearCmsCache()
    process.env.CMS_URL = 'http://cms.test:3000'
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    delete process.env.CMS_URL
  })

  it('a withdrawn video is gone (410), an unknown or unpublished one not found (404), a malformed id never asked', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      if (url.includes(`/api/videos/${id}`)) return json({ id, status: 'withdrawn', title: '—', contributorName: '—', playback: null })
      if (url.includes('/api/videos/')) return json({ errors: [{ message: 'Not Found' }] }, 404)
      return json({ docs: [] })
    })
    vi.stubGlobal('fetch', fetchMock)
    expect(await loadVideo('nl', id)).toEqual({ kind: 'gone' })
    expect(await loadVideo('en', id.toUpperCase())).toEqual({ kind: 'gone' })
    expect(await loadVideo('nl', '00000000-0000-4000-8000-000000000000')).toEqual({ kind: 'not-found' })
    const calls = fetchMock.mock.calls.length
    expect(await loadVideo('nl', '../../api/users')).toEqual({ kind: 'not-found' })
    expect(fetchMock.mock.calls.length).toBe(calls)
  })

  it('a video that is not published, or has no media, is not found', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ id, status: 'ready', title: 'x', contributorName: 'y', playback: null })))
    expect(await loadVideo('nl', id)).toEqual({ kind: 'not-found' })
    vi.stubGlobal('fetch', vi.fn(async () => json({ id, status: 'published', title: 'x', contributorName: 'y', playback: null })))
    expect(await loadVideo('nl', id)).toEqual({ kind: 'not-found' })
  })

  it('a share page always asks the CMS (a withdrawal shows at once)', async () => {
    let status = 'published'
    const playback = { hls: '/h.m3u8', mp4: '/v.mp4', poster: '/p.jpg', posterSources: [], width: 540, height: 960, durationSeconds: 8 }
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url.includes(`/api/videos/${id}`) ? json({ id, status, title: 't', contributorName: 'c', playback, vacancies: [] }) : json({ docs: [] }))),
    )
    expect((await loadVideo('nl', id)).kind).toBe('ok')
    status = 'withdrawn'
    expect(await loadVideo('nl', id)).toEqual({ kind: 'gone' })
  })

  it('a story whose author withdrew consent is gone', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ docs: [{ id: 's1', slug: 'verhaal', status: 'withdrawn', title: '—' }] })))
    expect(await loadStory('nl', 'verhaal')).toEqual({ kind: 'gone' })
  })
})
