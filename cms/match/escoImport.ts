/**
 * Reads the official ESCO CSV download (zips or folders, any language present) into the
 * matcher's taxonomy model. Reading only: saving is taxonomyStore.ts, so the CMS can later reuse
 * this to fill Payload collections.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'
import type { Broader, Concept, OccupationSkill, SkillSkill, Taxonomy } from '../../common/match/taxonomy'
import { TAXONOMY_FORMAT } from '../../common/match/taxonomy'

/** A problem with the input that the user can fix; `code` is for programs, the message for people. */
export class EscoImportError extends Error {
  readonly code: string
  constructor(code: string, nl: string, en: string) {
    super(`${nl} / ${en}`)
    this.code = `esco-import/${code}`
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** CSV files by base name (zips may hold folders); later inputs do not override earlier ones. */
function collectCsvFiles(inputs: string[]): Map<string, { text: string; from: string }> {
  const files = new Map<string, { text: string; from: string }>()
  const add = (name: string, bytes: Uint8Array, from: string) => {
    const base = path.basename(name)
    if (!base.toLowerCase().endsWith('.csv') || files.has(base)) return
    files.set(base, { text: new TextDecoder('utf-8').decode(bytes), from })
  }
  const readZip = (file: string) => {
    const bytes = fs.readFileSync(file)
    if (bytes.length < 4 || ZIP_MAGIC.some((byte, i) => bytes[i] !== byte)) {
      throw new EscoImportError(
        'not-a-zip',
        `${file} is geen zip-bestand en geen map`,
        `${file} is not a zip file or a folder`,
      )
    }
    let entries: Record<string, Uint8Array>
    try {
      // Only the CSVs are decompressed: a download may hold other material.
      entries = unzipSync(bytes, { filter: (entry) => entry.name.toLowerCase().endsWith('.csv') })
    } catch {
      throw new EscoImportError('bad-zip', `${file} is een beschadigd zip-bestand`, `${file} is a damaged zip file`)
    }
    for (const [name, data] of Object.entries(entries)) add(name, data, file)
  }
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false })
    if (!stat) throw new EscoImportError('missing-input', `${input} bestaat niet`, `${input} does not exist`)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(input).sort()) {
        const full = path.join(input, name)
        if (name.toLowerCase().endsWith('.zip')) readZip(full)
        else if (name.toLowerCase().endsWith('.csv')) add(name, fs.readFileSync(full), full)
      }
    } else if (input.toLowerCase().endsWith('.csv')) {
      add(input, fs.readFileSync(input), input)
    } else {
      readZip(input)
    }
  }
  return files
}

type Row = Record<string, string>

function readCsv(name: string, file: { text: string }, required: string[]): Row[] {
  let rows: Row[]
  try {
    rows = parse(file.text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Row[]
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new EscoImportError('bad-csv', `${name} is geen geldige CSV (${reason})`, `${name} is not valid CSV (${reason})`)
  }
  const header = rows[0] ? Object.keys(rows[0]) : []
  const missing = required.filter((column) => !header.includes(column))
  if (missing.length > 0) {
    throw new EscoImportError(
      'missing-columns',
      `${name} mist de kolom(men) ${missing.join(', ')}: is dit de ESCO CSV-download?`,
      `${name} lacks the column(s) ${missing.join(', ')}: is this the ESCO CSV download?`,
    )
  }
  return rows
}

/** ESCO puts alt and hidden labels in one quoted field, one per line. */
function lines(value: string | undefined): string[] {
  if (!value) return []
  return [...new Set(value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))]
}

const SKILL_COLUMNS = ['conceptUri', 'preferredLabel', 'altLabels', 'hiddenLabels', 'description']
const OCCUPATION_COLUMNS = ['conceptUri', 'preferredLabel', 'altLabels', 'hiddenLabels', 'description']

