/** Where the imported taxonomy lives under DATA_DIR, and the shipped Dutch subset. */
import fs from 'node:fs'
import path from 'node:path'
import { dutchSubset } from '../../common/match/dutchSubset'
import type { DutchSubset, Taxonomy } from '../../common/match/taxonomy'
import { subsetTaxonomy, TAXONOMY_FORMAT, withDutchSubset } from '../../common/match/taxonomy'

export function taxonomyFile(dataDir: string): string {
  return path.join(dataDir, 'esco', 'taxonomy.json')
}

/** Written next to the target and renamed: a failed or interrupted import leaves the old file whole. */
export function saveTaxonomy(dataDir: string, taxonomy: Taxonomy): string {
  const target = taxonomyFile(dataDir)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.tmp`
  try {
    fs.writeFileSync(temporary, JSON.stringify(taxonomy))
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
  return target
}

export class TaxonomyMissingError extends Error {
  readonly code = 'taxonomy-missing'
}

export function loadTaxonomy(dataDir: string): Taxonomy {
  const file = taxonomyFile(dataDir)
  if (!fs.existsSync(file)) {
    throw new TaxonomyMissingError(
      `Geen ESCO-taxonomie in ${file}: voer eerst npm run esco:import -- <ESCO CSV-download> uit / ` +
        `No ESCO taxonomy at ${file}: run npm run esco:import -- <ESCO CSV download> first`,
    )
  }
  const taxonomy = JSON.parse(fs.readFileSync(file, 'utf8')) as Taxonomy
  if (taxonomy.format !== TAXONOMY_FORMAT || taxonomy.formatVersion !== 1) {
    throw new TaxonomyMissingError(
      `${file} is geen taxonomie van deze versie: voer npm run esco:import opnieuw uit / ` +
        `${file} is not a taxonomy of this version: run npm run esco:import again`,
    )
  }
  return taxonomy
}

export function loadDutchSubset(): DutchSubset {
  return dutchSubset
}

/** The imported taxonomy plus the product's Dutch labels: what the CLI and the CMS match against. */
export function loadMatchTaxonomy(dataDir: string): Taxonomy {
  return withDutchSubset(loadTaxonomy(dataDir), loadDutchSubset())
}

/**
 * What the product matches against: the imported taxonomy with the product's Dutch labels when an
 * import exists, otherwise the shipped subset alone (about 95 concepts, enough for the demo's job
 * families). Works without an import, better with one.
 */
export function loadTaxonomyOrSubset(dataDir: string): { taxonomy: Taxonomy; source: 'esco' | 'subset' } {
  if (fs.existsSync(taxonomyFile(dataDir))) return { taxonomy: loadMatchTaxonomy(dataDir), source: 'esco' }
  return { taxonomy: subsetTaxonomy(loadDutchSubset()), source: 'subset' }
}
