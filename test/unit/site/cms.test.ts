import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { cmsGet, CmsResponseError, CmsUnavailableError } from '../../../site/lib/cms'
import { loadHome, loadVacancy } from '../../../site/lib/pages'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('CMS client', () => {
  beforeEach(() => {
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
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))))
    await expect(cmsGet('/api/x')).rejects.toThrow(/timed out/)
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
    expect(await loadVacancy('nl', 'planner')).toEqual({ kind: 'ok', data: { vacancy, video: null } })
  })
})
