/**
 * The extraction engine: text (vacancy or sentence, nl or en) → ranked ESCO skills with evidence.
 *
 * Signals, per skill, combined into one score:
 * 1. phrase — a label (preferred, alt or hidden) appears in the text as a contiguous run of stems;
 * 2. words — most of a label's informative words (weighted by idf) appear in the text, in any order
 *    ("solving business problems" → "solve problems");
 * 3. bm25 — lexical retrieval over labels and descriptions, for wording that contains no label;
 * 4. graph — occupations named in the text lend weight to their essential skills; a strongly matched
 *    skill lends a little to its broader skill; and skills that many occupations require are a
 *    slightly better guess than rare ones when the text gives no other reason to choose.
 * Weights are global constants, the same for every text and language.
 */
import { Bm25Index } from './bm25'
import { runNow, STEP, type Steps } from './stepwise'
import type { Concept, Taxonomy } from './taxonomy'
import { CompoundSplitter, detectLanguage, labelStems, lightStem, stem, tokenize, type Lang, type Token } from './text'

export interface Evidence {
  /** The words of the text that matched. */
  text: string
  /** The taxonomy label it matched, or the occupation it came from. */
  label: string
  /** How: phrase (label in the text), words (label's words in the text), description (retrieval), occupation, broader. */
  via: 'phrase' | 'words' | 'description' | 'occupation' | 'broader'
  labelType?: 'preferred' | 'alt' | 'hidden'
  labelSource?: string
}

export interface RankedConcept {
  uri: string
  label: string
  score: number
  evidence: Evidence
}

export interface Extraction {
  lang: Lang
  skills: RankedConcept[]
  occupations: RankedConcept[]
}

interface LabelEntry {
  concept: number
  text: string
  type: 'preferred' | 'alt' | 'hidden'
  source: string
  stems: string[]
  /** The label's words as written (normalised), to confirm phrase matches with a lighter stem. */
  words: string[]
  idfSum: number
}

const TYPE_WEIGHT = { preferred: 1, alt: 0.92, hidden: 0.85 } as const
const MAX_PHRASE = 10

/** Tuned once on the validation splits as a whole (a handful of global numbers, no per-sentence rules). */
export const WEIGHTS = {
  phrase: 0.8,
  words: 0.8,
  bm25: 0.6,
  prior: 0.08,
  occupation: 0.25,
  broader: 0.3,
  coherence: 0.3,
}
const COHERENCE_POOL = 30

class LanguageIndex {
  readonly entries: LabelEntry[] = []
  readonly phrases = new Map<string, number[]>()
  readonly byStem = new Map<string, number[]>()
  readonly labelDf = new Map<string, number>()
  readonly skillDocs: number[] = []
  bm25!: Bm25Index
  splitter?: CompoundSplitter
  private labelCount = 0

  private constructor(readonly lang: Lang) {}

