/**
 * The ESCO importer on the real v1.1.1 downloads (../shared/esco), imported once for this file,
 * and on broken inputs, through the same command users run.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DutchSubset, Taxonomy } from '../../common/match/taxonomy'
import { importEsco } from '../../cms/match/escoImport'
import { loadDutchSubset, loadTaxonomy, saveTaxonomy, taxonomyFile } from '../../cms/match/taxonomyStore'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const escoDir = path.resolve(repoRoot, '..', 'shared', 'esco')
const classificationZip = path.join(escoDir, 'ESCO dataset - v1.1.1 - classification - en - csv.zip')
const relationsZip = path.join(escoDir, 'ESCO dataset - v1.1.1 - classification -  - csv.zip')
const haveEsco = fs.existsSync(classificationZip) && fs.existsSync(relationsZip)
if (!haveEsco) console.warn(`SKIPPED real-ESCO import tests: ${escoDir} with the v1.1.1 zips is missing`)

function runImport(args: string[], dataDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'cms/match/importCli.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
  })
}

describe.skipIf(!haveEsco)('ESCO import of the official v1.1.1 download', () => {
  let taxonomy: Taxonomy
  let dataDir: string
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esco-import-'))
    // The CLI with both zips, the way the README tells users to run it.
    const result = runImport([classificationZip, relationsZip], dataDir)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('13896 skills, 3007 occupations')
    taxonomy = loadTaxonomy(dataDir)
  })
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('reads every skill and occupation with labels, descriptions and relations', () => {
    const skills = taxonomy.concepts.filter((c) => c.kind === 'skill')
    expect(skills).toHaveLength(13896)
    expect(taxonomy.concepts.filter((c) => c.kind === 'occupation')).toHaveLength(3007)
    expect(taxonomy.languages).toEqual(['en'])
    // Alt labels are newline-separated inside one quoted field.
    const musical = skills.find((c) => c.uri === 'http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab')!
    expect(musical.labels.en!.preferred).toBe('manage musical staff')
    expect(musical.labels.en!.alt).toEqual(expect.arrayContaining(['manage staff of music', 'direct musical staff']))
    expect(musical.labels.en!.description).toMatch(/^Assign and manage staff tasks/)
    expect(musical.skillType).toBe('skill/competence')
    expect(taxonomy.occupationSkill.length).toBeGreaterThan(100_000)
    expect(taxonomy.skillSkill.length).toBeGreaterThan(1000)
    expect(taxonomy.broader.length).toBeGreaterThan(1000)
    // Preferred labels keep ESCO's own spelling, trailing space included.
    expect(skills.some((c) => c.labels.en!.preferred.endsWith(' '))).toBe(true)
  })

  it('every concept of the shipped Dutch subset exists in v1.1.1 with the English label it records', () => {
    const subset: DutchSubset = loadDutchSubset()
    expect(subset.source).toBe('werkvloer')
    const byUri = new Map(taxonomy.concepts.map((c) => [c.uri, c]))
    const wrong = subset.concepts.filter((entry) => {
      const concept = byUri.get(entry.uri)
      return !concept || concept.kind !== entry.kind || concept.labels.en!.preferred !== entry.en
    })
    expect(wrong).toEqual([])
    // The demo's Dutch agency vocabulary is in there.
    const dutch = subset.concepts.flatMap((entry) => [entry.nl.preferred, ...entry.nl.alt])
    for (const term of ['KCC-medewerker', 'binnendienst', 'koude acquisitie', 'Exact Online', 'code 95', 'rijbewijs CE']) {
      expect(dutch).toContain(term)
    }
  })

  it('a failed import leaves the previous taxonomy untouched', () => {
    const before = fs.readFileSync(taxonomyFile(dataDir))
    const result = runImport([classificationZip], dataDir)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('occupationSkillRelations.csv')
    expect(fs.readFileSync(taxonomyFile(dataDir)).equals(before)).toBe(true)
  })
})

describe('ESCO import of bad input', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'esco-bad-'))
  const dataDir = path.join(work, 'data')
  const skillsHeader = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,description'
  const occupationsHeader = 'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,description'
  const relationsHeader = 'occupationUri,relationType,skillType,skillUri'

  const expectRejected = (args: string[], message: RegExp) => {
    const result = runImport(args, dataDir)
    expect(result.status).toBe(2)
    // One line, Dutch / English.
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain(' / ')
    expect(fs.existsSync(taxonomyFile(dataDir))).toBe(false)
    expect(fs.existsSync(path.dirname(taxonomyFile(dataDir))) ? fs.readdirSync(path.dirname(taxonomyFile(dataDir))) : []).toEqual([])
  }

  it('rejects a file that is not a zip', () => {
    const file = path.join(work, 'skills.zip')
    fs.writeFileSync(file, 'this is not a zip')
    expectRejected([file], /is not a zip file/)
  })

  it('rejects a path that does not exist and no path at all', () => {
    expectRejected([path.join(work, 'nope.zip')], /does not exist/)
    expectRejected([], /Name the ESCO CSV download/)
  })

  it('rejects a zip without the classification files', () => {
    const file = path.join(work, 'other.zip')
    fs.writeFileSync(file, zipSync({ 'readme.csv': strToU8('a,b\n1,2\n') }))
    expectRejected([file], /No skills_<lang>\.csv and occupations_<lang>\.csv/)
  })

  it('rejects CSVs with the wrong columns', () => {
    const folder = path.join(work, 'wrong-columns')
    fs.mkdirSync(folder)
    fs.writeFileSync(path.join(folder, 'skills_en.csv'), 'uri,name\nhttp://x,y\n')
    fs.writeFileSync(path.join(folder, 'occupations_en.csv'), `${occupationsHeader}\n`)
    fs.writeFileSync(path.join(folder, 'occupationSkillRelations.csv'), `${relationsHeader}\n`)
    expectRejected([folder], /skills_en\.csv lacks the column\(s\) conceptUri, preferredLabel/)
  })

  it('reads a small well-formed download in another language, with multi-line labels', () => {
    const folder = path.join(work, 'good-nl')
    fs.mkdirSync(folder)
    fs.writeFileSync(
      path.join(folder, 'skills_nl.csv'),
      `${skillsHeader}\nKnowledgeSkillCompetence,http://s/1,skill/competence,transversal,klanten helpen,"klanten bijstaan\nklanten ondersteunen",,Klanten helpen met vragen.\n`,
    )
    fs.writeFileSync(path.join(folder, 'occupations_nl.csv'), `${occupationsHeader}\nOccupation,http://o/1,4222,klantenservicemedewerker,"",,\n`)
    fs.writeFileSync(path.join(folder, 'occupationSkillRelations.csv'), `${relationsHeader}\nhttp://o/1,essential,skill/competence,http://s/1\n`)
    const result = runImport([folder], dataDir)
    expect(result.status).toBe(0)
    const taxonomy = loadTaxonomy(dataDir)
    expect(taxonomy.languages).toEqual(['nl'])
    expect(taxonomy.concepts[0]!.labels.nl).toEqual({
      preferred: 'klanten helpen',
      alt: ['klanten bijstaan', 'klanten ondersteunen'],
      hidden: [],
      description: 'Klanten helpen met vragen.',
      source: 'esco',
    })
    expect(taxonomy.occupationSkill).toEqual([[1, 0, 1]])
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('saveTaxonomy leaves no temporary file behind', () => {
    const dir = path.join(work, 'save')
    saveTaxonomy(dir, importEsco([path.join(work, 'good-nl')]))
    expect(fs.readdirSync(path.join(dir, 'esco'))).toEqual(['taxonomy.json'])
  })
})
