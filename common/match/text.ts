/**
 * Turning text into matchable tokens: normalise, tokenise, drop stop words, stem — the same way for
 * labels and for vacancy text, so both meet. English uses the Porter2 stemmer, Dutch the Snowball
 * Dutch stemmer (both from @orama/stemmers) plus compound splitting.
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch'
import { stemmer as englishStemmer } from '@orama/stemmers/english'

export type Lang = 'en' | 'nl'

export interface Token {
  /** The stem used for matching. */
  stem: string
  /** The word as normalised (lower case, no accents), for evidence. */
  word: string
  /** Character offsets of the word in the original text. */
  start: number
  end: number
}

const EN_STOP = new Set(
  `a an the and or but nor of to in on at by for with from as into onto over under about above after before
  is are was were be been being am do does did done have has had having will would shall should can could may might must
  i you he she it we they me him her us them my your his its our their this that these those there here
  who whom whose which what when where why how all any both each few more most other some such no not only own same
  so than too very just also etc e g eg ie i.e e.g via per within across able well new good great strong excellent
  using use used including include includes include like etc our your you'll you're we're we'll they're it's
  s t d ll m re ve y`.split(/\s+/),
)

const NL_STOP = new Set(
  `de het een en of maar want dus van in op aan bij met voor naar uit over onder door tot om als dan
  is zijn was waren ben bent wordt worden werd werden heeft hebben had hadden kan kunnen kon konden zal zullen zou zouden
  moet moeten mag mogen wil willen ik jij je u hij zij ze wij we jullie mij me hem haar ons hun dit dat deze die daar hier
  er wie wat waar wanneer hoe welke alle elk elke ook nog niet geen wel zeer heel erg goed goede sterke graag
  jouw jou uw onze ons zich zelf mee toe af te ten ter`.split(/\s+/),
)

export function isStopWord(word: string, lang: Lang): boolean {
  return (lang === 'nl' ? NL_STOP : EN_STOP).has(word)
}

/** Lower case without diacritics; keeps + and # (C++, C#) and inner dots (node.js, .NET). */
export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

const WORD = /[a-z0-9]+(?:[+#]+|(?:\.[a-z0-9]+)+)?|\.[a-z][a-z0-9]*/g

const stemCache = { en: new Map<string, string>(), nl: new Map<string, string>() }

export function stem(word: string, lang: Lang): string {
  const cache = stemCache[lang]
  let result = cache.get(word)
  if (result === undefined) {
    result = word.length <= 3 || /[^a-z]/.test(word) ? word : lang === 'nl' ? dutchStemmer(word) : englishStemmer(word)
    // Bounded: a long-running CMS sees unbounded vocabularies.
    if (cache.size > 200_000) cache.clear()
    cache.set(word, result)
  }
  return result
}

/** Words of a text with offsets, stop words removed, stemmed. */
export function tokenize(text: string, lang: Lang, keepStopWords = false): Token[] {
  // Markup and placeholders (<p>, <ORGANIZATION>) are not words of the text; blanked to keep offsets.
  const normal = normalise(text).replace(/<\/?[a-z][^<>]{0,40}>/g, (tag) => ' '.repeat(tag.length))
  const tokens: Token[] = []
  // NFKD of already-decomposed Latin text keeps offsets close enough for evidence; recompute on length change.
  const sameLength = normal.length === text.length
  for (const match of normal.matchAll(WORD)) {
    let word = match[0]
    // "e-mail"/"front-end" tokenise as two words; "sentence." is not "sentence.": trailing dots are not kept.
    word = word.replace(/\.+$/, '')
    if (!word) continue
    if (!keepStopWords && isStopWord(word, lang)) continue
    const start = sameLength ? match.index : 0
    tokens.push({ stem: stem(word, lang), word, start, end: sameLength ? start + word.length : 0 })
  }
  return tokens
}

/** Stems of a label, stop words removed; with `splitter`, Dutch compounds are split the same way as text. */
export function labelStems(label: string, lang: Lang, splitter?: CompoundSplitter): string[] {
  const tokens = tokenize(label, lang)
  if (lang !== 'nl' || !splitter) return tokens.map((token) => token.stem)
  return tokens.flatMap((token) => splitter.split(token.word).map((part) => stem(part, 'nl')))
}

/**
 * Dutch compound splitting against a vocabulary of known words (the words of the Dutch labels plus
 * common job words): "klantenservicemedewerker" → klantenservice + medewerker. Dynamic programming
 * over split points, preferring the fewest parts; linking letters "s" and "en"/"e" between parts are
 * allowed ("bedrijfs|leider", "klanten|contact"). A word that cannot be split completely stays whole.
 */
export class CompoundSplitter {
  private readonly words: Set<string>
  private readonly cache = new Map<string, string[]>()
  constructor(vocabulary: Iterable<string>, private readonly minPart = 3) {
    this.words = new Set([...vocabulary].filter((word) => word.length >= minPart))
  }

  private known(part: string): string | undefined {
    if (this.words.has(part)) return part
    // Plural or linking forms of a known word: klanten → klant, bedrijfs → bedrijf.
    for (const suffix of ['en', 's', 'e']) {
      if (part.endsWith(suffix) && this.words.has(part.slice(0, -suffix.length))) return part
    }
    return undefined
  }

  split(word: string): string[] {
    const cached = this.cache.get(word)
    if (cached) return cached
    let result = [word]
    if (word.length >= this.minPart * 2 && /^[a-z]+$/.test(word)) {
      // best[i] = fewest parts covering word[0..i)
      const best: (string[] | undefined)[] = new Array(word.length + 1)
      best[0] = []
      for (let end = this.minPart; end <= word.length; end++) {
        for (let start = Math.max(0, end - 24); start <= end - this.minPart; start++) {
          const before = best[start]
          if (!before) continue
          const part = this.known(word.slice(start, end))
          if (!part) continue
          const candidate = [...before, part]
          const current = best[end]
          if (!current || candidate.length < current.length) best[end] = candidate
        }
      }
      const found = best[word.length]
      if (found && found.length > 1) result = found
    }
    this.cache.set(word, result)
    return result
  }
}

/** Per-text language guess from stop words: Dutch when clearly more Dutch function words than English. */
export function detectLanguage(text: string): Lang {
  let nl = 0
  let en = 0
  for (const match of normalise(text).matchAll(/[a-z]+/g)) {
    const word = match[0]
    if (NL_STOP.has(word) && !EN_STOP.has(word)) nl++
    if (EN_STOP.has(word) && !NL_STOP.has(word)) en++
    // Frequent Dutch word endings and letter pairs that English hardly has.
    if (/(ij|oe|aa|uu|sch)/.test(word) || /(heid|lijk|tje|atie)$/.test(word)) nl += 0.25
  }
  return nl > en ? 'nl' : 'en'
}

/**
 * A light English stem (plural, -ing, -ed, final e, doubled consonant) used to confirm a phrase
 * match: Porter2 maps "experience" and "experiment" to the same stem, which is fine for retrieval
 * but wrong evidence for "this label is in the text".
 */
export function lightStem(word: string): string {
  let w = word
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`
    else if (w.endsWith('sses')) w = w.slice(0, -2)
    else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
    if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
    else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1)
  return w
}
