import type { WidgetServerProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { CollectionCards as PayloadCollectionCards } from '@payloadcms/ui/rsc'

/**
 * Payload's collection cards, with each collection's name resolved to the user's language first.
 * Payload's widget puts the raw label into the "+" button's aria-label ("Nieuw(e) {{label}}
 * aanmaken"), so every collection with Dutch and English names read "Nieuw(e) [object Object]
 * aanmaken" to a screen reader. Only the labels differ from the real config: access, visibility
 * and links are Payload's own.
 */
export function CollectionCards(props: WidgetServerProps) {
  const { req } = props
  const { payload, i18n } = req
  const collections = payload.config.collections.map((collection) => ({
    ...collection,
    labels: { singular: getTranslation(collection.labels.singular, i18n), plural: getTranslation(collection.labels.plural, i18n) },
  }))
  // Prototype chains keep every method and property of the real Payload and request objects.
  const withLabels = Object.create(payload, { config: { value: { ...payload.config, collections } } }) as typeof payload
  const localReq = Object.create(req, { payload: { value: withLabels } }) as typeof req
  return <PayloadCollectionCards {...props} req={localReq} />
}
