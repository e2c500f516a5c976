/** The company's own words merged into the taxonomy (common/match/companyTerms.ts), on the shipped subset. */
import { describe, expect, it } from 'vitest'

import { companySkillUri, conceptsNamed, withCompanyTerms } from '../../../common/match/companyTerms'
import { dutchSubset } from '../../../common/match/dutchSubset'
import { MatchEngine } from '../../../common/match/engine'
import { subsetTaxonomy } from '../../../common/match/taxonomy'

const taxonomy = subsetTaxonomy(dutchSubset)
const PROSPECT = 'http://data.europa.eu/esco/skill/6d97bf55-6fb6-4795-8282-3ef915ae0bb8'

describe('company terms', () => {
  it('give a company skill a readable, stable address from its name', () => {
    expect(companySkillUri('Code 95 (vakbekwaamheid)')).toBe('urn:werkvloer:skill:code-95-vakbekwaamheid')
    expect(companySkillUri('Één systeem')).toBe('urn:werkvloer:skill:een-systeem')
    expect(companySkillUri('!!!')).toBe('urn:werkvloer:skill:skill')
  })

  it('find a concept by its exact name in either language', () => {
    expect(conceptsNamed(taxonomy, 'Nieuwe klanten werven').map((c) => c.uri)).toEqual([PROSPECT])
    expect(conceptsNamed(taxonomy, 'prospect new customers').map((c) => c.uri)).toEqual([PROSPECT])
    expect(conceptsNamed(taxonomy, 'iets anders')).toEqual([])
  })

  it('are found in texts of both languages when given in one, and leave out terms that point nowhere', () => {
    const merged = withCompanyTerms(taxonomy, [
      { kind: 'company', uri: companySkillUri('Ortec routeplanner'), nl: 'Ortec routeplanner' },
      { kind: 'synonym', uri: PROSPECT, nl: 'klantenjacht', en: 'customer hunting' },
      { kind: 'synonym', uri: 'http://data.europa.eu/esco/skill/gone', nl: 'verdwenen' },
    ])
    expect(merged.concepts).toHaveLength(taxonomy.concepts.length + 1)
    expect(taxonomy.concepts.find((c) => c.uri === PROSPECT)!.labels.nl!.company).toBeUndefined()
    const engine = new MatchEngine(merged)
    const english = engine.matcher.extract('Every morning I plan my visits in the Ortec routeplanner and go customer hunting.', { lang: 'en' })
    expect(english.skills.find((s) => s.uri === 'urn:werkvloer:skill:ortec-routeplanner')?.evidence).toMatchObject({ via: 'phrase', labelSource: 'company' })
    expect(english.skills.find((s) => s.uri === PROSPECT)?.evidence).toMatchObject({ text: 'customer hunting', labelSource: 'company', labelType: 'alt' })
    expect(engine.matcher.extract('Verdwenen.', { lang: 'nl' }).skills.every((s) => s.evidence.labelSource !== 'company')).toBe(true)
  })
})
