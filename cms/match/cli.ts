/**
 * `npm run match -- rank [--limit N]`: one JSON document on stdin,
 * {"vacancies":[{"id","lang","title","text"}…],"candidates":[{"id","lang","kind","city","text"}…]},
 * prints {"<vacancyId>":[{"id","score","why"}…]} best first — the engine the CMS runs (common/match/engine.ts).
 * Uses the imported taxonomy, or the shipped subset when there is none.
 *
 * `npm run match -- extract --lang en|nl|auto [--jsonl] [--limit N]`
 * Plain stdin: the whole input is one text (id "stdin"). With --jsonl: one {"id","sentence"} (or
 * {"id","text"}) per line. Prints one JSON line per input: {"id","lang","ranked":[{uri,label,score,evidence}…]}.
 * The benchmark runs exactly this.
 */
import path from 'node:path'
import readline from 'node:readline'
import { MatchEngine, rankDocument } from '../../common/match/engine'
import { SkillMatcher } from '../../common/match/extract'
import type { Lang } from '../../common/match/text'
import { loadMatchTaxonomy, loadTaxonomyOrSubset } from './taxonomyStore'

const USAGE =
  'Gebruik / usage: npm run match -- extract --lang en|nl|auto [--jsonl] [--limit N]   (tekst of JSON-regels op stdin / text or JSON lines on stdin)\n' +
  '                 npm run match -- rank [--limit N]   (één JSON-document op stdin / one JSON document on stdin)'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const [command, ...rest] = process.argv.slice(2)
if (command !== 'extract' && command !== 'rank') fail(command ? `Onbekend commando / unknown command: ${command}. ${USAGE}` : USAGE)

const dataDir = path.resolve(process.env.WERKVLOER_ROOT ?? process.cwd(), process.env.DATA_DIR ?? 'data')

if (command === 'rank') {
  let limit = 50
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--limit') {
      limit = Number(rest[++i])
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) fail('--limit moet 1–1000 zijn / --limit must be 1–1000')
    } else fail(`Onbekende optie / unknown option: ${rest[i]}. ${USAGE}`)
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  let input: unknown
  try {
    input = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    fail('De invoer is geen JSON / the input is not JSON')
  }
  const { taxonomy, source } = loadTaxonomyOrSubset(dataDir)
  if (source === 'subset') console.error('Geen ESCO-import: gebruikt de meegeleverde subset / no ESCO import: using the shipped subset')
  let output: unknown
  try {
    output = rankDocument(new MatchEngine(taxonomy), input, limit)
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] } | null)?.issues
    if (Array.isArray(issues)) fail(`Ongeldige invoer / invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    throw error
  }
  process.stdout.write(`${JSON.stringify(output)}\n`)
  process.exit(0)
}

let lang: Lang | 'auto' = 'auto'
let jsonl = false
let limit = 100
for (let i = 0; i < rest.length; i++) {
  const arg = rest[i]
  if (arg === '--jsonl') jsonl = true
  else if (arg === '--lang') {
    const value = rest[++i]
    if (value !== 'en' && value !== 'nl' && value !== 'auto') fail(`--lang moet en, nl of auto zijn / --lang must be en, nl or auto. ${USAGE}`)
    lang = value
  } else if (arg === '--limit') {
    const value = Number(rest[++i])
    if (!Number.isInteger(value) || value < 1 || value > 100) fail('--limit moet 1–100 zijn / --limit must be 1–100')
    limit = value
  } else fail(`Onbekende optie / unknown option: ${arg}. ${USAGE}`)
}

let matcher: SkillMatcher
try {
  matcher = new SkillMatcher(loadMatchTaxonomy(dataDir))
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'taxonomy-missing' && error instanceof Error) fail(error.message)
  throw error
}

const print = (id: unknown, text: string) => {
  const result = matcher.extract(text, { lang, limit })
  process.stdout.write(`${JSON.stringify({ id, lang: result.lang, ranked: result.skills, occupations: result.occupations })}\n`)
}

if (jsonl) {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    if (!line.trim()) continue
    let record: { id?: unknown; sentence?: unknown; text?: unknown }
    try {
      record = JSON.parse(line)
    } catch {
      fail(`Regel ${lineNumber} is geen JSON / line ${lineNumber} is not JSON`)
    }
    const text = typeof record.sentence === 'string' ? record.sentence : record.text
    if (typeof text !== 'string') fail(`Regel ${lineNumber} mist "sentence" / line ${lineNumber} lacks "sentence"`)
    print(record.id ?? lineNumber, text)
  }
} else {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  print('stdin', Buffer.concat(chunks).toString('utf8'))
}
