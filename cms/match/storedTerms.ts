/**
 * The company's terms as stored in `skill-terms`, read the same way by the CMS (engineState.ts)
 * and by `npm run match` (cli.ts), so both build their engine from the same words.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { CompanyTerm } from '../../common/match/companyTerms'

export function toCompanyTerm(doc: { kind?: string | null; concept?: string | null; uri?: string | null; nl?: string | null; en?: string | null }): CompanyTerm | null {
  const uri = doc.kind === 'company' ? doc.uri : doc.concept
  if ((doc.kind !== 'company' && doc.kind !== 'synonym') || !uri) return null
  return { kind: doc.kind, uri, nl: doc.nl ?? null, en: doc.en ?? null }
}

/** Every stored term, oldest first (the order the engine merges them in). */
export async function storedCompanyTerms(payload: Payload, req?: PayloadRequest): Promise<CompanyTerm[]> {
  const all = await payload.find({ collection: 'skill-terms', pagination: false, depth: 0, overrideAccess: true, sort: 'createdAt', ...(req ? { req } : {}) })
  return all.docs.map(toCompanyTerm).filter((term): term is CompanyTerm => term !== null)
}
