/**
 * `npm run bench:site`: the career site's performance targets, measured (never asserted in tests).
 *
 *   1. JavaScript loaded before any interaction on the home and vacancy pages (gzip) ≤ 20 KB.
 *   2. Lab figures in headless Chromium, mobile emulation: LCP ≤ 1.5 s, CLS ≤ 0.05, no long task
 *      over 50 ms.
 *   3. Load: a vacancy page under autocannon (50 connections, 30 s) against the same HTML saved to
 *      a file and served by a minimal static Node server on loopback, measured in the same run:
 *      at least half the static server's requests per second, p99 under 100 ms, zero errors.
 *
 * With SITE_URL and CMS_URL set it measures that site and starts nothing. Otherwise it starts the
 * product as the tests do (`node --import tsx scripts/start.ts`, a fresh DATA_DIR, CMS_PORT=3350,
 * SITE_PORT=4550), waits for the seeded videos, measures, and stops what it started.
 * Prints a table with ✓/✗ per target and writes test-results/bench-site.json.
 *
 * Options (environment): BENCH_DURATION (seconds per load run, 30), BENCH_CONNECTIONS (50),
 * BENCH_LAB_RUNS (page loads per page for the lab figures, 3), CHROMIUM_PATH.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { chromium, devices, type Browser } from '@playwright/test'
import { benchProcesses, runBench } from './lib/processes'
import { percentile } from './lib/stats'

const root = path.resolve(import.meta.dirname, '..', '..')
const require = createRequire(import.meta.url)

interface AutocannonResult {
  requests: { average: number; total: number; sent: number }
  throughput: { total: number }
  latency: { p50: number; p99: number; average: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
  duration: number
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>
const autocannon = require('autocannon') as Autocannon

const DURATION = Number(process.env.BENCH_DURATION ?? 30)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const LAB_RUNS = Math.max(1, Number(process.env.BENCH_LAB_RUNS ?? 5))
const CPU_THROTTLING = 4
const MOBILE = devices['Pixel 5']

const processes = benchProcesses('werkvloer-bench')
const { waitFor } = processes
const startProcess = processes.start
const log = (message: string) => console.log(`[bench] ${message}`)

// ---------------------------------------------------------------------------------------------
// Starting and stopping


async function ensureProduct(): Promise<{ siteUrl: string; cmsUrl: string; startedHere: boolean }> {
  if (process.env.SITE_URL && process.env.CMS_URL) return { siteUrl: process.env.SITE_URL.replace(/\/$/, ''), cmsUrl: process.env.CMS_URL.replace(/\/$/, ''), startedHere: false }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-bench-'))
  const cmsUrl = 'http://127.0.0.1:3350'
  const siteUrl = 'http://127.0.0.1:4550'
  log(`starting the product (DATA_DIR=${dataDir}, CMS :3350, site :4550); the first start builds, which takes a while…`)
  const product = startProcess('product', ['--import', 'tsx', 'scripts/start.ts'], {
    DATA_DIR: dataDir,
    CMS_PORT: '3350',
    SITE_PORT: '4550',
    HOST: '127.0.0.1',
    CMS_PUBLIC_URL: cmsUrl,
    SITE_PUBLIC_URL: siteUrl,
    WORKER_POLL_MS: '500',
  })
  const alive = () => product.exitCode === null
  await waitFor('the site', async () => (await fetch(`${siteUrl}/`)).ok, 15 * 60_000, alive)
  log('waiting for the seeded videos to be transcoded and published…')
  await waitFor(
    'the seeded videos',
    async () => ((await (await fetch(`${cmsUrl}/api/videos?where[status][equals]=published&limit=0`)).json()) as { totalDocs: number }).totalDocs >= 3,
    5 * 60_000,
    alive,
  )
  return { siteUrl, cmsUrl, startedHere: true }
}

// ---------------------------------------------------------------------------------------------
// What to measure

interface VideoDoc {
  playback?: unknown
  vacancies?: ({ slug?: string; status?: string; validThrough?: string | null } | string)[]
}

async function vacancyWithVideo(cmsUrl: string): Promise<string> {
  const res = await fetch(`${cmsUrl}/api/videos?where[status][equals]=published&depth=1&limit=50&locale=nl`)
  const { docs } = (await res.json()) as { docs: VideoDoc[] }
  for (const video of docs) {
    if (!video.playback) continue
    for (const v of video.vacancies ?? []) {
      if (typeof v === 'object' && v.status === 'open' && v.slug && (!v.validThrough || new Date(v.validThrough).getTime() > Date.now() + 86_400_000)) return `/vacatures/${v.slug}`
    }
  }
  throw new Error('no open vacancy with a published video: is the demo seeded?')
}

interface PageFigures {
  path: string
  scripts: { url: string; gzipBytes: number; wireBytes: number }[]
  initialJsGzip: number
  /** The document and its initial scripts as the site sent them (compressed as the browser asked) and as read. */
  htmlBytes: number
  htmlWireBytes: number
  initialJsWire: number
  lcpMs: number[]
  cls: number[]
  longestTaskMs: number[]
}

