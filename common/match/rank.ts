/**
 * Ranking the talent base for a vacancy, skills first, each result explaining itself.
 *
 * A vacancy becomes a query: its confirmed skills (must-have or nice-to-have), its occupation
 * (title), town, hours, languages. Per candidate:
 * - skills fit: each vacancy skill the profile has counts fully when the same ESCO concept was
 *   found (exact label or synonym), half when the profile has an ESCO-related skill instead;
 *   must-haves weigh twice as much as nice-to-haves;
 * - title fit, scored apart: the same occupation, or a close one (broader/narrower, same ISCO
 *   group) — so "the title doesn't fit, the skills do" is its own visible reason;
 * - location and hours fit.
 * Tweaks (drop/add a skill, must↔nice, distance, hours, language) are just a new query over the
 * same in-memory profiles: no text is read again, and the skills sums of the vacancy's previous
 * search are kept, so only the changed skills are added or subtracted (scoreCache.ts).
 */
import { isCompanySkillUri } from './companyTerms'
import type { SkillGraph } from './graph'
import type { SkillMatcher } from './extract'
import { distanceKm, findPlace, placeInText } from './places'
import { CREDIT_SCALE, CreditCache, QueryBases } from './scoreCache'
import { detectHours, isDirectEvidence, type CandidateProfile, type Hours } from './profile'
import { detectLanguage, type Lang } from './text'

export type SkillLevel = 'must' | 'nice'

export interface QuerySkill {
  uri: string
  label: string
  level: SkillLevel
}

export interface MatchQuery {
  vacancyId: string
  lang: Lang
  skills: QuerySkill[]
  /** The vacancy's occupation(s), from its title. */
  occupations: string[]
  title?: string
  city?: string
  /** Only candidates at most this far away (unknown towns stay, marked as unknown). */
  maxDistanceKm?: number
  hours?: Hours
  /** Only candidates whose hours overlap the vacancy's. */
  requireHours?: boolean
  /** Only candidates who speak all of these. */
  languages?: string[]
  /** Only candidates with all of these licences. */
  licences?: string[]
}

/** company: the vacancy asks for one of the company's own skills (not ESCO) and the candidate has it. */
export type MatchHow = 'exact' | 'synonym' | 'related' | 'company'

export interface MatchedSkill {
  uri: string
  label: string
  level: SkillLevel
  how: MatchHow
  /** The words of the candidate's text that showed it. */
  evidence: string
  /** For "related": the candidate's skill that is related to the vacancy's. */
  via?: { uri: string; label: string }
}

export type Reason = 'skills-and-title' | 'skills-not-title' | 'title-not-skills' | 'partial-skills'

export interface Why {
  skills: { score: number; matched: MatchedSkill[]; missing: { uri: string; label: string; level: SkillLevel }[] }
  title: { score: number; candidate?: string; vacancy?: string }
  location: { score: number; city?: string; distanceKm?: number }
  hours: { score: number; candidate?: Hours }
  reasons: Reason[]
}

export interface MatchResult {
  id: string
  score: number
  name?: string
  kind: CandidateProfile['kind']
  why: Why
}

export interface MatchAnswer {
  /** How many candidates match at all under the current query (the number the recruiter narrows down). */
  total: number
  results: MatchResult[]
}

export const SCORE_WEIGHTS = { skills: 0.7, title: 0.15, location: 0.1, hours: 0.05 }
const LEVEL_WEIGHT: Record<SkillLevel, number> = { must: 2, nice: 1 }

interface Scored {
  slot: number
  score: number
  skills: number
  title: number
  location: number
  hours: number
  distance?: number
}

interface Slot {
  profile: CandidateProfile
  /** uri → index into profile.skills */
  skills: Map<string, number>
  occupations: Set<string>
  place: ReturnType<typeof findPlace>
}

/**
 * The talent base in memory: profiles with an inverted index from ESCO skill and occupation to the
 * profiles that have it. Upsert and remove are O(profile size), so hooks keep it current.
 */
export class TalentIndex {
  private readonly slots: (Slot | undefined)[] = []
  private readonly free: number[] = []
  private readonly byId = new Map<string, number>()
  /** ESCO uri → slot → how strongly that profile has it (skills; 1 for occupations). */
  private readonly postings = new Map<string, Map<number, number>>()
  /** Bumped by every upsert and remove: a vacancy's kept sums are for one version of the index. */
  private version = 0
  private readonly credits = new CreditCache(this.postings, (uri) => this.graph.relatedSkills(uri), () => this.slots.length)
  private readonly bases = new QueryBases()