  /** The index of one language, built in small steps (see stepwise.ts). */
  static *build(lang: Lang, concepts: Concept[]): Steps<LanguageIndex> {
    const self = new LanguageIndex(lang)
    const withLang = concepts
      .map((concept, index) => ({ concept, index, labels: concept.labels[lang] }))
      .filter((item) => item.labels)
    if (lang === 'nl') {
      const vocabulary = new Set<string>(DUTCH_JOB_WORDS)
      for (const [n, { labels }] of withLang.entries()) {
        for (const label of [labels!.preferred, ...labels!.alt, ...labels!.hidden, ...(labels!.company ?? [])]) {
          for (const token of tokenize(label, 'nl')) vocabulary.add(token.word)
        }
        if (n % STEP === 0) yield
      }
      self.splitter = new CompoundSplitter(vocabulary)
    }
    for (const [n, { labels, index }] of withLang.entries()) {
      const seen = new Set<string>()
      const add = (text: string, type: LabelEntry['type'], source = labels!.source) => {
        const tokens = tokenize(text, lang)
        const stems =
          lang === 'nl' && self.splitter
            ? tokens.flatMap((token) => self.splitter!.split(token.word).map((part) => stem(part, 'nl')))
            : tokens.map((token) => token.stem)
        const key = stems.join(' ')
        if (!key || seen.has(key)) return
        seen.add(key)
        const words = lang === 'en' ? tokens.map((t) => lightStem(t.word)) : []
        self.entries.push({ concept: index, text: text.trim(), type, source, stems, words, idfSum: 0 })
      }
      add(labels!.preferred, 'preferred')
      for (const alt of labels!.alt) add(alt, 'alt')
      for (const hidden of labels!.hidden) add(hidden, 'hidden')
      // After ESCO's own labels: a company word that is already a label adds nothing.
      for (const term of labels!.company ?? []) add(term, 'alt', 'company')
      if (n % 64 === 0) yield
    }
    // Document frequency of a stem over labels: how informative a word is *as part of a label*.
    for (const [n, entry] of self.entries.entries()) {
      for (const s of new Set(entry.stems)) self.labelDf.set(s, (self.labelDf.get(s) ?? 0) + 1)
      if (n % STEP === 0) yield
    }
    self.labelCount = self.entries.length
    for (const [id, entry] of self.entries.entries()) {
      entry.idfSum = entry.stems.reduce((sum, s) => sum + self.idf(s), 0)
      const key = entry.stems.join(' ')
      let list = self.phrases.get(key)
      if (!list) self.phrases.set(key, (list = []))
      list.push(id)
      for (const s of new Set(entry.stems)) {
        let byStem = self.byStem.get(s)
        if (!byStem) self.byStem.set(s, (byStem = []))
        byStem.push(id)
      }
      if (id % STEP === 0) yield
    }
    // Retrieval documents: skills only; the preferred label counts double, then alt labels and the description.
    const documents: string[][] = []
    for (const [n, { concept, labels, index }] of withLang.entries()) {
      if (concept.kind !== 'skill') continue
      const l = labels!
      const words = [l.preferred, l.preferred, ...l.alt, ...(l.company ?? []), l.description ?? ''].join(' \n ')
      documents.push(labelStems(words, lang, self.splitter))
      self.skillDocs.push(index)
      if (n % 64 === 0) yield
    }
    self.bm25 = yield* Bm25Index.build(documents)
    return self
  }

  /**
   * Dutch present-tense verbs ("je onderhoudt", "haalt", "signaleert") against labels written with
   * the infinitive ("onderhouden", "halen", "signaleren"): the Snowball stemmer keeps the -t, so a
   * word ending in t that no label knows is tried as its infinitive (a long vowel before a single
   * consonant is written single: haal → halen).
   */
  private infinitive(token: Token): Token {
    if (this.lang !== 'nl' || token.word.length < 5 || !token.word.endsWith('t') || this.byStem.has(token.stem)) return token
    let root = token.word.slice(0, -1)
    root = root.replace(/([aeou])\1([^aeiou])$/, '$1$2')
    const candidate = stem(`${root}en`, 'nl')
    return this.byStem.has(candidate) ? { ...token, stem: candidate } : token
  }

  idf(s: string): number {
    const df = this.labelDf.get(s) ?? 0
    return Math.log(1 + (this.labelCount - df + 0.5) / (df + 0.5))
  }

  /** Text → tokens, with Dutch compounds replaced by their parts (each part keeps the compound's offsets). */
  tokens(text: string): Token[] {
    const tokens = tokenize(text, this.lang).map((token) => this.infinitive(token))
    if (!this.splitter) return tokens
    return tokens.flatMap((token) => {
      const parts = this.splitter!.split(token.word)
      return parts.length === 1 ? [token] : parts.map((part) => ({ ...token, stem: stem(part, 'nl') }))
    })
  }
}