async function measurePage(browser: Browser, siteUrl: string, pagePath: string): Promise<PageFigures> {
  const figures: PageFigures = { path: pagePath, scripts: [], initialJsGzip: 0, htmlBytes: 0, htmlWireBytes: 0, initialJsWire: 0, lcpMs: [], cls: [], longestTaskMs: [] }
  for (let run = 0; run < LAB_RUNS; run++) {
    // A fresh context each time: a first visit, nothing cached.
    const context = await browser.newContext({ ...MOBILE })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING })
    await page.addInitScript(() => {
      const lab = { lcp: 0, cls: 0, longest: 0 }
      ;(window as unknown as { __lab: typeof lab }).__lab = lab
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) lab.lcp = e.startTime
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) lab.cls += e.value
      }).observe({ type: 'layout-shift', buffered: true })
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) lab.longest = Math.max(lab.longest, e.duration)
      }).observe({ type: 'longtask', buffered: true })
    })
    const scripts: Promise<{ url: string; gzipBytes: number; wireBytes: number }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return
      // gzip of the body: the budget's unit; sizes(): what came over the wire (Brotli when the site sent it).
      scripts.push(
        Promise.all([response.body(), response.request().sizes()])
          .then(([body, sizes]) => ({ url: new URL(response.url()).pathname, gzipBytes: zlib.gzipSync(body).length, wireBytes: sizes.responseBodySize }))
          .catch(() => ({ url: response.url(), gzipBytes: 0, wireBytes: 0 })),
      )
    })
    const documentResponse = await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'load' })
    if (run === 0 && documentResponse) {
      figures.htmlBytes = (await documentResponse.body()).length
      figures.htmlWireBytes = (await documentResponse.request().sizes()).responseBodySize
    }
    // Settle: idle network, then a few seconds in which the video wall's previews start.
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(3000)
    const lab = await page.evaluate(() => (window as unknown as { __lab: { lcp: number; cls: number; longest: number } }).__lab)
    figures.lcpMs.push(Math.round(lab.lcp))
    figures.cls.push(Number(lab.cls.toFixed(4)))
    figures.longestTaskMs.push(Math.round(lab.longest))
    if (run === 0) {
      figures.scripts = await Promise.all(scripts)
      figures.initialJsGzip = figures.scripts.reduce((sum, s) => sum + s.gzipBytes, 0)
      figures.initialJsWire = figures.scripts.reduce((sum, s) => sum + s.wireBytes, 0)
    }
    await context.close()
  }
  return figures
}

interface LoadFigures {
  url: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  requests: number
  /** Average bytes per response (headers and body): shows full pages were served. */
  bytesPerResponse: number
}

async function load(url: string, duration = DURATION): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration })
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
  }
}

/**
 * A minimal static file server in its own process: reads the file and sends it, per request (what
 * a static file server does). `inMemory` reads it once instead: the floor no server can beat.
 */
async function startStaticServer(file: string, port: number, inMemory = false): Promise<string> {
  const code = inMemory
    ? `
    const http = require('node:http'); const body = require('node:fs').readFileSync(process.argv[1]);
    http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }); res.end(body) })
      .listen(${port}, '127.0.0.1', () => console.log('listening'))`
    : `
    const http = require('node:http'); const fs = require('node:fs');
    http.createServer((req, res) => fs.readFile(process.argv[1], (err, body) => {
      if (err) { res.statusCode = 500; return res.end() }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }); res.end(body)
    })).listen(${port}, '127.0.0.1', () => console.log('listening'))`
  const child = startProcess(inMemory ? 'static-memory' : 'static', ['-e', code, file], {})
  const url = `http://127.0.0.1:${port}/`
  await waitFor('the static server', async () => (await fetch(url)).ok, 10_000, () => child.exitCode === null)
  return url
}