  constructor(readonly graph: SkillGraph) {}

  /** Forgets the kept credits and sums (the benchmark measures a first search with it). */
  clearCaches(): void {
    this.bases.clear()
    this.credits.clear()
  }

  get size(): number {
    return this.byId.size
  }

  has(id: string): boolean {
    return this.byId.has(id)
  }

  get(id: string): CandidateProfile | undefined {
    const slot = this.byId.get(id)
    return slot === undefined ? undefined : this.slots[slot]?.profile
  }

  upsert(profile: CandidateProfile): void {
    this.remove(profile.id)
    const index = this.free.pop() ?? this.slots.length
    const slot: Slot = { profile, skills: new Map(), occupations: new Set(profile.occupations.map((o) => o.uri)), place: findPlace(profile.city) }
    profile.skills.forEach((skill, i) => {
      if (!slot.skills.has(skill.uri)) slot.skills.set(skill.uri, i)
    })
    this.slots[index] = slot
    this.byId.set(profile.id, index)
    this.version++
    for (const uri of slot.skills.keys()) this.credits.changed(uri)
    const post = (uri: string, strength: number) => {
      let map = this.postings.get(uri)
      if (!map) this.postings.set(uri, (map = new Map()))
      map.set(index, strength)
    }
    for (const [uri, i] of slot.skills) post(uri, profile.skills[i]!.strength)
    for (const uri of slot.occupations) post(uri, 1)
  }

  remove(id: string): boolean {
    const index = this.byId.get(id)
    if (index === undefined) return false
    const slot = this.slots[index]!
    for (const uri of [...slot.skills.keys(), ...slot.occupations]) {
      const map = this.postings.get(uri)
      map?.delete(index)
      if (map && map.size === 0) this.postings.delete(uri)
    }
    this.slots[index] = undefined
    this.free.push(index)
    this.version++
    for (const uri of slot.skills.keys()) this.credits.changed(uri)
    this.byId.delete(id)
    return true
  }

  /** Every id in the index (for reconciling with the database). */
  ids(): string[] {
    return [...this.byId.keys()]
  }

  /**
   * The best `limit` profiles for the query, explained. `minScore` leaves out weaker ones before
   * they are explained or kept (job alerts want everyone above a floor, not a top N).
   */
  rank(query: MatchQuery, options: { limit?: number; now?: Date; minScore?: number } = {}): MatchAnswer {
    const limit = options.limit ?? 50
    const floor = options.minScore ?? -Infinity
    const now = (options.now ?? new Date()).toISOString()
    const skills = dedupe(query.skills)
    const totalWeight = skills.reduce((sum, s) => sum + LEVEL_WEIGHT[s.level], 0)
    const relatedOf = skills.map((s) => [...this.graph.relatedSkills(s.uri)])
    // Skills fit, driven by the postings (the cost follows the matches, not the base size), kept
    // per vacancy so a tweak adds or subtracts only the skills that changed (scoreCache.ts).
    const base = this.bases.get(query.vacancyId, this.version, query.occupations, this.slots.length, (fresh) => {
      for (const occupation of query.occupations) for (const slot of this.postings.get(occupation)?.keys() ?? []) fresh.touch(slot)
    })
    base.update(new Map(skills.map((s) => [s.uri, LEVEL_WEIGHT[s.level]])), this.credits)
    const place = findPlace(query.city)
    base.useCity(place?.name)
    const wanted = query.languages?.length ? query.languages : undefined
    const licences = query.licences?.length ? query.licences : undefined
    // The best `limit` so far, best first: most profiles are turned away by one comparison with
    // the last, so no list of thousands is built and sorted.
    const top: Scored[] = []
    let total = 0
    const touched = base.touched
    let kept = 0
    for (let k = 0; k < touched.length; k++) {
      const index = touched[k]!
      const slot = this.slots[index]!
      const hits = base.hits[index]!
      // Reached only by a skill an earlier search of this vacancy had: out of the list for good.
      if (hits === 0 && !query.occupations.some((o) => slot.occupations.has(o))) {
        base.forget(index)
        continue
      }
      touched[kept++] = index
      const profile = slot.profile
      if (!visible(profile, query.vacancyId, now)) continue
      if (wanted && !wanted.every((l) => profile.languages.includes(l))) continue
      if (licences && !licences.every((l) => profile.licences.includes(l))) continue
      const hoursFit = hoursScore(query.hours, profile.hours)
      if (query.requireHours && query.hours && profile.hours && hoursFit < 1) continue
      let known = base.distance[index]!
      if (Number.isNaN(known)) known = base.distance[index] = place && slot.place ? distanceKm(place, slot.place) : -1
      const distance = known < 0 ? undefined : known
      if (query.maxDistanceKm !== undefined && distance !== undefined && distance > query.maxDistanceKm) continue
      const skillsFit = totalWeight > 0 && hits > 0 ? base.sum[index]! / CREDIT_SCALE / totalWeight : 0
      let titleFit = base.title[index]!
      if (Number.isNaN(titleFit)) {
        titleFit = 0
        for (const occupation of query.occupations) for (const own of slot.occupations) titleFit = Math.max(titleFit, this.graph.occupationFit(occupation, own))
        base.title[index] = titleFit
      }
      if (skillsFit === 0 && titleFit === 0) continue
      total++
      const locationFit = distance === undefined ? 0.5 : distance <= 10 ? 1 : Math.max(0, 1 - (distance - 10) / Math.max(20, query.maxDistanceKm ?? 60))
      const score =
        SCORE_WEIGHTS.skills * skillsFit + SCORE_WEIGHTS.title * titleFit + SCORE_WEIGHTS.location * locationFit + SCORE_WEIGHTS.hours * hoursFit
      if (score < floor) continue
      if (top.length >= limit && !this.before(score, skillsFit, index, top[top.length - 1]!)) continue
      const entry: Scored = { slot: index, score, skills: skillsFit, title: titleFit, location: locationFit, hours: hoursFit, ...(distance !== undefined ? { distance } : {}) }
      let at = top.length
      while (at > 0 && this.before(score, skillsFit, index, top[at - 1]!)) at--
      top.splice(at, 0, entry)
      if (top.length > limit) top.pop()
    }
    touched.length = kept
    const results = top.map((entry) => this.explain(query, skills, relatedOf, entry))
    return { total, results }
  }

