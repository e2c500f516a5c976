/**
 * A candidate's profile: what a CV, or a lead's quiz answers and message, say about them, as ESCO
 * concepts with the evidence for each, plus the facts a recruiter filters on (town, hours,
 * languages, driving licences). Built once per person; ranking and every tweak read profiles and
 * never re-read the text.
 */
import type { Evidence, SkillMatcher } from './extract'
import { findPlace, placeInText } from './places'
import { detectLanguage, normalise, type Lang } from './text'

export interface ProfileConcept {
  uri: string
  label: string
  /** The extraction's confidence, 0–1. */
  strength: number
  evidence: Evidence
}

export interface Hours {
  min: number
  max: number
}

/** Who may be shown, and until when: the consent and retention rules, applied by the index. */
export interface ProfileScope {
  /** Only for these vacancies (an applicant without talent-pool consent); absent: any vacancy. */
  vacancyIds?: string[]
  /** ISO date after which the profile is never shown (the retention date). */
  until?: string
}

export interface CandidateProfile {
  id: string
  kind: 'cv' | 'lead'
  lang: Lang
  /** A display name for the recruiter (the index never searches it). */
  name?: string
  city?: string
  hours?: Hours
  /** Language codes the person speaks or wrote in ("nl", "en", "de", …). */
  languages: string[]
  /** Driving licence categories ("B", "C", "CE", …) and "code95". */
  licences: string[]
  skills: ProfileConcept[]
  occupations: ProfileConcept[]
  scope?: ProfileScope
}

export interface ProfileInput {
  id: string
  kind: 'cv' | 'lead'
  lang?: Lang | 'auto'
  name?: string
  city?: string
  text: string
  scope?: ProfileScope
}

/**
 * What the text itself says: a label found as a phrase (even a one-word label, which extraction
 * scores low for being common), or most of a label's words. Weaker or indirect signals
 * (retrieval over descriptions, skills implied by an occupation) are guesses, not evidence.
 */
export const PHRASE_MIN_SCORE = 0.25
export const WORDS_MIN_SCORE = 0.45
export function isDirectEvidence(skill: { score: number; evidence: Evidence }): boolean {
  if (skill.evidence.via === 'phrase') return skill.score >= PHRASE_MIN_SCORE
  if (skill.evidence.via === 'words') return skill.score >= WORDS_MIN_SCORE
  return false
}
const MAX_PROFILE_SKILLS = 40

const LANGUAGE_WORDS: [string, RegExp][] = [
  ['nl', /\b(nederlands|dutch)\b/],
  ['en', /\b(engels|english)\b/],
  ['de', /\b(duits|german|deutsch)\b/],
  ['fr', /\b(frans|french)\b/],
  ['es', /\b(spaans|spanish)\b/],
  ['pl', /\b(pools|polish)\b/],
  ['tr', /\b(turks|turkish)\b/],
  ['ar', /\b(arabisch|arabic)\b/],
]

export function detectLanguages(text: string, written: Lang): string[] {
  const normal = normalise(text)
  const found = new Set<string>([written])
  for (const [code, pattern] of LANGUAGE_WORDS) if (pattern.test(normal)) found.add(code)
  return [...found].sort()
}

export function detectLicences(text: string): string[] {
  const normal = normalise(text)
  const found = new Set<string>()
  for (const match of normal.matchAll(/\b(?:rijbewijs|rijbewijzen|driving licen[cs]e|driver'?s licen[cs]e|licen[cs]e)\s*(?:categorie\s*|category\s*)?((?:(?:b|be|c1|c|ce|c\+e|d)\b[\s,/&]*(?:en\s+|and\s+)?)+)/g)) {
    for (const part of match[1]!.split(/[\s,/&]+|en|and/)) {
      const code = part.replace('c+e', 'ce').toUpperCase()
      if (/^(B|BE|C1|C|CE|D)$/.test(code)) found.add(code)
    }
  }
  if (/\bcode\s*95\b/.test(normal)) found.add('code95')
  return [...found].sort()
}

/** Hours per week: "24-32 uur", "32 uur per week", "fulltime", "part-time (20 hours)". */
export function detectHours(text: string): Hours | undefined {
  const normal = normalise(text)
  const range = normal.match(/\b(\d{1,2})\s*(?:-|–|tot|to|a)\s*(\d{1,2})\s*(?:uur|hours|u)\b/)
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])].sort((x, y) => x - y) as [number, number]
    if (a >= 1 && b <= 60) return { min: a, max: b }
  }
  const single = normal.match(/\b(\d{1,2})\s*(?:uur|hours|u)\s*(?:per|a|in de|per\s+)?\s*(?:week|wk|pw)\b/) ?? normal.match(/\b(\d{1,2})[- ]urige werkweek\b/)
  if (single) {
    const h = Number(single[1])
    if (h >= 1 && h <= 60) return { min: h, max: h }
  }
  if (/\b(full[- ]?time|voltijd)\b/.test(normal)) return { min: 36, max: 40 }
  if (/\b(part[- ]?time|deeltijd)\b/.test(normal)) return { min: 16, max: 32 }
  return undefined
}

const strength = (score: number) => Math.max(0, Math.min(1, score / 1.2))

export function buildProfile(matcher: SkillMatcher, input: ProfileInput): CandidateProfile {
  const text = input.text.slice(0, 60_000)
  let lang = !input.lang || input.lang === 'auto' ? detectLanguage(text) : input.lang
  let extraction = matcher.extract(text, { lang, limit: 100 })
  if ((!input.lang || input.lang === 'auto') && !extraction.occupations.length && !extraction.skills.some((s) => s.evidence.via === 'phrase')) {
    // Too short to tell the language by its function words ("Klantenservicemedewerker."): the other language may know it.
    const other: Lang = lang === 'nl' ? 'en' : 'nl'
    const second = matcher.extract(text, { lang: other, limit: 100 })
    if (second.occupations.length || second.skills.some((s) => s.evidence.via === 'phrase')) (lang = other), (extraction = second)
  }
  // Only what the text says (a label in it, or a label's words), never skills implied by a job
  // title: the title is scored on its own, so "title doesn't fit, skills do" stays visible.
  const skills = extraction.skills
    .filter((s) => isDirectEvidence(s))
    .slice(0, MAX_PROFILE_SKILLS)
    .map((s) => ({ uri: s.uri, label: s.label, strength: strength(s.score), evidence: s.evidence }))
  const occupations = extraction.occupations.slice(0, 5).map((o) => ({ uri: o.uri, label: o.label, strength: strength(o.score), evidence: o.evidence }))
  const city = findPlace(input.city)?.name ?? input.city?.trim() ?? placeInText(text)?.name
  const hours = detectHours(text)
  return {
    id: input.id,
    kind: input.kind,
    lang,
    ...(input.name ? { name: input.name } : {}),
    ...(city ? { city } : {}),
    ...(hours ? { hours } : {}),
    languages: detectLanguages(text, lang),
    licences: detectLicences(text),
    skills,
    occupations,
    ...(input.scope ? { scope: input.scope } : {}),
  }
}
