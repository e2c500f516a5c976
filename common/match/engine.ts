/**
 * The match engine as one object: the extractor, the ESCO graph and the talent index over the same
 * taxonomy. The CMS keeps one per process; `npm run match -- rank` builds one per run. Both call the
 * same functions (buildProfile, queryFromText, TalentIndex.rank), so the CLI ranks as the admin does.
 */
import { z } from 'zod'
import { SkillMatcher } from './extract'
import { SkillGraph } from './graph'
import { buildProfile, type ProfileInput } from './profile'
import { queryFromText, TalentIndex, type MatchResult } from './rank'
import { type Steps } from './stepwise'
import type { Taxonomy } from './taxonomy'
import type { Lang } from './text'

export class MatchEngine {
  readonly matcher: SkillMatcher
  readonly graph: SkillGraph
  readonly index: TalentIndex

  /** Built at once (label indexes follow lazily on the first text); `stepwise` is for MatchEngine.stepwise only. */
  constructor(
    readonly taxonomy: Taxonomy,
    options: { stepwise?: boolean } = {},
  ) {
    this.matcher = new SkillMatcher(taxonomy, options)
    this.graph = new SkillGraph(taxonomy, options)
    this.index = new TalentIndex(this.graph)
  }

  /**
   * Built in small steps, label indexes of these languages included, so a process can keep serving
   * while it builds (cms/match/engineState.ts); the engine is usable once the steps are done.
   */
  static *stepwise(taxonomy: Taxonomy, langs: Lang[] = ['nl', 'en']): Steps<MatchEngine> {
    const engine = new MatchEngine(taxonomy, { stepwise: true })
    yield* engine.matcher.build()
    yield* engine.graph.build()
    yield* engine.matcher.warmSteps(langs)
    return engine
  }

  addProfile(input: ProfileInput) {
    const profile = buildProfile(this.matcher, input)
    this.index.upsert(profile)
    return profile
  }
}

const text = z.string().max(200_000)
export const rankDocumentSchema = z.object({
  vacancies: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String), lang: z.enum(['nl', 'en', 'auto']).optional(), title: z.string().max(500).optional(), text, city: z.string().max(100).optional() })),
  candidates: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      lang: z.enum(['nl', 'en', 'auto']).optional(),
      kind: z.enum(['cv', 'lead']).default('cv'),
      city: z.string().max(100).optional(),
      text,
    }),
  ),
})
export type RankDocument = z.input<typeof rankDocumentSchema>

/** `{"<vacancyId>": [{id, score, why}…]}`, best first. */
export function rankDocument(engine: MatchEngine, input: unknown, limit = 50): Record<string, Pick<MatchResult, 'id' | 'score' | 'why'>[]> {
  const doc = rankDocumentSchema.parse(input)
  for (const candidate of doc.candidates) {
    engine.addProfile({ id: candidate.id, kind: candidate.kind, text: candidate.text, ...(candidate.lang ? { lang: candidate.lang } : {}), ...(candidate.city ? { city: candidate.city } : {}) })
  }
  const out: Record<string, Pick<MatchResult, 'id' | 'score' | 'why'>[]> = {}
  for (const vacancy of doc.vacancies) {
    const query = queryFromText(engine.matcher, { id: vacancy.id, text: vacancy.text, ...(vacancy.title ? { title: vacancy.title } : {}), ...(vacancy.lang ? { lang: vacancy.lang } : {}), ...(vacancy.city ? { city: vacancy.city } : {}) })
    out[vacancy.id] = engine.index.rank(query, { limit }).results.map(({ id, score, why }) => ({ id, score, why }))
  }
  return out
}
