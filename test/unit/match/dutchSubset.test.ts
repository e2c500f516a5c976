import { describe, expect, it } from 'vitest'
import type { DutchSubset, Taxonomy } from '../../../common/match/taxonomy'
import { withDutchSubset } from '../../../common/match/taxonomy'

const taxonomy = (nl?: boolean): Taxonomy => ({
  format: 'werkvloer-esco-taxonomy',
  formatVersion: 1,
  importedFrom: [],
  importedAt: '2026-01-01T00:00:00.000Z',
  languages: nl ? ['en', 'nl'] : ['en'],
  concepts: [
    {
      uri: 'http://s/1',
      kind: 'skill',
      labels: {
        en: { preferred: 'customer service', alt: [], hidden: [], source: 'esco' },
        ...(nl ? { nl: { preferred: 'klantenservice (officieel)', alt: ['officieel synoniem'], hidden: [], source: 'esco' as const } } : {}),
      },
    },
  ],
  occupationSkill: [],
  skillSkill: [],
  broader: [],
})

const subset: DutchSubset = {
  source: 'werkvloer',
  note: 'test',
  concepts: [
    { uri: 'http://s/1', kind: 'skill', en: 'customer service', nl: { preferred: 'klantenservice', alt: ['klantgericht werken'] } },
    { uri: 'http://s/not-in-taxonomy', kind: 'skill', en: 'x', nl: { preferred: 'verzonnen', alt: [] } },
  ],
}

describe('the shipped Dutch subset', () => {
  it('adds the product’s own Dutch labels, marked as such, when ESCO has none', () => {
    const merged = withDutchSubset(taxonomy(false), subset)
    expect(merged.concepts[0]!.labels.nl).toEqual({ preferred: 'klantenservice', alt: ['klantgericht werken'], hidden: [], source: 'werkvloer' })
    expect(merged.languages).toEqual(['en', 'nl'])
    // Never invents concepts the taxonomy does not have.
    expect(merged.concepts).toHaveLength(1)
  })

  it('gives way to official Dutch labels from an imported Dutch download', () => {
    const merged = withDutchSubset(taxonomy(true), subset)
    expect(merged.concepts[0]!.labels.nl).toMatchObject({ preferred: 'klantenservice (officieel)', source: 'esco' })
  })
})
