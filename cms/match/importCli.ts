/** `npm run esco:import -- <zip or folder> …`: the ESCO CSV download → DATA_DIR/esco/taxonomy.json */
import path from 'node:path'
import { importEsco } from './escoImport'
import { saveTaxonomy } from './taxonomyStore'

const dataDir = path.resolve(process.env.WERKVLOER_ROOT ?? process.cwd(), process.env.DATA_DIR ?? 'data')

try {
  const taxonomy = importEsco(process.argv.slice(2))
  const file = saveTaxonomy(dataDir, taxonomy)
  const skills = taxonomy.concepts.filter((concept) => concept.kind === 'skill').length
  const occupations = taxonomy.concepts.length - skills
  console.log(
    `ESCO: ${skills} skills, ${occupations} occupations, ${taxonomy.occupationSkill.length} occupation–skill relations, ` +
      `languages ${taxonomy.languages.join(', ')} → ${file}`,
  )
} catch (error) {
  // Recognised by its explicit code, never by class: the rule for every error in this project.
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('esco-import/') && error instanceof Error) {
    console.error(error.message)
    process.exit(2)
  }
  throw error
}
