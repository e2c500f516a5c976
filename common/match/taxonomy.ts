/**
 * The taxonomy the matcher works on: ESCO concepts (skills and occupations) with their labels per
 * language and the graph between them. Pure data and helpers, no I/O: the CMS, the CLI and the
 * benchmark share it.
 *
 * Shaped so a later step can store it in Payload as it is: one `concepts` collection (uri, kind,
 * labels per language, description per language) and one `relations` collection (from-uri, to-uri,
 * type). In the file, relations point at concepts by array index instead of by URI only to keep the
 * file small (the 126,000 occupation–skill relations would otherwise take ~18 MB of repeated URIs).
 */

/** Who wrote a label: ESCO itself, the product's own translation, or a recruiter's company. */
export type LabelSource = 'esco' | 'werkvloer' | 'company'

export interface LanguageLabels {
  preferred: string
  alt: string[]
  hidden: string[]
  /** Synonyms a recruiter's company added (CMS `skill-terms`): matched like alt labels, shown as the company's. */
  company?: string[]
  description?: string
  source: LabelSource
}

export interface Concept {
  uri: string
  kind: 'skill' | 'occupation'
  /** ESCO's skillType: "skill/competence" or "knowledge" (skills only). */
  skillType?: string
  /** ESCO's reuseLevel: transversal, cross-sector, sector-specific, occupation-specific. */
  reuseLevel?: string
  /** ISCO group code (occupations only). */
  iscoGroup?: string
  /** Labels per language code ("en", "nl", …). */
  labels: Record<string, LanguageLabels>
}

/** [occupation index, skill index, 1 = essential / 0 = optional] */
export type OccupationSkill = [number, number, 0 | 1]
/** [skill index, related skill index, 1 = essential / 0 = optional] */
export type SkillSkill = [number, number, 0 | 1]
/** [narrower concept index, broader concept index] — only between concepts of the taxonomy */
export type Broader = [number, number]

export interface Taxonomy {
  format: 'werkvloer-esco-taxonomy'
  formatVersion: 1
  /** What was imported (file names) and when; for the admin and for support questions. */
  importedFrom: string[]
  importedAt: string
  languages: string[]
  concepts: Concept[]
  occupationSkill: OccupationSkill[]
  skillSkill: SkillSkill[]
  broader: Broader[]
}

export const TAXONOMY_FORMAT = 'werkvloer-esco-taxonomy'

/** The shipped Dutch subset: labels the product wrote itself, keyed by ESCO URI. */
export interface SubsetEntry {
  uri: string
  kind: 'skill' | 'occupation'
  /** The English preferred label of ESCO v1.1.1, kept to check the URI still means what we think. */
  en: string
  nl: { preferred: string; alt: string[] }
  /** ESCO relations to other concepts of the subset, copied from the download (see cms/match/subsetRelations.ts):
   * for a skill, related skills (skill–skill and broader/narrower); for an occupation, its essential skills. */
  related?: string[]
  /** Occupations only: the ISCO unit group, from the download. */
  iscoGroup?: string
}

export interface DutchSubset {
  source: 'werkvloer'
  note: string
  concepts: SubsetEntry[]
}

/**
 * Adds the product's Dutch labels to a taxonomy. An official Dutch label (source "esco", from an
 * imported Dutch download) wins: the product's own translation is only the fallback. Subset concepts
 * missing from the taxonomy (e.g. an older ESCO version) are skipped, never invented.
 */
export function withDutchSubset(taxonomy: Taxonomy, subset: DutchSubset): Taxonomy {
  const byUri = new Map(taxonomy.concepts.map((concept, index) => [concept.uri, index]))
  const concepts = taxonomy.concepts.slice()
  for (const entry of subset.concepts) {
    const index = byUri.get(entry.uri)
    if (index === undefined) continue
    const concept = concepts[index]!
    if (concept.labels.nl?.source === 'esco') continue
    concepts[index] = {
      ...concept,
      labels: {
        ...concept.labels,
        nl: { preferred: entry.nl.preferred, alt: entry.nl.alt, hidden: [], source: 'werkvloer' },
      },
    }
  }
  const languages = taxonomy.languages.includes('nl') ? taxonomy.languages : [...taxonomy.languages, 'nl']
  return { ...taxonomy, concepts, languages }
}

/**
 * A taxonomy made of the shipped subset alone: what the product matches against before anyone has
 * imported ESCO (the demo, a fresh install). English labels are ESCO's preferred labels, Dutch ones
 * the product's own; the relations are ESCO's, between subset concepts only.
 */
export function subsetTaxonomy(subset: DutchSubset): Taxonomy {
  const concepts: Concept[] = subset.concepts.map((entry) => ({
    uri: entry.uri,
    kind: entry.kind,
    ...(entry.iscoGroup ? { iscoGroup: entry.iscoGroup } : {}),
    labels: {
      en: { preferred: entry.en, alt: [], hidden: [], source: 'esco' },
      nl: { preferred: entry.nl.preferred, alt: entry.nl.alt, hidden: [], source: 'werkvloer' },
    },
  }))
  const index = new Map(concepts.map((concept, i) => [concept.uri, i]))
  const occupationSkill: OccupationSkill[] = []
  const skillSkill: SkillSkill[] = []
  subset.concepts.forEach((entry, i) => {
    for (const uri of entry.related ?? []) {
      const j = index.get(uri)
      if (j === undefined) continue
      if (entry.kind === 'occupation' && concepts[j]!.kind === 'skill') occupationSkill.push([i, j, 1])
      else if (entry.kind === 'skill' && concepts[j]!.kind === 'skill') skillSkill.push([i, j, 0])
    }
  })
  return {
    format: TAXONOMY_FORMAT,
    formatVersion: 1,
    importedFrom: ['common/match/nl-subset.json'],
    importedAt: '1970-01-01T00:00:00.000Z',
    languages: ['en', 'nl'],
    concepts,
    occupationSkill,
    skillSkill,
    broader: [],
  }
}
