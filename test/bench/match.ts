/**
 * `npm run bench:match [-- <esco folder>]` — extraction quality on the skill-extraction benchmark's
 * validation splits (TECH, HOUSE): RP@5, RP@10 and MRR of `npm run match -- extract --lang en`
 * (the CLI itself, run as a child process: the code path users run), next to plain BM25 over ESCO
 * labels and descriptions measured in the same run. Prints figures; asserts nothing.
 *
 * Data folder: the argument, else ESCO_BENCH_DIR, else ../shared/esco relative to the repo.
 * Uses DATA_DIR's taxonomy when there is one, else imports the folder's zips into a temp DATA_DIR.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PlainBm25 } from '../../common/match/baseline'
import { scoreExtraction, type ExtractionScores } from '../../common/match/metrics'
import { importEsco } from '../../cms/match/escoImport'
import { loadTaxonomy, saveTaxonomy, taxonomyFile } from '../../cms/match/taxonomyStore'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const escoDir = path.resolve(process.argv[2] ?? process.env.ESCO_BENCH_DIR ?? path.join(repoRoot, '..', 'shared', 'esco'))
if (!fs.existsSync(escoDir)) {
  console.error(`Geen benchmarkmap ${escoDir} / no benchmark folder ${escoDir}: pass it as argument or ESCO_BENCH_DIR`)
  process.exit(2)
}

const PUBLISHED: Record<string, string> = {
  tech: 'published (test split): IReRa GPT-4 RP@5 63.1; ConTeXT-match RP@5 64.0',
  house: 'published (test split): IReRa GPT-4 RP@5 57.8',
}

let dataDir = path.resolve(repoRoot, process.env.DATA_DIR ?? 'data')
let temporaryDataDir: string | undefined
if (!fs.existsSync(taxonomyFile(dataDir))) {
  dataDir = temporaryDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-bench-match-'))
  const started = Date.now()
  saveTaxonomy(dataDir, importEsco([escoDir]))
  console.log(`imported ESCO from ${escoDir} into ${dataDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

interface Row {
  id: string
  sentence: string
  uris: string[]
}

/** The sentences go to the CLI without their gold labels. */
function runCli(rows: Row[]): Promise<Map<string, string[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'cms/match/cli.ts'), 'extract', '--lang', 'en', '--jsonl', '--no-company-terms'], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`match extract exited with ${code}`))
      const ranked = new Map<string, string[]>()
      for (const line of output.trim().split('\n')) {
        const result = JSON.parse(line) as { id: string; ranked: { uri: string }[] }
        ranked.set(result.id, result.ranked.map((item) => item.uri))
      }
      resolve(ranked)
    })
    child.stdin.end(rows.map((row) => JSON.stringify({ id: row.id, sentence: row.sentence })).join('\n') + '\n')
  })
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5)
const line = (name: string, s: ExtractionScores) => `  ${name.padEnd(22)} RP@5 ${percent(s.rp5)}  RP@10 ${percent(s.rp10)}  MRR ${percent(s.mrr)}`

const baseline = new PlainBm25(loadTaxonomy(dataDir), 'en')
const splits = fs.readdirSync(escoDir).filter((name) => /-(validation|test)\.jsonl$/.test(name)).sort()
if (splits.length === 0) console.log(`no *-validation.jsonl or *-test.jsonl in ${escoDir}`)
for (const file of splits) {
  const rows = fs
    .readFileSync(path.join(escoDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
  const started = Date.now()
  const ranked = await runCli(rows)
  const seconds = (Date.now() - started) / 1000
  const ours = scoreExtraction(rows.map((row) => ({ gold: row.uris, ranked: ranked.get(row.id) ?? [] })))
  const bm25 = scoreExtraction(rows.map((row) => ({ gold: row.uris, ranked: baseline.rank(row.sentence) })))
  const split = file.replace(/\.jsonl$/, '')
  console.log(`${split}: ${rows.length} sentences (CLI incl. start-up ${seconds.toFixed(1)} s)`)
  console.log(line('match extract --lang en', ours))
  console.log(line('plain BM25', bm25))
  console.log(`  ratio RP@5 ${(ours.rp5 / (bm25.rp5 || 1)).toFixed(2)}×; ${PUBLISHED[split.split('-')[0]!] ?? ''}`)
}

if (temporaryDataDir) fs.rmSync(temporaryDataDir, { recursive: true, force: true })
