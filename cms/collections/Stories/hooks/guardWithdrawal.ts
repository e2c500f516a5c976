import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '../../Videos/actor'
import { lifecycleError } from '../../Videos/hooks/applyLifecycle'

/**
 * A story's "consent withdrawn" is the employee's step only (from their status link, which blanks
 * the story), as for videos: set by hand it would keep the words public under a 410 label, and a
 * withdrawn story never comes back.
 */
export const guardStoryWithdrawal: CollectionBeforeChangeHook = ({ data, originalDoc, req, context, operation }) => {
  const actor = actorOf(req, context)
  const byEmployee = actor.kind === 'system' && actor.name === 'employee'
  if (operation === 'update' && originalDoc?.status === 'withdrawn' && !byEmployee) {
    throw lifecycleError(req, { nl: 'Dit verhaal is ingetrokken door de medewerker en kan niet meer worden gewijzigd.', en: 'This story was withdrawn by its author and can no longer be changed.' }, 403)
  }
  if (data.status === 'withdrawn' && originalDoc?.status !== 'withdrawn' && !byEmployee) {
    throw lifecycleError(req, { nl: 'Alleen de medewerker zelf kan een verhaal intrekken (via de statuslink).', en: 'Only the employee can withdraw a story (from their status link).' }, 403)
  }
  return data
}
