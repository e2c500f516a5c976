/**
 * Okapi BM25 over token arrays. Used twice: as the matcher's lexical fallback (labels and
 * descriptions of ESCO skills) and, unchanged, as the plain baseline the benchmark compares against.
 */
import { runNow, STEP, type Steps } from './stepwise'

export interface Bm25Options {
  k1?: number
  b?: number
}

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>()
  private readonly lengths: number[] = []
  private averageLength = 0
  private readonly k1: number
  private readonly b: number

  constructor(documents: string[][], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2
    this.b = options.b ?? 0.75
    runNow(this.fill(documents))
  }

  /** The same index, built in small steps (see stepwise.ts). */
  static *build(documents: string[][], options: Bm25Options = {}): Steps<Bm25Index> {
    const index = new Bm25Index([], options)
    yield* index.fill(documents)
    return index
  }

  private *fill(documents: string[][]): Steps {
    let total = 0
    for (const [doc, tokens] of documents.entries()) {
      this.lengths.push(tokens.length)
      total += tokens.length
      const counts = new Map<string, number>()
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
      for (const [token, tf] of counts) {
        let list = this.postings.get(token)
        if (!list) this.postings.set(token, (list = []))
        list.push({ doc, tf })
      }
      if (doc % STEP === 0) yield
    }
    this.averageLength = documents.length ? total / documents.length : 0
  }

  get size(): number {
    return this.lengths.length
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value so very common words still count a little. */
  idf(token: string): number {
    const df = this.postings.get(token)?.length ?? 0
    return Math.max(0.01, Math.log(1 + (this.size - df + 0.5) / (df + 0.5)))
  }

  /** Scores of every document sharing a token with the query (query tokens counted once each). */
  scores(query: string[]): Map<number, number> {
    const result = new Map<number, number>()
    for (const token of new Set(query)) {
      const list = this.postings.get(token)
      if (!list) continue
      const idf = this.idf(token)
      for (const { doc, tf } of list) {
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / (this.averageLength || 1))
        result.set(doc, (result.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + norm))
      }
    }
    return result
  }

  search(query: string[], limit: number): { doc: number; score: number }[] {
    return [...this.scores(query)]
      .map(([doc, score]) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, limit)
  }
}
