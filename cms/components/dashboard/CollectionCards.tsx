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
function overriding<T extends object>(target: T, values: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.prototype.hasOwnProperty.call(values, property)) return values[property as keyof T]
      const value = Reflect.get(object, property, object)
      return typeof value === 'function' ? value.bind(object) : value
    },
  })
}

export function CollectionCards(props: WidgetServerProps) {
  const { req } = props
  const { payload, i18n } = req
  const collections = payload.config.collections.map((collection) => ({
    ...collection,
    labels: { singular: getTranslation(collection.labels.singular, i18n), plural: getTranslation(collection.labels.plural, i18n) },
  }))
  // Proxies that differ only in `config` (and `payload`); everything else, getters and methods
  // included, is read from the real objects (the request is a real Request with internal slots).
  const withLabels = overriding(payload, { config: { ...payload.config, collections } })
  const localReq = overriding(req, { payload: withLabels })
  return <PayloadCollectionCards {...props} req={localReq} />
}
