/**
 * A tweak reuses the match before it (common/match/scoreCache.ts): it must rank exactly as the
 * same query on an index that never searched, also after profiles came and went in between.
 * Generated profiles over the shipped subset, several hundred so ties and filters occur.
 */
import { describe, expect, it } from 'vitest'

import { dutchSubset } from '../../../common/match/dutchSubset'
import { SkillGraph } from '../../../common/match/graph'
import type { CandidateProfile } from '../../../common/match/profile'
import { TalentIndex, type MatchQuery } from '../../../common/match/rank'
import { subsetTaxonomy } from '../../../common/match/taxonomy'

const taxonomy = subsetTaxonomy(dutchSubset)
const graph = new SkillGraph(taxonomy)
const skills = taxonomy.concepts.filter((c) => c.kind === 'skill')
const occupations = taxonomy.concepts.filter((c) => c.kind === 'occupation')
const towns = ['Rotterdam', 'Utrecht', 'Groningen', 'Breda', 'Schiedam', 'Zwolle']

let seed = 7
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!

function profile(n: number): CandidateProfile {
  const own = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(skills))
  const occupation = pick(occupations)
  const min = pick([16, 24, 32])
  return {
    id: `p${n}`,
    kind: 'cv',
    lang: 'nl',
    city: pick(towns),
    hours: { min, max: min + 8 },
    languages: random() < 0.5 ? ['en', 'nl'] : ['nl'],
    licences: [],
    skills: own.map((c) => ({ uri: c.uri, label: c.labels.nl!.preferred, strength: Math.round(random() * 10) / 10, evidence: { text: 'x', label: 'x', via: 'phrase' as const } })),
    occupations: random() < 0.7 ? [{ uri: occupation.uri, label: 'x', strength: 0.8, evidence: { text: 'x', label: 'x', via: 'phrase' as const } }] : [],
  }
}

const answer = (index: TalentIndex, query: MatchQuery) => {
  const { total, results } = index.rank(query, { limit: 30, now: new Date('2026-12-01T12:00:00Z') })
  return { total, results: results.map((r) => ({ id: r.id, score: r.score, why: r.why })) }
}

function fresh(profiles: Map<string, CandidateProfile>, query: MatchQuery) {
  const index = new TalentIndex(graph)
  for (const p of profiles.values()) index.upsert(p)
  return answer(index, query)
}

describe('tweaks reuse the match before them', () => {
  it('rank exactly as a search from scratch, through drops, level changes, filters and profile changes', () => {
    const profiles = new Map(Array.from({ length: 600 }, (_, i) => profile(i)).map((p) => [p.id, p]))
    const index = new TalentIndex(graph)
    for (const p of profiles.values()) index.upsert(p)
    const wanted = skills.slice(0, 40).filter((_, i) => i % 5 === 0)
    const match: MatchQuery = {
      vacancyId: 'v1',
      lang: 'nl',
      skills: wanted.map((c, i) => ({ uri: c.uri, label: c.labels.nl!.preferred, level: i < 3 ? 'must' : 'nice' })),
      occupations: [occupations[0]!.uri],
      city: 'Rotterdam',
      hours: { min: 32, max: 40 },
    }
    const steps: { query: MatchQuery; change?: () => void }[] = [
      { query: match },
      { query: { ...match, skills: match.skills.slice(1) } },
      { query: { ...match, skills: match.skills.map((s, i) => (i === 1 ? { ...s, level: 'nice' as const } : s)) } },
      { query: { ...match, maxDistanceKm: 30 } },
      { query: { ...match, hours: { min: 16, max: 24 }, requireHours: true } },
      { query: { ...match, languages: ['en'] } },
      // A new profile with the vacancy's first skill, and one that goes.
      { query: match, change: () => { const p = { ...profile(9999), id: 'new', skills: [{ uri: wanted[0]!.uri, label: 'x', strength: 1, evidence: { text: 'x', label: 'x', via: 'phrase' as const } }] }; profiles.set('new', p); index.upsert(p) } },
      { query: { ...match, skills: match.skills.slice(2) }, change: () => { profiles.delete('p1'); index.remove('p1') } },
      { query: { ...match, city: 'Groningen', skills: [...match.skills, { uri: skills[41]!.uri, label: 'x', level: 'must' }] } },
      { query: { ...match, skills: [] } },
      { query: match },
    ]
    const seen = new Set<number>()
    for (const [i, step] of steps.entries()) {
      step.change?.()
      const reused = answer(index, step.query)
      expect(reused, `step ${i}`).toEqual(fresh(profiles, step.query))
      seen.add(reused.total)
    }
    // The steps really change what is found (a test of identical answers only would prove nothing).
    expect(seen.size).toBeGreaterThan(4)
    const everyone = index.rank(match, { limit: 1000, now: new Date('2026-12-01T12:00:00Z') }).results.map((r) => r.id)
    expect(everyone).toContain('new')
    expect(everyone).not.toContain('p1')
  })
})
