/**
 * A recruiter's own words in the taxonomy (the CMS collection `skill-terms`): a synonym for an
 * existing concept ("KCC-agent" for the KCC occupation), or a company skill of its own ("Exact
 * Online", more specific than ESCO's "use accounting systems") with a stable URI of its own.
 * Pure: the CMS reads the terms and merges them into the taxonomy it builds its engine from.
 */
import type { Concept, LanguageLabels, Taxonomy } from './taxonomy'
import { toSlug } from '../slug'
import { normalise } from './text'

export interface CompanyTerm {
  kind: 'synonym' | 'company'
  /** synonym: the concept it is a word for; company: the skill's own URI (companySkillUri). */
  uri: string
  nl?: string | null
  en?: string | null
}

const COMPANY_PREFIX = 'urn:werkvloer:skill:'

/** The stable URI of a company skill, from its label at creation ("Code 95" → urn:werkvloer:skill:code-95). */
export function companySkillUri(label: string): string {
  const slug = toSlug(label)
  return `${COMPANY_PREFIX}${slug || 'skill'}`
}

export const COMPANY_SKILL_URI = /^urn:werkvloer:skill:[a-z0-9][a-z0-9-]{0,89}$/
export const isCompanySkillUri = (uri: string): boolean => COMPANY_SKILL_URI.test(uri)

/**
 * The terms per language: one given language counts for both, since most of these words are
 * names that do not translate ("Exact Online", "code 95").
 */
function perLanguage(term: CompanyTerm): Record<'nl' | 'en', string> | null {
  const nl = term.nl?.trim() || term.en?.trim()
  const en = term.en?.trim() || term.nl?.trim()
  return nl && en ? { nl, en } : null
}

/** The taxonomy with the company's concepts added and its synonyms on the concepts they name; terms pointing nowhere are left out. */
export function withCompanyTerms(taxonomy: Taxonomy, terms: CompanyTerm[]): Taxonomy {
  if (!terms.length) return taxonomy
  const concepts = taxonomy.concepts.slice()
  const indexOf = new Map(concepts.map((concept, i) => [concept.uri, i]))
  // Company skills first, so a synonym may name one.
  for (const term of terms) {
    const words = perLanguage(term)
    if (term.kind !== 'company' || !words || indexOf.has(term.uri) || !isCompanySkillUri(term.uri)) continue
    const labels = (preferred: string): LanguageLabels => ({ preferred, alt: [], hidden: [], source: 'company' })
    indexOf.set(term.uri, concepts.length)
    concepts.push({ uri: term.uri, kind: 'skill', labels: { nl: labels(words.nl), en: labels(words.en) } })
  }
  for (const term of terms) {
    const words = perLanguage(term)
    const index = indexOf.get(term.uri)
    if (term.kind !== 'synonym' || !words || index === undefined) continue
    const concept = concepts[index]!
    const labels: Concept['labels'] = { ...concept.labels }
    for (const lang of ['nl', 'en'] as const) {
      const current = labels[lang]
      labels[lang] = current
        ? { ...current, company: [...(current.company ?? []), words[lang]] }
        : // A concept without labels in this language (an import without that language) gets the term as its name.
          { preferred: words[lang], alt: [], hidden: [], source: 'company' }
    }
    concepts[index] = { ...concept, labels }
  }
  return { ...taxonomy, concepts }
}

/** Concepts whose preferred or alternative label (any language) is this name, for picking a concept by name instead of by URI. */
export function conceptsNamed(taxonomy: Taxonomy, name: string): Concept[] {
  const wanted = normalise(name).trim()
  if (!wanted) return []
  return taxonomy.concepts.filter((concept) =>
    Object.values(concept.labels).some((labels) => [labels.preferred, ...labels.alt].some((label) => normalise(label).trim() === wanted)),
  )
}
