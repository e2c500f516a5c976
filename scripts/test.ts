/**
 * `npm test`: unit and integration tests (vitest), then the end-to-end tests (Playwright, real
 * Chromium against the real CMS, worker and site). Ends with one "N passed, N failed" line.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const results = path.join(root, 'test-results')
fs.rmSync(results, { recursive: true, force: true })
fs.mkdirSync(results, { recursive: true })

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' } })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

const buildLog = path.join(results, 'build.log')

function startBuild(): Promise<number> {
  const started = Date.now()
  const log = fs.openSync(buildLog, 'w')
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], { cwd: root, stdio: ['ignore', log, log], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' } })
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      fs.closeSync(log)
      console.log(`[build] CMS and site built beside the tests in ${Math.round((Date.now() - started) / 1000)} s (exit code ${code})`)
      resolve(code ?? 1)
    })
  })
}

type Count = { passed: number; failed: number; skipped: number }

function vitestCounts(): Count {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(results, 'vitest.json'), 'utf8'))
    // A skip is never silent: its suite's title says why (e.g. test/integration/mongodb.test.ts).
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'skipped' || t.status === 'pending') console.log(`skipped: ${path.relative(root, file.name)} › ${[...(t.ancestorTitles ?? []), t.title].join(' › ')}`)
      }
    }
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }
  }
}

function playwrightCounts(): Count {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(results, 'playwright.json'), 'utf8'))
    const s = r.stats
    for (const line of playwrightSkips(r)) console.log(line)
    return { passed: s.expected + s.flaky, failed: s.unexpected + (r.errors?.length ?? 0), skipped: s.skipped }
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }
  }
}

interface PwAnnotation { type: string; description?: string }
interface PwSuite {
  file?: string
  suites?: PwSuite[]
  specs?: { title: string; tests: { status: string; annotations?: PwAnnotation[]; results?: { annotations?: PwAnnotation[] }[] }[] }[]
}

/** Every skipped end-to-end test with the reason its `test.skip(condition, reason)` gave: a skip is never silent. */
function playwrightSkips(report: { suites?: PwSuite[] }): string[] {
  const lines: string[] = []
  const walk = (suite: PwSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests.filter((x) => x.status === 'skipped')) {
        const annotations = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((res) => res.annotations ?? [])]
        const reason = annotations.find((a) => a.type === 'skip' && a.description)?.description ?? 'no reason given'
        lines.push(`skipped: ${file} › ${spec.title} — ${reason}`)
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.file ?? file)
  }
  for (const suite of report.suites ?? []) walk(suite, suite.file ?? '')
  return [...new Set(lines)]
}

const only = process.argv[2]
// `npm run test:e2e -- <spec files>` (or test:unit -- <files>) runs only those.
const files = only === 'unit' || only === 'e2e' ? process.argv.slice(3) : []
const total: Count = { passed: 0, failed: 0, skipped: 0 }
const add = (c: Count) => ((total.passed += c.passed), (total.failed += c.failed), (total.skipped += c.skipped))
let exit = 0

// The full run builds the CMS and the site beside the unit and integration tests (much of that
// run waits on ffmpeg and timers), so Playwright finds the build done instead of starting it.
const build = only === undefined ? startBuild() : null

if (only !== 'e2e') {
  const code = await run([path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'vitest.json')}`, ...files])
  add(vitestCounts())
  if (code !== 0) exit = code
}
if (only !== 'unit') {
  // A failed build is reported here; the end-to-end run's own start then tries once more and says why.
  if (build && (await build) !== 0) console.error(`[build] the build beside the tests failed; its output: ${path.relative(root, buildLog)}`)
  const code = await run([path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...files])
  add(playwrightCounts())
  if (code !== 0) exit = code
}
if (exit !== 0 && total.failed === 0) total.failed = 1
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(exit)