export function importEsco(inputs: string[], now = new Date()): Taxonomy {
  if (inputs.length === 0) {
    throw new EscoImportError(
      'no-input',
      'Geef de ESCO CSV-download (zip of map) op: npm run esco:import -- <zip of map> …',
      'Name the ESCO CSV download (zip or folder): npm run esco:import -- <zip or folder> …',
    )
  }
  const files = collectCsvFiles(inputs)
  const languageFiles = (prefix: string) =>
    [...files.keys()]
      .map((name) => new RegExp(`^${prefix}_([a-z]{2,3}(?:-[a-z]+)?)\\.csv$`, 'i').exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ name: match[0], lang: match[1]!.toLowerCase() }))
  const skillFiles = languageFiles('skills')
  const occupationFiles = languageFiles('occupations')
  const where = inputs.join(', ')
  if (skillFiles.length === 0 || occupationFiles.length === 0) {
    throw new EscoImportError(
      'missing-classification',
      `Geen skills_<taal>.csv en occupations_<taal>.csv gevonden in ${where}: geef de ESCO-classificatiedownload (CSV) op`,
      `No skills_<lang>.csv and occupations_<lang>.csv found in ${where}: pass the ESCO classification download (CSV)`,
    )
  }
  const relationsFile = files.get('occupationSkillRelations.csv')
  if (!relationsFile) {
    throw new EscoImportError(
      'missing-relations',
      `Geen occupationSkillRelations.csv gevonden in ${where}: geef ook de ESCO-relatiesdownload op ("… classification -  - csv.zip")`,
      `No occupationSkillRelations.csv found in ${where}: also pass the ESCO relations download ("… classification -  - csv.zip")`,
    )
  }

  const concepts: Concept[] = []
  const indexOf = new Map<string, number>()
  const conceptFor = (uri: string, kind: Concept['kind']): Concept => {
    let index = indexOf.get(uri)
    if (index === undefined) {
      index = concepts.length
      indexOf.set(uri, index)
      concepts.push({ uri, kind, labels: {} })
    }
    return concepts[index]!
  }
  const readConcepts = (list: { name: string; lang: string }[], kind: Concept['kind'], columns: string[]) => {
    for (const { name, lang } of list) {
      for (const row of readCsv(name, files.get(name)!, columns)) {
        const uri = row.conceptUri?.trim()
        const preferred = row.preferredLabel ?? ''
        if (!uri || !preferred.trim()) continue
        const concept = conceptFor(uri, kind)
        if (kind === 'skill') {
          concept.skillType ||= row.skillType || undefined
          concept.reuseLevel ||= row.reuseLevel || undefined
        } else {
          concept.iscoGroup ||= row.iscoGroup || undefined
        }
        const description = (row.description ?? '').trim()
        concept.labels[lang] = {
          // ESCO's own spelling is kept (some preferred labels end in a space): it is the identity users see.
          preferred,
          alt: lines(row.altLabels),
          hidden: lines(row.hiddenLabels),
          ...(description ? { description } : {}),
          source: 'esco',
        }
      }
    }
  }
  readConcepts(skillFiles, 'skill', SKILL_COLUMNS)
  readConcepts(occupationFiles, 'occupation', OCCUPATION_COLUMNS)

  const occupationSkill: OccupationSkill[] = []
  for (const row of readCsv('occupationSkillRelations.csv', relationsFile, ['occupationUri', 'relationType', 'skillUri'])) {
    const occupation = indexOf.get(row.occupationUri ?? '')
    const skill = indexOf.get(row.skillUri ?? '')
    if (occupation === undefined || skill === undefined) continue
    occupationSkill.push([occupation, skill, row.relationType === 'essential' ? 1 : 0])
  }

  const skillSkill: SkillSkill[] = []
  const skillRelations = files.get('skillSkillRelations.csv')
  if (skillRelations) {
    for (const row of readCsv('skillSkillRelations.csv', skillRelations, ['originalSkillUri', 'relationType', 'relatedSkillUri'])) {
      const from = indexOf.get(row.originalSkillUri ?? '')
      const to = indexOf.get(row.relatedSkillUri ?? '')
      if (from === undefined || to === undefined) continue
      skillSkill.push([from, to, row.relationType === 'essential' ? 1 : 0])
    }
  }

  // Only relations between imported concepts: skill groups and ISCO groups are not concepts the matcher returns.
  const broader: Broader[] = []
  for (const name of [...files.keys()].filter((n) => /^broaderRelations.*\.csv$/i.test(n)).sort()) {
    for (const row of readCsv(name, files.get(name)!, ['conceptUri', 'broaderUri'])) {
      const narrow = indexOf.get(row.conceptUri ?? '')
      const broad = indexOf.get(row.broaderUri ?? '')
      if (narrow === undefined || broad === undefined) continue
      broader.push([narrow, broad])
    }
  }

  const languages = [...new Set([...skillFiles, ...occupationFiles].map((file) => file.lang))].sort()
  return {
    format: TAXONOMY_FORMAT,
    formatVersion: 1,
    importedFrom: [...new Set([...files.values()].map((file) => path.basename(file.from)))].sort(),
    importedAt: now.toISOString(),
    languages,
    concepts,
    occupationSkill,
    skillSkill,
    broader,
  }
}
