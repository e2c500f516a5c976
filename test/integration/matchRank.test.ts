/**
 * `npm run match -- rank` end to end, as a batch user runs it: one JSON document on stdin, the
 * ranking on stdout. Without an ESCO import it ranks with the shipped subset (and says so).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'match-rank-'))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const rank = (input: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cms/match/cli.ts', 'rank', ...args], { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir }, input, encoding: 'utf8' })

describe('npm run match -- rank', () => {
  it('ranks candidates per vacancy, best first, each with why', () => {
    const doc = {
      vacancies: [
        { id: 'kcc', lang: 'nl', title: 'Klantenservicemedewerker', text: 'Je beantwoordt vragen van klanten, handelt klachten af en werkt in ons CRM-systeem in Utrecht.' },
        { id: 'wh', lang: 'nl', title: 'Heftruckchauffeur', text: 'Je rijdt heftruck en pickt orders voor verzending in ons magazijn in Tilburg.' },
      ],
      candidates: [
        { id: 'titel', lang: 'nl', kind: 'cv', city: 'Utrecht', text: 'Klantenservicemedewerker.' },
        { id: 'kassa', lang: 'nl', kind: 'cv', city: 'Utrecht', text: 'Kassamedewerker. Ik beantwoord vragen van klanten, handel klachten af en werk met CRM-software.' },
        { id: 'heftruck', lang: 'nl', kind: 'lead', city: 'Breda', text: 'Ik rijd heftruck en pick orders.' },
      ],
    }
    const result = rank(JSON.stringify(doc))
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain('meegeleverde subset')
    const out = JSON.parse(result.stdout) as Record<string, { id: string; score: number; why: { reasons: string[] } }[]>
    expect(Object.keys(out)).toEqual(['kcc', 'wh'])
    expect(out.kcc!.map((r) => r.id)).toEqual(['kassa', 'titel'])
    expect(out.kcc![0]!.why.reasons).toEqual(['skills-not-title'])
    expect(out.kcc![0]!.score).toBeGreaterThan(out.kcc![1]!.score)
    expect(out.wh!.map((r) => r.id)).toEqual(['heftruck'])
  })

  it('refuses input that is not the documented shape, with a message in Dutch and English', () => {
    const notJson = rank('{nope')
    expect(notJson.status).toBe(2)
    expect(notJson.stderr).toContain('De invoer is geen JSON / the input is not JSON')
    const wrong = rank(JSON.stringify({ vacancies: [{ id: 'x' }], candidates: [] }))
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toMatch(/Ongeldige invoer \/ invalid input: vacancies\.0\.text/)
  })
})
