/**
 * `node --import tsx cms/match/subsetRelations.ts <ESCO CSV download (zips or folder)>`
 * Copies ESCO's relations between the concepts of the shipped subset (common/match/nl-subset.json)
 * into that file: for a skill, its related skills (skill–skill and broader/narrower); for an
 * occupation, its essential skills and ISCO group. Then the product ranks with "via a related ESCO
 * skill" and title closeness even before anyone imports ESCO. Run again after changing the subset.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { DutchSubset } from '../../common/match/taxonomy'
import { importEsco } from './escoImport'

const sources = process.argv.slice(2)
if (!sources.length) {
  console.error('Gebruik / usage: node --import tsx cms/match/subsetRelations.ts <ESCO-download / ESCO download>')
  process.exit(2)
}
const file = path.resolve(import.meta.dirname, '..', '..', 'common', 'match', 'nl-subset.json')
const subset = JSON.parse(fs.readFileSync(file, 'utf8')) as DutchSubset
const taxonomy = importEsco(sources)
const inSubset = new Set(subset.concepts.map((c) => c.uri))
const uriAt = (i: number) => taxonomy.concepts[i]!.uri
const related = new Map<string, Set<string>>()
const add = (a: string, b: string) => {
  if (a === b || !inSubset.has(a) || !inSubset.has(b)) return
  let set = related.get(a)
  if (!set) related.set(a, (set = new Set()))
  set.add(b)
}
for (const [a, b] of taxonomy.skillSkill) (add(uriAt(a), uriAt(b)), add(uriAt(b), uriAt(a)))
for (const [a, b] of taxonomy.broader) {
  if (taxonomy.concepts[a]!.kind !== 'skill' || taxonomy.concepts[b]!.kind !== 'skill') continue
  add(uriAt(a), uriAt(b))
  add(uriAt(b), uriAt(a))
}
for (const [occupation, skill, essential] of taxonomy.occupationSkill) if (essential) add(uriAt(occupation), uriAt(skill))
const isco = new Map(taxonomy.concepts.filter((c) => c.iscoGroup).map((c) => [c.uri, c.iscoGroup!]))
for (const entry of subset.concepts) {
  const list = [...(related.get(entry.uri) ?? [])].sort()
  if (list.length) entry.related = list
  else delete entry.related
  const group = isco.get(entry.uri)
  if (entry.kind === 'occupation' && group) entry.iscoGroup = group
}
fs.writeFileSync(file, `${JSON.stringify(subset, null, 1)}\n`)
console.log(`${file}: ${[...related.values()].reduce((n, s) => n + s.size, 0)} relations between ${related.size} concepts`)
