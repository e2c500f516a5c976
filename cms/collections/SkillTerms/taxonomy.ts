/**
 * What a new or edited term is checked against: the loaded taxonomy with the terms as stored in
 * this request's transaction — not the engine, which keeps serving the previous terms until the
 * new engine is built (cms/match/engineState.ts), so a synonym of a company skill saved a moment
 * ago is accepted.
 */
import type { PayloadRequest } from 'payload'

import type { Taxonomy } from '../../../common/match/taxonomy'
import { taxonomyWith } from '../../match/engineState'
import { storedCompanyTerms } from '../../match/storedTerms'

export async function storedTaxonomy(req: PayloadRequest): Promise<Taxonomy> {
  return taxonomyWith(await storedCompanyTerms(req.payload, req))
}

export const hasConcept = (taxonomy: Taxonomy, uri: string) => taxonomy.concepts.some((concept) => concept.uri === uri)

/** The concept's Dutch name (else English, else any), as the list shows it. */
export function conceptLabel(taxonomy: Taxonomy, uri: string): string {
  const concept = taxonomy.concepts.find((c) => c.uri === uri)
  if (!concept) return uri
  return concept.labels.nl?.preferred ?? concept.labels.en?.preferred ?? Object.values(concept.labels)[0]?.preferred ?? uri
}
