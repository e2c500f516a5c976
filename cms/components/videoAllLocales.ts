import type { Payload } from 'payload'
import { cache } from 'react'

import type { AllLocalesVideo } from '../collections/Videos/languages'

/**
 * A list row's title, hook and captions in every language, for the list's title and language
 * cells (the list itself is read in one locale without fallback). Cached per request, so the two
 * cells of a row share one read. Only rows the user already sees in the list come here.
 */
export const videoAllLocales = cache(async (payload: Payload, id: string): Promise<AllLocalesVideo | null> => {
  const doc = await payload.findByID({ collection: 'videos', id, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true, select: { title: true, hook: true, captions: true } })
  return (doc as AllLocalesVideo | null) ?? null
})