/** The same site without its caches (CMS answers and pages), for the before/after figure. */
async function startUncachedSite(cmsUrl: string, port: number): Promise<string | null> {
  const entry = path.join(root, 'dist', 'server', 'entry.mjs')
  if (!fs.existsSync(entry)) return null
  const child = startProcess('uncached-site', ['--import', 'tsx', 'scripts/site-server.ts'], {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    CMS_URL: cmsUrl,
    CMS_PUBLIC_URL: cmsUrl,
    CMS_CACHE_TTL_MS: '0',
    PAGE_CACHE_TTL_MS: '0',
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor('the uncached site', async () => (await fetch(`${url}/`)).ok, 60_000, () => child.exitCode === null)
  return url
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { siteUrl, cmsUrl, startedHere } = await ensureProduct()
  const vacancyPath = await vacancyWithVideo(cmsUrl)
  log(`site ${siteUrl}, vacancy page ${vacancyPath}`)

  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
  const browser = await chromium.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--autoplay-policy=no-user-gesture-required'],
  })
  const pages: PageFigures[] = []
  try {
    for (const pagePath of ['/', vacancyPath]) {
      log(`lab run: ${pagePath} (${LAB_RUNS}× cold, ${MOBILE.viewport.width}×${MOBILE.viewport.height} @${MOBILE.deviceScaleFactor}x, CPU ÷${CPU_THROTTLING})`)
      pages.push(await measurePage(browser, siteUrl, pagePath))
    }
  } finally {
    await browser.close()
  }

  // The same HTML as a static file: what a first-time visitor gets (no cookies).
  const html = Buffer.from(await (await fetch(`${siteUrl}${vacancyPath}`)).arrayBuffer())
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-bench-html-')), 'vacancy.html')
  fs.writeFileSync(file, html)
  const staticUrl = await startStaticServer(file, 4599)

  log(`warming up, then ${CONNECTIONS} connections × ${DURATION} s against the vacancy page…`)
  await load(`${siteUrl}${vacancyPath}`, 3)
  const site = await load(`${siteUrl}${vacancyPath}`)
  log(`…and against the same HTML (${html.length} bytes) from the static server`)
  await load(staticUrl, 3)
  const staticFile = await load(staticUrl)

  log('for comparison: the same HTML from memory (no file read), 10 s')
  const memoryUrl = await startStaticServer(file, 4598, true)
  await load(memoryUrl, 2)
  const staticMemory = await load(memoryUrl, 10)

  let uncached: LoadFigures | null = null
  if (startedHere) {
    const uncachedUrl = await startUncachedSite(cmsUrl, 4551).catch(() => null)
    if (uncachedUrl) {
      log('for comparison: the same site with its caches off, 10 s')
      await load(`${uncachedUrl}${vacancyPath}`, 2)
      uncached = await load(`${uncachedUrl}${vacancyPath}`, 10)
    }
  }

  const ratio = site.requestsPerSecond / Math.max(1, staticFile.requestsPerSecond)
  const rows: { target: string; measured: string; ok: boolean }[] = []
  for (const p of pages) {
    const name = p.path === '/' ? 'home' : 'vacancy'
    rows.push({ target: `${name}: initial JS ≤ 20 KB gzip`, measured: `${(p.initialJsGzip / 1024).toFixed(1)} KB (${p.scripts.length} files)`, ok: p.initialJsGzip <= 20 * 1024 })
    rows.push({ target: `${name}: LCP ≤ 1.5 s`, measured: `${percentile(p.lcpMs, 50)} ms median (${p.lcpMs.join(', ')})`, ok: Math.max(...p.lcpMs) <= 1500 })
    rows.push({ target: `${name}: CLS ≤ 0.05`, measured: `${Math.max(...p.cls)} worst (${p.cls.join(', ')})`, ok: Math.max(...p.cls) <= 0.05 })
    rows.push({ target: `${name}: no long task > 50 ms`, measured: `longest ${Math.max(...p.longestTaskMs)} ms (${p.longestTaskMs.join(', ')})`, ok: Math.max(...p.longestTaskMs) <= 50 })
  }
  rows.push({ target: 'load: vacancy ≥ 0.5 × static req/s', measured: `${site.requestsPerSecond} vs ${staticFile.requestsPerSecond} req/s = ${ratio.toFixed(2)}×`, ok: ratio >= 0.5 })
  rows.push({ target: 'load: vacancy p99 < 100 ms', measured: `${site.p99Ms} ms (static ${staticFile.p99Ms} ms)`, ok: site.p99Ms < 100 })
  rows.push({ target: 'load: zero errors', measured: `${site.errors} errors in ${site.requests} requests (static ${staticFile.errors})`, ok: site.errors === 0 })

  const width = Math.max(...rows.map((r) => r.target.length))
  const mwidth = Math.max(...rows.map((r) => r.measured.length))
  console.log('')
  console.log(`Career site benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  console.log(`Lab: headless Chromium, ${'Pixel 5'} emulation (${MOBILE.viewport.width}×${MOBILE.viewport.height}, DPR ${MOBILE.deviceScaleFactor}, touch, mobile UA), CPU throttled ${CPU_THROTTLING}× (CDP Emulation.setCPUThrottlingRate), no network throttling (loopback), cold cache, ${LAB_RUNS} loads per page; LCP/CLS/long tasks from PerformanceObserver until load + idle + 3 s.`)
  console.log(`Load: autocannon ${CONNECTIONS} connections × ${DURATION} s on loopback, no cookies (a first visit); static baseline: the same HTML (${html.length} bytes) read from a file and sent by a minimal node:http server, in the same run.`)
  console.log('')
  console.log(`  ${'target'.padEnd(width)}  ${'measured'.padEnd(mwidth)}  ok`)
  console.log(`  ${'-'.repeat(width)}  ${'-'.repeat(mwidth)}  --`)
  for (const r of rows) console.log(`  ${r.target.padEnd(width)}  ${r.measured.padEnd(mwidth)}  ${r.ok ? '✓' : '✗'}`)
  console.log('')
  const line = (name: string, f: LoadFigures, note = '') =>
    console.log(`  ${name.padEnd(22)} ${String(f.requestsPerSecond).padStart(7)} req/s  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  errors ${f.errors}  ${f.bytesPerResponse} B/response${note}`)
  line('vacancy page', site)
  line('static file', staticFile)
  console.log(`  ${'ratio'.padEnd(22)} ${ratio.toFixed(2)}×`)
  line('(static, from memory)', staticMemory, ', 10 s: the floor')
  if (uncached) line('(site, caches off)', uncached, ', 10 s: the site before its caches')
  for (const p of pages) console.log(`  initial scripts ${p.path}: ${p.scripts.map((s) => `${s.url} ${s.gzipBytes} B`).join(', ') || 'none'}`)
  for (const p of pages) console.log(`  over the wire ${p.path}: HTML ${(p.htmlWireBytes / 1024).toFixed(1)} KB (${(p.htmlBytes / 1024).toFixed(1)} KB read), initial JS ${(p.initialJsWire / 1024).toFixed(1)} KB (${(p.initialJsGzip / 1024).toFixed(1)} KB as gzip)`)
  console.log('')

  const out = path.join(root, 'test-results', 'bench-site.json')
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(
    out,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, loadavg: os.loadavg() },
        settings: { device: 'Pixel 5', viewport: MOBILE.viewport, deviceScaleFactor: MOBILE.deviceScaleFactor, cpuThrottling: CPU_THROTTLING, network: 'loopback, not throttled', labRuns: LAB_RUNS, connections: CONNECTIONS, durationSeconds: DURATION },
        siteUrl,
        vacancyPath,
        pages,
        load: { site, static: staticFile, ratio, staticFromMemory: staticMemory, uncached },
        targets: rows,
        allMet: rows.every((r) => r.ok),
      },
      null,
      2,
    ),
  )
  log(`wrote ${path.relative(root, out)}`)
}

await runBench(main, processes)
