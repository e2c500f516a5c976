/**
 * The demo's own words for Search & Match, as a Dutch agency would add them in the admin
 * (Vaardigheden en synoniemen): synonyms ESCO lacks and company skills more specific than ESCO's.
 * Seeded before the talent base, so the demo CVs are read with them. Idempotent: looked up by word.
 */
import type { Payload } from 'payload'

import type { SkillTerm } from '../payload-types'

const esco = (path: string) => `http://data.europa.eu/esco/${path}`

export const demoSkillTerms: Pick<SkillTerm, 'kind' | 'nl' | 'en' | 'concept'>[] = [
  { kind: 'synonym', nl: 'KCC-agent', en: 'contact centre agent', concept: esco('occupation/b7b75eb6-34bc-462d-b412-eed393cc1397') },
  { kind: 'synonym', nl: 'binnendienstverkoper', en: 'inside sales rep', concept: esco('occupation/5c1eba1e-7820-4287-9746-4c5906320100') },
  { kind: 'synonym', nl: 'koud bellen', en: 'cold calling', concept: esco('skill/6d97bf55-6fb6-4795-8282-3ef915ae0bb8') },
  // ESCO knows "use accounting systems" and "manoeuvre heavy trucks"; a recruiter asking for this package or this certificate wants exactly that.
  { kind: 'company', nl: 'Exact Online', en: null, concept: null },
  { kind: 'company', nl: 'code 95', en: null, concept: null },
]

export async function seedSkillTerms(payload: Payload, log: (m: string) => void = console.log): Promise<number> {
  let created = 0
  for (const term of demoSkillTerms) {
    const existing = await payload.count({ collection: 'skill-terms', where: { nl: { equals: term.nl } }, overrideAccess: true })
    if (existing.totalDocs) continue
    try {
      await payload.create({ collection: 'skill-terms', overrideAccess: true, data: term })
      created++
    } catch (error) {
      // A taxonomy without the concept (an older import): the demo goes on without this synonym.
      log(`skill term “${term.nl}” not seeded: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return created
}
