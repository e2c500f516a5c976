/**
 * The parts of the ESCO graph the ranking needs, indexed by URI: which skills are related to a skill
 * (ESCO's skill–skill relations and broader/narrower skills), and how close two occupations are
 * (the same occupation, a broader/narrower one, or the same ISCO group). Pure: built from a taxonomy
 * in memory, shared by the CMS, the CLI and the tests.
 */
import { runNow, STEP, type Steps } from './stepwise'
import type { Taxonomy } from './taxonomy'

export interface ConceptInfo {
  uri: string
  kind: 'skill' | 'occupation'
  /** Preferred label per language. */
  labels: Record<string, string>
  iscoGroup?: string
}

export class SkillGraph {
  private readonly info = new Map<string, ConceptInfo>()
  private readonly related = new Map<string, Set<string>>()
  private readonly broaderOccupations = new Map<string, Set<string>>()

  /** `stepwise`: the caller drives build() itself (see SkillMatcher); otherwise it is built here. */
  constructor(
    private readonly taxonomy: Taxonomy,
    options: { stepwise?: boolean } = {},
  ) {
    if (!options.stepwise) runNow(this.build())
  }

  *build(): Steps {
    const taxonomy = this.taxonomy
    const concepts = taxonomy.concepts
    let n = 0
    for (const concept of concepts) {
      if (++n % STEP === 0) yield
      const labels: Record<string, string> = {}
      for (const [lang, value] of Object.entries(concept.labels)) labels[lang] = value.preferred
      this.info.set(concept.uri, { uri: concept.uri, kind: concept.kind, labels, ...(concept.iscoGroup ? { iscoGroup: concept.iscoGroup } : {}) })
    }
    const link = (a: string, b: string) => {
      if (a === b) return
      let set = this.related.get(a)
      if (!set) this.related.set(a, (set = new Set()))
      set.add(b)
    }
    for (const [skill, other] of taxonomy.skillSkill) {
      if (++n % (STEP * 4) === 0) yield
      const a = concepts[skill]?.uri
      const b = concepts[other]?.uri
      if (a && b) (link(a, b), link(b, a))
    }
    for (const [narrow, broad] of taxonomy.broader) {
      if (++n % (STEP * 4) === 0) yield
      const a = concepts[narrow]
      const b = concepts[broad]
      if (!a || !b || a.kind !== b.kind) continue
      if (a.kind === 'skill') (link(a.uri, b.uri), link(b.uri, a.uri))
      else {
        for (const [x, y] of [[a.uri, b.uri], [b.uri, a.uri]] as const) {
          let set = this.broaderOccupations.get(x)
          if (!set) this.broaderOccupations.set(x, (set = new Set()))
          set.add(y)
        }
      }
    }
  }

  has(uri: string): boolean {
    return this.info.has(uri)
  }

  concept(uri: string): ConceptInfo | undefined {
    return this.info.get(uri)
  }

  label(uri: string, lang: string): string {
    const info = this.info.get(uri)
    if (!info) return uri
    return info.labels[lang] ?? info.labels.en ?? Object.values(info.labels)[0] ?? uri
  }

  /** Skills ESCO relates to this one (both directions), never the skill itself. */
  relatedSkills(uri: string): ReadonlySet<string> {
    return this.related.get(uri) ?? EMPTY
  }

  /** 1: the same occupation; 0.6: broader/narrower or the same ISCO unit group; 0: unrelated. */
  occupationFit(a: string, b: string): number {
    if (a === b) return 1
    if (this.broaderOccupations.get(a)?.has(b)) return 0.6
    const ia = this.info.get(a)?.iscoGroup
    const ib = this.info.get(b)?.iscoGroup
    if (ia && ib && ia === ib) return 0.6
    return 0
  }
}

const EMPTY: ReadonlySet<string> = new Set()
