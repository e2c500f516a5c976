import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

// The admin finds every custom component through the committed import map. A component the config
// names but the map lacks renders as nothing at all (the vacancy Skills field once did), with only a
// server log line to show for it. The map comes from `npm run generate:importmap`; this test runs the
// same generator into a scratch file and compares the component keys with the committed map.

const committed = path.resolve(import.meta.dirname, '../../../cms/app/(payload)/admin/importMap.js')
const keysOf = (source: string) => [...source.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]!).sort()

let config: SanitizedConfig
let scratch: string

beforeAll(async () => {
  // The config reads its environment at import time; nothing is opened or migrated here.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-importmap-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'importmap.db')}`
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  config = await (await import('../../../cms/payload.config')).default
  scratch = path.join(dataDir, 'importMap.js')
})

describe('the committed admin import map', () => {
  it('holds every component the config names (regenerate with `npm run generate:importmap`)', async () => {
    const atScratch = { ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: scratch } } } as SanitizedConfig
    await generateImportMap(atScratch, { force: true, log: false })
    const generated = keysOf(fs.readFileSync(scratch, 'utf8'))
    expect(generated).toContain('/components/match/VacancySkillsField#VacancySkillsField')
    expect(keysOf(fs.readFileSync(committed, 'utf8'))).toEqual(generated)
  })
})