/** Words that make up Dutch job titles and skills but are rarely labels on their own. */
const DUTCH_JOB_WORDS = [
  'medewerker', 'medewerkers', 'monteur', 'onderhoud', 'klant', 'klanten', 'service', 'dienst', 'binnendienst',
  'buitendienst', 'verkoop', 'verkoper', 'adviseur', 'beheer', 'beheerder', 'administratie', 'administratief',
  'financieel', 'financiele', 'magazijn', 'logistiek', 'logistieke', 'chauffeur', 'vrachtwagen', 'heftruck',
  'order', 'orders', 'pick', 'picker', 'planner', 'planning', 'support', 'helpdesk', 'systeem', 'netwerk',
  'account', 'manager', 'contact', 'center', 'telefoon', 'telefonisch', 'gesprek', 'gesprekken', 'technisch',
  'technische', 'boekhouding', 'boekhouder', 'debiteuren', 'crediteuren', 'salaris', 'werk', 'werken', 'leider',
  'bedrijf', 'team', 'kantoor', 'project', 'software', 'hardware', 'werkplek', 'storing', 'storingen', 'inkoop',
  'voorraad', 'transport', 'rijbewijs', 'acquisitie', 'relatie', 'relaties', 'klacht', 'klachten',
  'ervaring', 'kennis', 'werkzaamheden', 'afdeling', 'centrum', 'collega', 'functie', 'vaardigheden',
]

export class SkillMatcher {
  private readonly indexes = new Map<Lang, LanguageIndex>()
  private prior!: Float64Array
  private readonly essentialOf = new Map<number, number[]>()
  private readonly broaderOf = new Map<number, number[]>()
  private readonly indexOfUri = new Map<string, number>()
  /** Occupations that list each skill (essential or optional): the context a skill belongs to. */
  private readonly occupationsOf = new Map<number, Set<number>>()

  /**
   * `stepwise`: the caller drives build() and warmSteps() itself (the CMS, between requests) and
   * uses the matcher only when they are done; otherwise everything is built here, at once.
   */
  constructor(
    readonly taxonomy: Taxonomy,
    options: { stepwise?: boolean } = {},
  ) {
    if (!options.stepwise) runNow(this.build())
  }

  *build(): Steps {
    const taxonomy = this.taxonomy
    const concepts = taxonomy.concepts
    for (const [index, concept] of concepts.entries()) {
      this.indexOfUri.set(concept.uri, index)
      if (index % (STEP * 8) === 0) yield
    }
    const demand = new Float64Array(concepts.length)
    let n = 0
    for (const [occupation, skill, essential] of taxonomy.occupationSkill) {
      if (++n % (STEP * 4) === 0) yield
      demand[skill]! += essential ? 1 : 0.5
      let occupations = this.occupationsOf.get(skill)
      if (!occupations) this.occupationsOf.set(skill, (occupations = new Set()))
      occupations.add(occupation)
      if (essential) {
        let list = this.essentialOf.get(occupation)
        if (!list) this.essentialOf.set(occupation, (list = []))
        list.push(skill)
      }
    }
    const maxDemand = Math.log1p(Math.max(1, ...demand))
    this.prior = demand.map((value) => Math.log1p(value) / maxDemand)
    yield
    for (const [narrow, broad] of taxonomy.broader) {
      if (++n % (STEP * 4) === 0) yield
      if (concepts[narrow]?.kind !== 'skill' || concepts[broad]?.kind !== 'skill') continue
      let list = this.broaderOf.get(narrow)
      if (!list) this.broaderOf.set(narrow, (list = []))
      list.push(broad)
    }
  }

  private index(lang: Lang): LanguageIndex {
    let index = this.indexes.get(lang)
    if (!index) this.indexes.set(lang, (index = runNow(LanguageIndex.build(lang, this.taxonomy.concepts))))
    return index
  }

  /** Builds the per-language indexes now instead of on the first text. */
  warm(langs: Lang[] = ['en', 'nl']): void {
    for (const lang of langs) this.index(lang)
  }

  /** The same, in small steps. */
  *warmSteps(langs: Lang[] = ['en', 'nl']): Steps {
    for (const lang of langs) if (!this.indexes.has(lang)) this.indexes.set(lang, yield* LanguageIndex.build(lang, this.taxonomy.concepts))
  }

