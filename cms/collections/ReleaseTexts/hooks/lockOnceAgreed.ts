import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { publicError } from '../../../lib/publicError'
import { say } from '../../../lib/say'

export const lockOnceAgreed: CollectionBeforeChangeHook & CollectionBeforeDeleteHook = async (args: Parameters<CollectionBeforeChangeHook>[0] | Parameters<CollectionBeforeDeleteHook>[0]) => {
  const id = 'id' in args && args.id ? args.id : 'originalDoc' in args ? args.originalDoc?.id : undefined
  if (!id) return 'data' in args ? args.data : undefined
  const agreed = await args.req.payload.count({ collection: 'contributions', where: { release: { equals: id } }, overrideAccess: true, req: args.req })
  if (agreed.totalDocs > 0) {
    throw publicError(
      say(args.req, {
        nl: `${agreed.totalDocs} ${agreed.totalDocs === 1 ? 'persoon ging' : 'mensen gingen'} akkoord met precies deze tekst, dus hij kan niet meer veranderen. Maak een nieuwe versie.`,
        en: `${agreed.totalDocs} ${agreed.totalDocs === 1 ? 'person' : 'people'} agreed to this exact text, so it cannot change. Create a new version instead.`,
      }),
    )
  }
  return 'data' in args ? args.data : undefined
}
