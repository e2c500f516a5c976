import fs from 'node:fs'
import path from 'node:path'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadPayloadConfig } from '../../helpers/payloadConfig'

// The admin finds every custom component through the committed import map. A component the config
// names but the map lacks renders as nothing at all (the vacancy Skills field once did), with only a
// server log line to show for it. The map comes from `npm run generate:importmap`; this test runs the
// same generator into a scratch file and compares the component keys with the committed map.

const committed = path.resolve(import.meta.dirname, '../../../cms/app/(payload)/admin/importMap.js')
const keysOf = (source: string) => [...source.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]!).sort()

let config: SanitizedConfig
let scratch: string

beforeAll(async () => {
  const loaded = await loadPayloadConfig('importmap')
  config = loaded.config
  scratch = path.join(loaded.dataDir, 'importMap.js')
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
