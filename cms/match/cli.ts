/**
 * `npm run match -- extract --lang en|nl|auto [--jsonl] [--limit N]`
 * Plain stdin: the whole input is one text (id "stdin"). With --jsonl: one {"id","sentence"} (or
 * {"id","text"}) per line. Prints one JSON line per input: {"id","lang","ranked":[{uri,label,score,evidence}…]}.
 * The benchmark runs exactly this.
 */
import path from 'node:path'
import readline from 'node:readline'
import { SkillMatcher } from '../../common/match/extract'
import type { Lang } from '../../common/match/text'
import { loadMatchTaxonomy } from './taxonomyStore'

const USAGE =
  'Gebruik / usage: npm run match -- extract --lang en|nl|auto [--jsonl] [--limit N]   (tekst of JSON-regels op stdin / text or JSON lines on stdin)'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const [command, ...rest] = process.argv.slice(2)
if (command !== 'extract') fail(command ? `Onbekend commando / unknown command: ${command}. ${USAGE}` : USAGE)

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

const dataDir = path.resolve(process.env.WERKVLOER_ROOT ?? process.cwd(), process.env.DATA_DIR ?? 'data')
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
