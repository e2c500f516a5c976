/**
 * Checks on a skill term: a synonym names a concept that exists in the taxonomy the engine has
 * loaded (picked by URI, or by its exact name, which is turned into the URI); every term has a
 * word in at least one language; no word is in the list twice. Messages in the admin user's language.
 */
import type { FieldHook, PayloadRequest, Validate } from 'payload'

import { conceptsNamed } from '../../../common/match/companyTerms'
import { normalise } from '../../../common/match/text'
import { say } from '../../lib/say'
import { conceptLabel, hasConcept, storedTaxonomy } from './taxonomy'

const MAX_TERM = 100
const looksLikeUri = (value: string) => /^(https?:\/\/|urn:)/.test(value)

/** A name typed instead of an address: the one concept with exactly that name, by its URI. */
export const resolveConceptName: FieldHook = async ({ value, siblingData, req }) => {
  if (siblingData?.kind !== 'synonym' || typeof value !== 'string') return value
  const text = value.trim()
  if (!text || looksLikeUri(text)) return text
  const found = conceptsNamed(await storedTaxonomy(req), text)
  return found.length === 1 ? found[0]!.uri : text
}

export const validateConcept: Validate<unknown> = async (value, { siblingData, req }) => {
  const data = siblingData as { kind?: string }
  if (data.kind !== 'synonym') return true
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) {
    return say(req, { nl: 'Kies het concept waar dit woord een synoniem van is: het ESCO-adres (URI) of de precieze naam.', en: 'Choose the concept this word is a synonym of: its ESCO address (URI) or its exact name.' })
  }
  const taxonomy = await storedTaxonomy(req)
  if (looksLikeUri(text)) {
    if (hasConcept(taxonomy, text)) return true
    return say(req, {
      nl: `Het concept ${text} staat niet in de geladen taxonomie. Kies een adres uit de ESCO-import of een eigen vaardigheid.`,
      en: `The concept ${text} is not in the loaded taxonomy. Choose an address from the ESCO import or a company skill.`,
    })
  }
  const found = conceptsNamed(taxonomy, text)
  if (found.length > 1) {
    const list = found.slice(0, 5).map((c) => `${conceptLabel(taxonomy, c.uri)} (${c.uri})`).join('; ')
    return say(req, { nl: `Meerdere concepten heten “${text}”: ${list}. Vul het adres (URI) in.`, en: `Several concepts are called “${text}”: ${list}. Enter the address (URI).` })
  }
  return say(req, { nl: `Geen concept heet “${text}”. Vul het ESCO-adres (URI) of de precieze naam in.`, en: `No concept is called “${text}”. Enter the ESCO address (URI) or the exact name.` })
}

async function duplicateOf(req: PayloadRequest, word: string, id: string | number | undefined): Promise<boolean> {
  const wanted = normalise(word).trim()
  const all = await req.payload.find({ collection: 'skill-terms', pagination: false, depth: 0, overrideAccess: true, select: { nl: true, en: true }, req })
  return all.docs.some((doc) => String(doc.id) !== String(id ?? '') && [doc.nl, doc.en].some((w) => w && normalise(w).trim() === wanted))
}

/** One validator for both language fields: `lang` names the field it is on. */
export const validateWord =
  (lang: 'nl' | 'en'): Validate<unknown> =>
  async (value, { siblingData, req, id }) => {
    const data = siblingData as { nl?: string | null; en?: string | null }
    const word = typeof value === 'string' ? value.trim() : ''
    const other = (lang === 'nl' ? data.en : data.nl)?.trim()
    if (!word) {
      if (other || lang === 'en') return true
      return say(req, { nl: 'Vul het woord in, in het Nederlands of het Engels (of allebei).', en: 'Enter the word, in Dutch or in English (or both).' })
    }
    if (word.length > MAX_TERM) return say(req, { nl: `Hooguit ${MAX_TERM} tekens.`, en: `At most ${MAX_TERM} characters.` })
    if (!/[\p{L}\p{N}]/u.test(word)) return say(req, { nl: 'Een woord heeft letters of cijfers.', en: 'A word has letters or digits.' })
    if (lang === 'en' && other && normalise(other).trim() === normalise(word).trim()) return true
    if (await duplicateOf(req, word, id)) return say(req, { nl: `“${word}” staat al in de lijst.`, en: `“${word}” is already in the list.` })
    return true
  }
