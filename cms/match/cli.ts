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
 *
 * Both apply the recruiters' synonyms and company skills (collection `skill-terms`) from the
 * product's database — the DATABASE_URI and DATA_DIR the CMS uses — merged into the taxonomy the
 * way the CMS merges them (withCompanyTerms), so the CLI finds and ranks what the admin does.
 * `--no-company-terms` runs on the plain taxonomy (the benchmark uses it).
 */
import readline from 'node:readline'
import { withCompanyTerms } from '../../common/match/companyTerms'
import { MatchEngine, rankDocument } from '../../common/match/engine'
import { SkillMatcher } from '../../common/match/extract'
import type { Taxonomy } from '../../common/match/taxonomy'
import type { Lang } from '../../common/match/text'
import { dataDir } from '../lib/paths'
import { productCompanyTerms } from './productTerms'
import { loadMatchTaxonomy, loadTaxonomyOrSubset } from './taxonomyStore'

const USAGE =
  'Gebruik / usage: npm run match -- extract --lang en|nl|auto [--jsonl] [--limit N] [--no-company-terms]   (tekst of JSON-regels op stdin / text or JSON lines on stdin)\n' +
  '                 npm run match -- rank [--limit N] [--no-company-terms]   (één JSON-document op stdin / one JSON document on stdin)'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const [command, ...args] = process.argv.slice(2)
if (command !== 'extract' && command !== 'rank') fail(command ? `Onbekend commando / unknown command: ${command}. ${USAGE}` : USAGE)
const companyTerms = !args.includes('--no-company-terms')
const rest = args.filter((arg) => arg !== '--no-company-terms')

/** The taxonomy with the company's terms from the product database, as the CMS builds its engine. */
async function withProductTerms(taxonomy: Taxonomy): Promise<Taxonomy> {
  if (!companyTerms) return taxonomy
  let found: Awaited<ReturnType<typeof productCompanyTerms>>
  try {
    found = await productCompanyTerms()
  } catch (error) {
    fail(
      `De eigen woorden van het bedrijf konden niet uit de database worden gelezen (${error instanceof Error ? error.message : String(error)}); gebruik --no-company-terms voor de kale taxonomie / ` +
        `could not read the company's terms from the database; use --no-company-terms for the plain taxonomy`,
    )
  }
  if (found.from === null) console.error(`Geen eigen woorden van het bedrijf: ${found.reason.split(' / ')[0]} / no company terms: ${found.reason.split(' / ')[1]}`)
  else console.error(`${found.terms.length} eigen woorden van het bedrijf uit ${found.from} / ${found.terms.length} company terms from ${found.from}`)
  return withCompanyTerms(taxonomy, found.terms)
}

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
    output = rankDocument(new MatchEngine(await withProductTerms(taxonomy)), input, limit)
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

let taxonomy: Taxonomy
try {
  taxonomy = loadMatchTaxonomy(dataDir)
} catch (error) {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'taxonomy-missing' && error instanceof Error) fail(error.message)
  throw error
}
const matcher = new SkillMatcher(await withProductTerms(taxonomy))

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
