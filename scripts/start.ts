/**
 * `npm start`: builds what changed, then runs the CMS (:3000), the media worker and the career
 * site (:4321) together, seeds the demo on an empty embedded database, and stops all three on Ctrl-C.
 */
import fs from 'node:fs'
import path from 'node:path'

import { selectDatabase } from '../cms/database/selectDatabase'
import { dataDir, repoRoot } from '../cms/lib/paths'
import { resolvePayloadSecret } from '../cms/lib/secret'
import { resolveSiteApiKey } from '../cms/lib/siteKey'
import { demoUsers } from '../cms/seed/content'
import { ffmpegPath, ffprobePath } from '../media-worker/ffmpegPath'
import { buildProduct } from './lib/build'
import { runStep, startService, stopAll, waitForHttp, type Service } from './lib/processes'

const node = process.execPath
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
// Loopback by default: the demo has documented passwords. HOST=0.0.0.0 opens it to the network (a phone on the LAN).
const host = process.env.HOST ?? '127.0.0.1'
const workers = Math.max(1, Number(process.env.WORKERS ?? 1))
const browserHost = host === '0.0.0.0' ? 'localhost' : host

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) fail(`Werkvloer needs Node 24 (this is ${process.version}). Run it through npm (npm start), which uses the pinned Node from node_modules.`)

  let database
  try {
    database = selectDatabase(process.env.DATABASE_URI, dataDir, repoRoot)
  } catch (error) {
    fail((error as Error).message)
  }
  let secret: string
  try {
    secret = resolvePayloadSecret({ env: process.env, dataDir, isDemo: database.isDemo })
  } catch (error) {
    fail((error as Error).message)
  }
  try {
    ffmpegPath()
    ffprobePath()
  } catch (error) {
    fail((error as Error).message)
  }
  fs.mkdirSync(dataDir, { recursive: true })

  const cmsUrl = `http://${browserHost}:${cmsPort}`
  const siteUrl = `http://${browserHost}:${sitePort}`
  const siteApiKey = resolveSiteApiKey({ env: process.env, dataDir, isDemo: database.isDemo })
  if (!siteApiKey) console.warn('[start] SITE_API_KEY is not set (32+ characters): applications and leads cannot be stored until it is.')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(siteApiKey ? { SITE_API_KEY: siteApiKey } : {}),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    WERKVLOER_ROOT: repoRoot,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: secret,
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    CMS_URL: process.env.CMS_URL ?? `http://127.0.0.1:${cmsPort}`,
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? cmsUrl,
    SITE_PUBLIC_URL: process.env.SITE_PUBLIC_URL ?? siteUrl,
  }

  try {
    await buildProduct(env)
  } catch (error) {
    fail((error as Error).message)
  }

  const services: Service[] = []
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log('\nStopping CMS, worker and site…')
    await stopAll(services)
    process.exit(code)
  }
  process.on('SIGINT', () => void shutdown(0))
  process.on('SIGTERM', () => void shutdown(0))

  // Next's handler behind a server that passes the TCP peer on to the rate limits (scripts/cms-server.ts).
  const cms = startService('cms', node, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'cms-server.ts')], { ...env, HOST: host, CMS_PORT: String(cmsPort) })
  services.push(cms)
  try {
    // The first request connects Payload and applies pending migrations.
    await waitForHttp(`http://127.0.0.1:${cmsPort}/health`, 120_000, () => cms.child.exitCode === null)
  } catch (error) {
    await stopAll(services)
    fail(`The CMS did not start: ${(error as Error).message}. Is port ${cmsPort} free? (set CMS_PORT to use another)`)
  }

  if (database.isDemo) {
    try {
      await runStep('seed', node, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'seed.ts'), '--if-empty'], env)
    } catch (error) {
      await stopAll(services)
      fail((error as Error).message)
    }
  }

  for (let i = 0; i < workers; i++) {
    // sharp's encoder threads fragment glibc's per-thread malloc arenas: two arenas keep the
    // worker's RSS near 250 MB instead of 400 MB after a 1080p poster set (measured with /proc RSS).
    const workerEnv = { MALLOC_ARENA_MAX: '2', ...env }
    services.push(startService(workers > 1 ? `worker-${i + 1}` : 'worker', node, ['--import', 'tsx', path.join(repoRoot, 'media-worker', 'worker.ts')], workerEnv))
  }
  // Astro's server with the page cache's fast path in front (scripts/site-server.ts).
  const site = startService('site', node, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'site-server.ts')], { ...env, HOST: host, PORT: String(sitePort) })
  services.push(site)
  try {
    await waitForHttp(`http://127.0.0.1:${sitePort}/`, 60_000, () => site.child.exitCode === null)
  } catch (error) {
    await stopAll(services)
    fail(`The career site did not start: ${(error as Error).message}. Is port ${sitePort} free? (set SITE_PORT to use another)`)
  }

  const logins = database.isDemo ? demoUsers.map((u) => `    ${u.roles[0].padEnd(15)} ${u.email.padEnd(28)} ${u.password}`).join('\n') : '    (production database: create the first admin at the admin URL)'
  const inviteFile = path.join(dataDir, 'demo-invite.txt')
  const demoInvite = database.isDemo && fs.existsSync(inviteFile) ? fs.readFileSync(inviteFile, 'utf8').trim() : ''
  console.log(`
  Werkvloer is running.

    Career site   ${siteUrl}/        (English: ${siteUrl}/en/)
    CMS admin     ${cmsUrl}/admin
    REST API      ${cmsUrl}/api

  Demo logins (embedded demo database only):
${logins}

${demoInvite ? `  Try contributing as an employee (demo invite link):\n    ${demoInvite}\n\n` : ''}  Seeded videos are transcoded by the worker in the background and appear on the site when ready.
  Press Ctrl-C to stop.
`)
  console.log('WERKVLOER_READY')

  const first = await Promise.race(services.map((s) => s.exited.then((code) => ({ s, code }))))
  if (!stopping) {
    console.error(`\n✖ ${first.s.name} stopped unexpectedly (exit code ${first.code}); stopping the rest.`)
    await shutdown(1)
  }
}


main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)))
