/**
 * What a phone downloads: the site answers in Brotli or gzip when the browser asks for it (every
 * browser does), a cached page as well as a rendered one, scripts and styles too, and sends the
 * plain bytes to a client that does not ask and to any request that carries credentials. Read with Node's own HTTP client, which (unlike a
 * browser or Playwright's request) hands over the bytes as they came.
 */
import http from 'node:http'
import zlib from 'node:zlib'

import { expect, test } from '@playwright/test'

import { applyPath, openVacancies, siteUrl, vacancyPath } from './site-helpers'

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  bytes: Buffer
}

function rawGet(path: string, acceptEncoding?: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.get(siteUrl(path), { headers: { ...headers, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

function decoded(raw: Raw): string {
  const encoding = raw.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(raw.bytes).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(raw.bytes).toString('utf8')
  return raw.bytes.toString('utf8')
}

const CHROME = 'gzip, deflate, br, zstd'

test.describe('compressed answers', () => {
  test('a vacancy page, from the page cache: Brotli for a browser, gzip for a client without it, plain for one that asks nothing', async ({ request }) => {
    const [vacancy] = await openVacancies(request, 'nl')
    const path = vacancyPath('nl', vacancy!.slug)
    await rawGet(path, CHROME) // fills the cache (a miss is compressed as well: see below)
    const br = await rawGet(path, CHROME)
    const gzip = await rawGet(path, 'gzip')
    const plain = await rawGet(path)
    expect(br.status).toBe(200)
    expect(br.headers['x-page-cache']).toBe('hit')
    expect(br.headers['content-encoding']).toBe('br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    for (const raw of [br, gzip, plain]) {
      expect(raw.headers.vary).toMatch(/accept-encoding/i)
      expect(Number(raw.headers['content-length'])).toBe(raw.bytes.byteLength)
    }
    // The same page in every encoding, the compressed one far smaller.
    const html = plain.bytes.toString('utf8')
    expect(html).toContain(vacancy!.title)
    expect(decoded(br)).toBe(html)
    expect(decoded(gzip)).toBe(html)
    expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 2)
    test.info().annotations.push({ type: 'vacancy page bytes', description: `plain ${plain.bytes.byteLength}, br ${br.bytes.byteLength}, gzip ${gzip.bytes.byteLength}` })
  })

  test('pages Astro renders each time (the apply form) and the scripts and styles they load are compressed too', async ({ request }) => {
    const vacancy = (await openVacancies(request, 'en')).find((v) => v.applyMode === 'built-in')
    expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
    const form = await rawGet(applyPath('en', vacancy!.slug), CHROME)
    expect(form.status).toBe(200)
    expect(form.headers['x-page-cache']).toBeUndefined() // not a cached page: rendered for this request
    expect(form.headers['content-encoding']).toBe('br')
    const html = decoded(form)
    expect(html).toContain('<form')
    const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of new Set(assets)) {
      const compressed = await rawGet(asset, CHROME)
      const plain = await rawGet(asset)
      expect(compressed.status, asset).toBe(200)
      expect(decoded(compressed), asset).toBe(plain.bytes.toString('utf8'))
      // Below the middleware's 1 KB threshold a file is sent as it is.
      if (plain.bytes.byteLength >= 1024) expect(compressed.headers['content-encoding'], asset).toBe('br')
    }
  })

  test('a request with credentials (a cookie, an Authorization header) is answered uncompressed: no length for BREACH to read', async ({ request }) => {
    const vacancy = (await openVacancies(request, 'nl')).find((v) => v.applyMode === 'built-in')
    const withCredentials: Record<string, string>[] = [{ cookie: 'session=abc' }, { authorization: 'Bearer abc' }]
    for (const credentials of withCredentials) {
      for (const path of [applyPath('nl', vacancy!.slug), vacancyPath('nl', vacancy!.slug)]) {
        const raw = await rawGet(path, CHROME, credentials)
        expect(raw.status, path).toBe(200)
        expect(raw.headers['content-encoding'], `${path} with ${Object.keys(credentials)[0]}`).toBeUndefined()
        expect(raw.bytes.toString('utf8')).toContain('<html')
      }
    }
  })
})
