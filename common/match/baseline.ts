/**
 * The benchmark's reference point: plain BM25 (k1 1.2, b 0.75) over each ESCO skill's labels and
 * description, the text as the query, no phrase matching, no graph. Same tokeniser and stemmer as the
 * engine, so the difference measured is the engine's ranking, not its preprocessing.
 */
import { Bm25Index } from './bm25'
import type { Taxonomy } from './taxonomy'
import { tokenize, type Lang } from './text'

export class PlainBm25 {
  private readonly index: Bm25Index
  private readonly uris: string[] = []

  constructor(taxonomy: Taxonomy, private readonly lang: Lang = 'en') {
    const documents: string[][] = []
    for (const concept of taxonomy.concepts) {
      const labels = concept.labels[lang]
      if (concept.kind !== 'skill' || !labels) continue
      const text = [labels.preferred, ...labels.alt, ...labels.hidden, labels.description ?? ''].join('\n')
      documents.push(tokenize(text, lang).map((token) => token.stem))
      this.uris.push(concept.uri)
    }
    this.index = new Bm25Index(documents)
  }

  rank(text: string, limit = 100): string[] {
    const query = tokenize(text, this.lang).map((token) => token.stem)
    return this.index.search(query, limit).map((hit) => this.uris[hit.doc]!)
  }
}