  /** The ranking order: score, then skills fit, then id (so equal scores always come in the same order). */
  private before(score: number, skills: number, slot: number, other: Scored): boolean {
    if (score !== other.score) return score > other.score
    if (skills !== other.skills) return skills > other.skills
    return this.slots[slot]!.profile.id < this.slots[other.slot]!.profile.id
  }

  private explain(
    query: MatchQuery,
    skills: QuerySkill[],
    relatedOf: string[][],
    entry: Scored,
  ): MatchResult {
    const slot = this.slots[entry.slot]!
    const profile = slot.profile
    const matched: MatchedSkill[] = []
    const missing: Why['skills']['missing'] = []
    skills.forEach((s, i) => {
      const own = slot.skills.get(s.uri)
      if (own !== undefined) {
        const skill = profile.skills[own]!
        const synonym = skill.evidence.labelType === 'alt' || skill.evidence.labelType === 'hidden' || skill.evidence.labelSource === 'company'
        const how: MatchHow = isCompanySkillUri(s.uri) ? 'company' : synonym ? 'synonym' : 'exact'
        matched.push({ uri: s.uri, label: s.label, level: s.level, how, evidence: skill.evidence.text })
        return
      }
      let best: { uri: string; label: string; evidence: string; strength: number } | undefined
      for (const uri of relatedOf[i]!) {
        const other = slot.skills.get(uri)
        if (other === undefined) continue
        const skill = profile.skills[other]!
        if (!best || skill.strength > best.strength) best = { uri, label: this.graph.label(uri, query.lang), evidence: skill.evidence.text, strength: skill.strength }
      }
      if (best) matched.push({ uri: s.uri, label: s.label, level: s.level, how: 'related', evidence: best.evidence, via: { uri: best.uri, label: best.label } })
      else missing.push({ uri: s.uri, label: s.label, level: s.level })
    })
    const candidateTitle = profile.occupations
      .map((o) => ({ o, fit: Math.max(0, ...query.occupations.map((q) => this.graph.occupationFit(q, o.uri))) }))
      .sort((a, b) => b.fit - a.fit || b.o.strength - a.o.strength)[0]?.o
    const reasons: Reason[] = []
    if (entry.skills >= 0.5 && entry.title >= 0.6) reasons.push('skills-and-title')
    else if (entry.skills >= 0.5) reasons.push('skills-not-title')
    else if (entry.title >= 0.6) reasons.push('title-not-skills')
    else reasons.push('partial-skills')
    const round = (x: number) => Math.round(x * 1000) / 1000
    return {
      id: profile.id,
      score: round(entry.score),
      kind: profile.kind,
      ...(profile.name ? { name: profile.name } : {}),
      why: {
        skills: { score: round(entry.skills), matched, missing },
        title: {
          score: round(entry.title),
          ...(candidateTitle ? { candidate: this.graph.label(candidateTitle.uri, query.lang) } : {}),
          ...(query.occupations[0] ? { vacancy: this.graph.label(query.occupations[0], query.lang) } : {}),
        },
        location: { score: round(entry.location), ...(profile.city ? { city: profile.city } : {}), ...(entry.distance !== undefined ? { distanceKm: entry.distance } : {}) },
        hours: { score: round(entry.hours), ...(profile.hours ? { candidate: profile.hours } : {}) },
        reasons,
      },
    }
  }
}