  /** Which words of the text the retrieval matched: computed only for skills that are returned. */
  private descriptionEvidence(concept: number, lang: Lang, tokens: Token[]): Evidence {
    const labels = this.taxonomy.concepts[concept]!.labels[lang]!
    const index = this.index(lang)
    const docStems = new Set(labelStems(`${labels.preferred} ${labels.alt.join(' ')} ${labels.description ?? ''}`, lang, index.splitter))
    const words = [...new Set(tokens.filter((t) => docStems.has(t.stem)).map((t) => t.word))]
    return { text: words.join(' … '), label: labels.preferred, via: 'description', labelSource: labels.source }
  }

  private displayLabel(concept: Concept, lang: Lang): string {
    return (concept.labels[lang] ?? concept.labels.en ?? Object.values(concept.labels)[0])!.preferred
  }

  extract(text: string, options: { lang?: Lang | 'auto'; limit?: number } = {}): Extraction {
    const lang = !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang
    const limit = options.limit ?? 100
    const index = this.index(lang)
    const concepts = this.taxonomy.concepts
    const tokens = index.tokens(text)
    const span = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to]!.end) || tokens.slice(from, to + 1).map((t) => t.word).join(' ')

    const signals = new Map<number, { phrase: number; words: number; bm25: number; evidence?: Evidence; strength: number }>()
    const signal = (concept: number) => {
      let entry = signals.get(concept)
      if (!entry) signals.set(concept, (entry = { phrase: 0, words: 0, bm25: 0, strength: 0 }))
      return entry
    }
    const setEvidence = (concept: number, strength: number, evidence: Evidence) => {
      const entry = signal(concept)
      if (strength > entry.strength) {
        entry.strength = strength
        entry.evidence = evidence
      }
    }

    // 1. Phrases: every run of up to MAX_PHRASE tokens looked up as a label.
    for (let from = 0; from < tokens.length; from++) {
      let key = ''
      for (let to = from; to < Math.min(tokens.length, from + MAX_PHRASE); to++) {
        key = key ? `${key} ${tokens[to]!.stem}` : tokens[to]!.stem
        const ids = index.phrases.get(key)
        if (!ids) continue
        for (const id of ids) {
          const entry = index.entries[id]!
          // A one-word label made of a common word says little; specificity grows with the label's information.
          let specificity = Math.min(1, 0.45 + entry.idfSum / 14)
          // A one-word label that is an everyday word of job ads ("work", "language") is weak evidence.
          if (entry.stems.length === 1) specificity *= Math.min(1, Math.max(0.2, (index.bm25.idf(entry.stems[0]!) - 3) / 3))
          // Same Porter stem but a different word ("experience" for the label "experiment").
          if (entry.words.length === to - from + 1 && entry.words.some((w, k) => w !== lightStem(tokens[from + k]!.word))) specificity *= 0.4
          const value = TYPE_WEIGHT[entry.type] * specificity
          const s = signal(entry.concept)
          if (value > s.phrase) s.phrase = value
          setEvidence(entry.concept, 2 + value, {
            text: span(from, to),
            label: entry.text,
            via: 'phrase',
            labelType: entry.type,
            labelSource: entry.source,
          })
        }
      }
    }

    // 2. Words: labels most of whose information is present in the text, in any order.
    const textStems = new Map<string, number>()
    tokens.forEach((token, position) => {
      if (!textStems.has(token.stem)) textStems.set(token.stem, position)
    })
    const matched = new Map<number, number>()
    for (const s of textStems.keys()) {
      const ids = index.byStem.get(s)
      if (!ids || ids.length > 4000) continue
      const idf = index.idf(s)
      for (const id of ids) matched.set(id, (matched.get(id) ?? 0) + idf)
    }
    for (const [id, matchedIdf] of matched) {
      const entry = index.entries[id]!
      if (entry.stems.length < 2) continue
      const coverage = matchedIdf / entry.idfSum
      if (coverage < 0.5) continue
      const value = TYPE_WEIGHT[entry.type] * coverage * coverage * Math.min(1, 0.5 + matchedIdf / 12)
      const s = signal(entry.concept)
      if (value > s.words) s.words = value
      const positions = entry.stems.map((st) => textStems.get(st)).filter((p): p is number => p !== undefined).sort((a, b) => a - b)
      setEvidence(entry.concept, 1 + value, {
        text: positions.map((p) => tokens[p]!.word).join(' … '),
        label: entry.text,
        via: 'words',
        labelType: entry.type,
        labelSource: entry.source,
      })
    }

    // 3. Retrieval over labels and descriptions.
    const query = tokens.map((token) => token.stem)
    const hits = index.bm25.search(query, 300)
    const top = hits[0]?.score ?? 0
    for (const hit of hits) {
      const concept = index.skillDocs[hit.doc]!
      const s = signal(concept)
      s.bm25 = top > 0 ? hit.score / top : 0
    }

    const occupations: RankedConcept[] = []
    const skillScores = new Map<number, { score: number; evidence?: Evidence }>()
    for (const [concept, s] of signals) {
      const score = WEIGHTS.phrase * s.phrase + WEIGHTS.words * s.words + WEIGHTS.bm25 * s.bm25 * s.bm25
      if (concepts[concept]!.kind === 'occupation') {
        if (s.phrase > 0 || s.words > 0.5) {
          occupations.push({ uri: concepts[concept]!.uri, label: this.displayLabel(concepts[concept]!, lang), score, evidence: s.evidence! })
        }
        continue
      }
      skillScores.set(concept, { score: score + WEIGHTS.prior * this.prior[concept]!, evidence: s.evidence })
    }
    occupations.sort((a, b) => b.score - a.score)

    // 4. Graph: skills of the occupations named in the text; the broader skill of a strong match.
    for (const occupation of occupations.slice(0, 3)) {
      const occ = this.indexOfUri.get(occupation.uri)!
      for (const skill of this.essentialOf.get(occ) ?? []) {
        const bonus = WEIGHTS.occupation * Math.min(1, occupation.score) * (0.5 + 0.5 * this.prior[skill]!)
        const current = skillScores.get(skill)
        if (current) current.score += bonus
        else skillScores.set(skill, { score: bonus, evidence: { text: occupation.evidence.text, label: occupation.label, via: 'occupation' } })
      }
    }
    for (const [skill, value] of [...skillScores]) {
      if (value.score < 0.6) continue
      for (const broad of this.broaderOf.get(skill) ?? []) {
        const bonus = WEIGHTS.broader * value.score
        const current = skillScores.get(broad)
        if (current) current.score += bonus * 0.5
        else if (value.evidence) skillScores.set(broad, { score: bonus, evidence: { text: value.evidence.text, label: this.displayLabel(concepts[skill]!, lang), via: 'broader' } })
      }
    }

    // 5. Coherence: a candidate that shares occupations with the other strong candidates fits the
    // text's context ("debug" among software skills is debugging software, not stacking goods).
    const pool = [...skillScores].sort((a, b) => b[1].score - a[1].score).slice(0, COHERENCE_POOL)
    const poolWeight = pool.reduce((sum, [, value]) => sum + value.score, 0)
    if (pool.length > 2 && poolWeight > 0) {
      const bonuses = pool.map(([skill]) => {
        const mine = this.occupationsOf.get(skill)
        if (!mine) return 0
        let shared = 0
        for (const [other, value] of pool) {
          if (other === skill) continue
          const theirs = this.occupationsOf.get(other)
          if (!theirs) continue
          const [small, large] = mine.size < theirs.size ? [mine, theirs] : [theirs, mine]
          for (const occupation of small) {
            if (large.has(occupation)) {
              shared += value.score
              break
            }
          }
        }
        return shared / poolWeight
      })
      pool.forEach(([, value], i) => (value.score += WEIGHTS.coherence * bonuses[i]!))
    }

    const skills = [...skillScores]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([concept, value]) => ({
        uri: concepts[concept]!.uri,
        label: this.displayLabel(concepts[concept]!, lang),
        score: Math.round(value.score * 1000) / 1000,
        evidence: value.evidence ?? this.descriptionEvidence(concept, lang, tokens),
      }))
    return { lang, skills, occupations: occupations.slice(0, 10).map((o) => ({ ...o, score: Math.round(o.score * 1000) / 1000 })) }
  }
}
