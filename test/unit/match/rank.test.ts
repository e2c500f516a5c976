/**
 * Profiles and ranking on small fictional texts, with the shipped subset as the taxonomy (what a
 * fresh install without an ESCO import matches against).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { dutchSubset } from '../../../common/match/dutchSubset'
import { MatchEngine } from '../../../common/match/engine'
import { buildProfile, detectHours, detectLanguages, detectLicences } from '../../../common/match/profile'
import { queryFromText, type MatchQuery } from '../../../common/match/rank'
import { subsetTaxonomy } from '../../../common/match/taxonomy'

const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`
const QUESTIONS = skill('cace7a77-38b7-4cdf-8171-e17692bef5f6') // vragen van klanten beantwoorden
const COMPLAINTS = skill('28d715e3-3e5b-4fb6-8dd2-4be4919c8587') // klachten van klanten afhandelen
const CRM = skill('9889b795-d755-41b2-8afd-2e3c87a65a38') // CRM-software gebruiken
const COMMUNICATE = skill('0da516ee-e70e-4384-be13-f5ff80be8127') // communiceren met klanten

const VACANCY = {
  id: 'v-kcc',
  lang: 'nl' as const,
  title: 'Klantenservicemedewerker',
  text: 'Als klantenservicemedewerker in Utrecht beantwoord je vragen van klanten, handel je klachten af en werk je in ons CRM-systeem. 32-36 uur per week.',
}

let engine: MatchEngine
let query: MatchQuery
beforeAll(() => {
  engine = new MatchEngine(subsetTaxonomy(dutchSubset))
  // Skills fit, title does not: a cashier who does exactly the work.
  engine.addProfile({ id: 'kassa', kind: 'cv', city: 'Utrecht', text: 'Kassamedewerker bij een supermarkt. Ik beantwoord vragen van klanten, handel klachten af en werk met CRM-software. 32 uur per week.' })
  // Keyword-only: the title and nothing else.
  engine.addProfile({ id: 'titel', kind: 'cv', city: 'Utrecht', text: 'Klantenservicemedewerker.' })
  // Only a related ESCO skill (communicating with customers is related to answering their questions).
  engine.addProfile({ id: 'verwant', kind: 'lead', city: 'Amersfoort', text: 'Ik vind communiceren met klanten leuk.' })
  // Far away, otherwise a full match.
  engine.addProfile({ id: 'ver', kind: 'cv', city: 'Groningen', text: 'Ik beantwoord vragen van klanten, handel klachten af en werk met CRM-software.' })
  // Unrelated.
  engine.addProfile({ id: 'magazijn', kind: 'lead', city: 'Tilburg', text: 'Ik rijd heftruck in het magazijn. Rijbewijs C en code 95.' })
  query = queryFromText(engine.matcher, VACANCY)
})

const ids = (q: MatchQuery) => engine.index.rank(q).results.map((r) => r.id)

describe('ranking the talent base for a vacancy', () => {
  it('reads the vacancy: its skills as must-haves, its title as an occupation, its town and hours', () => {
    expect(query.skills.map((s) => s.uri)).toEqual(expect.arrayContaining([QUESTIONS, COMPLAINTS, CRM]))
    expect(query.skills.every((s) => s.level === 'must')).toBe(true)
    expect(query.occupations).toHaveLength(1)
    expect(query).toMatchObject({ city: 'Utrecht', hours: { min: 32, max: 36 } })
  })

  it('ranks a candidate whose title does not fit but whose skills do above a keyword-only match, and says why', () => {
    const { results } = engine.index.rank(query)
    const order = results.map((r) => r.id)
    expect(order.indexOf('kassa')).toBeLessThan(order.indexOf('titel'))
    expect(order[0]).toBe('kassa')
    const kassa = results[0]!
    expect(kassa.why.reasons).toEqual(['skills-not-title'])
    expect(kassa.why.title.score).toBe(0)
    expect(kassa.why.skills.missing).toEqual([])
    expect(kassa.why.skills.matched.map((m) => m.uri)).toEqual(expect.arrayContaining([QUESTIONS, COMPLAINTS, CRM]))
    const titel = results.find((r) => r.id === 'titel')!
    expect(titel.why.reasons).toEqual(['title-not-skills'])
    expect(titel.why.title).toMatchObject({ score: 1, candidate: 'klantenservicemedewerker' })
    expect(titel.why.skills.matched).toEqual([])
    expect(order).not.toContain('magazijn')
  })

  it('explains how each skill matched: exact label, synonym, or a related ESCO skill', () => {
    const { results } = engine.index.rank(query)
    const kassa = results.find((r) => r.id === 'kassa')!
    const how = Object.fromEntries(kassa.why.skills.matched.map((m) => [m.uri, m.how]))
    expect(how[COMPLAINTS]).toBe('exact') // "handel klachten af": the preferred label's words
    expect(how[QUESTIONS]).toBe('synonym') // "vragen van klanten": an alternative label
    const verwant = results.find((r) => r.id === 'verwant')!
    expect(verwant.why.skills.matched).toEqual([expect.objectContaining({ uri: QUESTIONS, how: 'related', via: expect.objectContaining({ uri: COMMUNICATE }) })])
    expect(verwant.why.skills.missing.map((m) => m.uri)).toEqual(expect.arrayContaining([COMPLAINTS, CRM]))
    // Half credit for a related skill: below a candidate with the skill itself.
    expect(verwant.score).toBeLessThan(kassa.score)
  })

  it('scores location apart: the same skills far away rank below, and a distance limit leaves them out', () => {
    const { results, total } = engine.index.rank(query)
    const kassa = results.find((r) => r.id === 'kassa')!
    const ver = results.find((r) => r.id === 'ver')!
    expect(ver.why.skills.score).toBeGreaterThan(0.8)
    expect(ver.why.location).toMatchObject({ city: 'Groningen' })
    expect(ver.why.location.distanceKm).toBeGreaterThan(150)
    expect(ver.score).toBeLessThan(kassa.score)
    const near = engine.index.rank({ ...query, maxDistanceKm: 30 })
    expect(near.total).toBe(total - 1)
    expect(near.results.map((r) => r.id)).not.toContain('ver')
  })

  it('re-ranks on tweaks without reading any text again: drop a skill, must → nice, language', () => {
    const before = engine.index.rank(query)
    // Drop the two skills the related-only candidate lacks: now they fit fully on what is left.
    const onlyQuestions = { ...query, skills: query.skills.filter((s) => s.uri === QUESTIONS) }
    const after = engine.index.rank(onlyQuestions)
    expect(after.results.find((r) => r.id === 'verwant')!.why.skills.missing).toEqual([])
    // Dropping every skill but one leaves fewer candidates who match at all? Not here; but dropping all of them does.
    const none = engine.index.rank({ ...query, skills: [] })
    expect(none.total).toBeLessThan(before.total)
    expect(none.results.map((r) => r.id)).toEqual(['titel'])
    // Must → nice: a missing nice-to-have costs less than a missing must-have.
    const verwantMust = before.results.find((r) => r.id === 'verwant')!.score
    const nice = engine.index.rank({ ...query, skills: query.skills.map((s) => (s.uri === QUESTIONS ? s : { ...s, level: 'nice' as const })) })
    expect(nice.results.find((r) => r.id === 'verwant')!.score).toBeGreaterThan(verwantMust)
    // Requiring English leaves only people who wrote in or mention English.
    expect(engine.index.rank({ ...query, languages: ['en'] }).total).toBe(0)
  })

  it('shows an applicant without talent-pool consent only for their own vacancy and only until their retention date', () => {
    const local = new MatchEngine(engine.taxonomy)
    const text = 'Ik beantwoord vragen van klanten en handel klachten af.'
    local.addProfile({ id: 'eigen', kind: 'cv', text, scope: { vacancyIds: ['v-kcc'], until: '2030-01-01T00:00:00.000Z' } })
    local.addProfile({ id: 'pool', kind: 'cv', text, scope: { until: '2030-01-01T00:00:00.000Z' } })
    const now = new Date('2029-06-01T00:00:00.000Z')
    expect(local.index.rank(query, { now }).results.map((r) => r.id).sort()).toEqual(['eigen', 'pool'])
    expect(local.index.rank({ ...query, vacancyId: 'other' }, { now }).results.map((r) => r.id)).toEqual(['pool'])
    expect(local.index.rank(query, { now: new Date('2030-01-02T00:00:00.000Z') }).total).toBe(0)
    // Deleted with the person: gone from the next ranking at once.
    local.index.remove('pool')
    expect(local.index.rank({ ...query, vacancyId: 'other' }, { now }).total).toBe(0)
  })

  it('with a score floor, lists everyone above it in the same order and no one below it', () => {
    const all = engine.index.rank(query, { limit: 100 }).results
    const floor = (all[0]!.score + all[all.length - 1]!.score) / 2
    const above = engine.index.rank(query, { limit: 100, minScore: floor }).results
    expect(above.length).toBeGreaterThan(0)
    expect(above.length).toBeLessThan(all.length)
    expect(above.map((r) => r.id)).toEqual(all.filter((r) => r.score >= floor).map((r) => r.id))
  })

  it('prefers candidates with overlapping hours and can require them', () => {
    expect(ids({ ...query, requireHours: true })).toContain('kassa')
    expect(ids({ ...query, hours: { min: 38, max: 40 }, requireHours: true })).not.toContain('kassa')
  })
})

describe('profile facts', () => {
  it('reads hours, driving licences and languages from Dutch and English text', () => {
    expect(detectHours('Beschikbaar 24-32 uur')).toEqual({ min: 24, max: 32 })
    expect(detectHours('I work 20 hours per week')).toEqual({ min: 20, max: 20 })
    expect(detectHours('Fulltime')).toEqual({ min: 36, max: 40 })
    expect(detectHours('Geen idee')).toBeUndefined()
    expect(detectLicences('Rijbewijs B en C, code 95')).toEqual(['B', 'C', 'code95'])
    expect(detectLicences('Driving licence CE')).toEqual(['CE'])
    expect(detectLanguages('Talen: Nederlands, Engels en Duits', 'nl')).toEqual(['de', 'en', 'nl'])
  })

  it('keeps only what the text says as skills, each with its evidence, and the town', () => {
    const profile = buildProfile(engine.matcher, { id: 'p', kind: 'lead', text: 'Woonplaats: Breda. Ik heb rijbewijs C en rijd heftruck.' })
    expect(profile.city).toBe('Breda')
    expect(profile.licences).toEqual(['C'])
    expect(profile.skills.length).toBeGreaterThan(0)
    for (const s of profile.skills) expect(['phrase', 'words']).toContain(s.evidence.via)
  })
})