function dedupe(skills: QuerySkill[]): QuerySkill[] {
  const seen = new Map<string, QuerySkill>()
  for (const skill of skills) {
    const current = seen.get(skill.uri)
    if (!current || (skill.level === 'must' && current.level === 'nice')) seen.set(skill.uri, skill)
  }
  return [...seen.values()]
}

/** Consent and retention: an applicant without talent-pool consent is shown only for their own vacancy. */
export function visible(profile: CandidateProfile, vacancyId: string, nowIso: string): boolean {
  const scope = profile.scope
  if (!scope) return true
  if (scope.until && scope.until <= nowIso) return false
  if (scope.vacancyIds && !scope.vacancyIds.includes(vacancyId)) return false
  return true
}

function hoursScore(wanted: Hours | undefined, offered: Hours | undefined): number {
  if (!wanted || !offered) return 0.5
  const overlap = Math.min(wanted.max, offered.max) - Math.max(wanted.min, offered.min)
  if (overlap >= 0) return 1
  return Math.max(0, 1 + overlap / 8)
}

export interface ProposedSkill {
  uri: string
  label: string
  score: number
  level: SkillLevel
  evidence: { text: string; label: string; via: string; labelSource?: string }
}

export interface VacancyProposal {
  lang: Lang
  skills: ProposedSkill[]
  occupations: { uri: string; label: string; score: number }[]
}

/** How many proposed skills start as must-haves; the rest are nice-to-haves until the recruiter decides. */
export const PROPOSED_MUST = 4
const MAX_PROPOSED = 15

/**
 * What the extraction proposes for a vacancy: skills the text names (with the words that showed
 * them), the strongest as must-haves, and the occupation of its title.
 */
export function proposeForVacancy(matcher: SkillMatcher, vacancy: { title?: string; text: string; lang?: Lang | 'auto' }): VacancyProposal {
  const full = `${vacancy.title ?? ''}\n${vacancy.text}`
  const lang = !vacancy.lang || vacancy.lang === 'auto' ? detectLanguage(full) : vacancy.lang
  const extraction = matcher.extract(full, { lang, limit: 60 })
  const skills = extraction.skills
    .filter((s) => isDirectEvidence(s))
    .slice(0, MAX_PROPOSED)
    .map((s, i) => ({ uri: s.uri, label: s.label, score: s.score, level: (i < PROPOSED_MUST ? 'must' : 'nice') as SkillLevel, evidence: s.evidence }))
  const fromTitle = vacancy.title ? matcher.extract(vacancy.title, { lang, limit: 5 }).occupations : []
  const occupations = (fromTitle.length ? fromTitle : extraction.occupations).slice(0, 3).map((o) => ({ uri: o.uri, label: o.label, score: o.score }))
  return { lang, skills, occupations }
}

/** A query from a vacancy's text, as the CLI and a fresh vacancy use it (the admin stores the recruiter's choice instead). */
export function queryFromText(
  matcher: SkillMatcher,
  vacancy: { id: string; title?: string; text: string; lang?: Lang | 'auto'; city?: string },
): MatchQuery {
  const proposal = proposeForVacancy(matcher, vacancy)
  const full = `${vacancy.title ?? ''}\n${vacancy.text}`
  const hours = detectHours(full)
  const city = findPlace(vacancy.city)?.name ?? placeInText(full)?.name
  return {
    vacancyId: vacancy.id,
    lang: proposal.lang,
    skills: proposal.skills.map(({ uri, label, level }) => ({ uri, label, level })),
    occupations: proposal.occupations.slice(0, 1).map((o) => o.uri),
    ...(vacancy.title ? { title: vacancy.title } : {}),
    ...(city ? { city } : {}),
    ...(hours ? { hours } : {}),
  }
}
