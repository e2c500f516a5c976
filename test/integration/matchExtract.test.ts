/**
 * Extraction on hand-written (fictional) vacancy sentences in Dutch and English, and the
 * `npm run match -- extract` command end to end. The real ESCO v1.1.1 download is imported once.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SkillMatcher } from '../../common/match/extract'
import { importEsco } from '../../cms/match/escoImport'
import { loadMatchTaxonomy, saveTaxonomy } from '../../cms/match/taxonomyStore'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const escoDir = path.resolve(repoRoot, '..', 'shared', 'esco')
const haveEsco = fs.existsSync(path.join(escoDir, 'ESCO dataset - v1.1.1 - classification - en - csv.zip'))
if (!haveEsco) console.warn(`SKIPPED extraction tests: ${escoDir} with the ESCO v1.1.1 zips is missing`)

const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`
const occupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`
const ANSWER_CALLS = skill('5a0bffcf-4ff6-49cf-a7db-4142e63f5f04')
const COMPLAINTS = skill('28d715e3-3e5b-4fb6-8dd2-4be4919c8587')
const CUSTOMER_CONTACT = skill('0da516ee-e70e-4384-be13-f5ff80be8127')
const CUSTOMER_SERVICE = skill('15a33d76-4640-438d-ae64-fdc0c1d3eebc')
const JAVASCRIPT = skill('3cd569a2-4f88-4c1e-9995-8dce8c5e51a7')
const JAVA = skill('19a8293b-8e95-4de3-983f-77484079c389')
const FORKLIFT = skill('28cb374e-6261-4133-8371-f9a5470145da')
const PICK_ORDERS = skill('ee5e2297-39cc-4ed6-89e5-d58016118a7f')
const PROSPECT = skill('6d97bf55-6fb6-4795-8282-3ef915ae0bb8')
const ACCOUNTING_SYSTEMS = skill('a0d79341-8398-4019-ad1b-27888ec35aaa')
const RECEIVABLES = skill('68b51538-b056-4cb3-bb15-ab8c3e576cc9')
const HEAVY_TRUCKS = skill('8215bbba-2f6d-4530-bf41-904d871eaf72')
const ROAD_TRANSPORT_LAW = skill('509ff122-3546-40a7-ae02-3ee7395b3a76')
const ICT_SUPPORT = skill('c2296e2e-5fef-4f24-a24f-e5b3792268be')
const INSIDE_SALES = occupation('5c1eba1e-7820-4287-9746-4c5906320100')
const TRUCK_DRIVER = occupation('45037d43-a8f5-4f46-b332-b2935bc305f4')

describe.skipIf(!haveEsco)('skill extraction', () => {
  let dataDir: string
  let matcher: SkillMatcher
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'match-extract-'))
    saveTaxonomy(dataDir, importEsco([escoDir]))
    matcher = new SkillMatcher(loadMatchTaxonomy(dataDir))
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  const top = (text: string, lang: 'en' | 'nl' | 'auto', n = 5) =>
    matcher.extract(text, { lang }).skills.slice(0, n).map((s) => s.uri)

  it('finds English skills by their labels, with the phrase and label as evidence', () => {
    const result = matcher.extract('In our contact centre you answer incoming calls and handle customer complaints.', { lang: 'en' })
    expect(result.skills.slice(0, 5).map((s) => s.uri)).toEqual(expect.arrayContaining([ANSWER_CALLS, COMPLAINTS]))
    const complaints = result.skills.find((s) => s.uri === COMPLAINTS)!
    expect(complaints.label).toBe('handle customer complaints')
    expect(complaints.evidence).toMatchObject({ via: 'phrase', text: 'handle customer complaints', labelSource: 'esco' })
    expect(top('Must know JavaScript and Java; React is a plus.', 'en')).toEqual(expect.arrayContaining([JAVASCRIPT, JAVA]))
    expect(top('You can drive a forklift and pick orders for dispatching in the warehouse.', 'en')).toEqual(
      expect.arrayContaining([FORKLIFT, PICK_ORDERS]),
    )
  })

  it('finds a skill whose words are in the sentence in another order', () => {
    const result = matcher.extract('Complaints from customers are handled by you within a day.', { lang: 'en' })
    expect(result.skills.slice(0, 5).map((s) => s.uri)).toContain(COMPLAINTS)
  })

  it('finds Dutch agency vocabulary through the shipped Dutch labels', () => {
    const sales = matcher.extract('Voor onze binnendienst zoeken we iemand die energie krijgt van koude acquisitie.', { lang: 'nl' })
    expect(sales.skills.slice(0, 3).map((s) => s.uri)).toContain(PROSPECT)
    expect(sales.skills.find((s) => s.uri === PROSPECT)!.evidence).toMatchObject({ text: 'koude acquisitie', labelSource: 'werkvloer' })
    expect(sales.occupations.map((o) => o.uri)).toContain(INSIDE_SALES)
    expect(top('Je werkt dagelijks met Exact Online en doet de debiteurenadministratie.', 'nl')).toEqual(
      expect.arrayContaining([ACCOUNTING_SYSTEMS, RECEIVABLES]),
    )
    const driver = matcher.extract('Als vrachtwagenchauffeur heb je rijbewijs CE en code 95.', { lang: 'nl' })
    expect(driver.skills.slice(0, 5).map((s) => s.uri)).toEqual(expect.arrayContaining([HEAVY_TRUCKS, ROAD_TRANSPORT_LAW]))
    expect(driver.occupations[0]!.uri).toBe(TRUCK_DRIVER)
    // Dutch labels are shown for Dutch texts.
    expect(driver.skills.find((s) => s.uri === HEAVY_TRUCKS)!.label).toBe('zware vrachtwagens manoeuvreren')
  })

  it('splits Dutch compounds and stems Dutch words', () => {
    // klantenserviceteam → klantenservice + team; klachtafhandeling is a label; "klantcontacten" → plural of klantcontact
    const uris = top('Je versterkt ons klantenserviceteam: klachtafhandeling en klantcontacten zijn je dagelijkse werk.', 'nl')
    expect(uris).toEqual(expect.arrayContaining([CUSTOMER_SERVICE, COMPLAINTS, CUSTOMER_CONTACT]))
    expect(top('Ervaren helpdeskmedewerker gezocht voor eerstelijns support op de ICT-afdeling.', 'nl')).toContain(ICT_SUPPORT)
  })

  it('detects the language per text with --lang auto', () => {
    expect(matcher.extract('Je handelt klachten van klanten af en je bent een teamspeler.', { lang: 'auto' }).lang).toBe('nl')
    expect(matcher.extract('You will handle customer complaints and work in teams.', { lang: 'auto' }).lang).toBe('en')
  })

  describe('npm run match -- extract', () => {
    const run = (args: string[], input: string, env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'cms/match/cli.ts', 'extract', ...args], {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dataDir, ...env },
        input,
        encoding: 'utf8',
      })

    it('reads JSON lines and prints one ranked result per line, in input order', () => {
      const input = [
        { id: 'a', sentence: 'In our contact centre you answer incoming calls.' },
        { id: 'b', sentence: 'Je werkt met Exact Online.' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n')
      const result = run(['--lang', 'auto', '--jsonl'], input)
      expect(result.status).toBe(0)
      const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
      expect(lines.map((line) => line.id)).toEqual(['a', 'b'])
      expect(lines.map((line) => line.lang)).toEqual(['en', 'nl'])
      expect(lines[0].ranked.length).toBeLessThanOrEqual(100)
      expect(lines[0].ranked[0]).toMatchObject({ uri: ANSWER_CALLS, label: 'answer incoming calls' })
      expect(lines[0].ranked[0].evidence.text).toBe('answer incoming calls')
      expect(lines[1].ranked[0]).toMatchObject({ uri: ACCOUNTING_SYSTEMS, label: 'boekhoudsystemen gebruiken' })
      const scores = lines[0].ranked.map((item: { score: number }) => item.score)
      expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x))
    })

    it('reads plain text from stdin as one input', () => {
      const result = run(['--lang', 'en'], 'We need someone who can operate a forklift.\nAnd who can pick orders for dispatching.')
      expect(result.status).toBe(0)
      const lines = result.stdout.trim().split('\n')
      expect(lines).toHaveLength(1)
      const parsed = JSON.parse(lines[0]!)
      expect(parsed.id).toBe('stdin')
      expect(parsed.ranked.slice(0, 3).map((item: { uri: string }) => item.uri)).toEqual(expect.arrayContaining([FORKLIFT, PICK_ORDERS]))
    })

    it('tells the user to run esco:import when there is no taxonomy, and rejects bad options', () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'match-empty-'))
      const missing = run(['--lang', 'en'], 'anything', { DATA_DIR: empty })
      expect(missing.status).toBe(2)
      expect(missing.stderr).toContain('npm run esco:import')
      expect(missing.stdout).toBe('')
      const badLang = run(['--lang', 'de'], 'anything')
      expect(badLang.status).toBe(2)
      expect(badLang.stderr).toContain('--lang must be en, nl or auto')
      const badLine = run(['--jsonl'], 'not json\n')
      expect(badLine.status).toBe(2)
      expect(badLine.stderr).toContain('line 1 is not JSON')
    })
  })
})
