import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeInsights } from '../../access/canSeeInsights'
import { nobody } from '../../access/nobody'

/**
 * An employee's own share link to their published video (cms/insights/shareLinks.ts): one per
 * contribution, made the first time their status page shows the published video. The code is
 * public by design (it is in the link they post), so it is stored as it is; it only has to be
 * unguessable. The link names nobody: visits through it count for the link, never for a person.
 * Withdrawal of consent sets `revokedAt`, and the link answers 410 Gone from then on.
 */
export const ShareLinks: CollectionConfig = {
  slug: 'share-links',
  labels: { singular: { en: 'Share link', nl: 'Deellink' }, plural: { en: 'Share links', nl: 'Deellinks' } },
  admin: {
    useAsTitle: 'code',
    group: adminGroups.contributions,
    defaultColumns: ['code', 'video', 'createdAt', 'revokedAt'],
    description: { en: 'Each employee’s own link to their published video. Visits and leads per link are under Insights.', nl: 'De eigen link van elke medewerker naar de gepubliceerde video. Bezoeken en leads per link staan onder Inzichten.' },
  },
  // Figures only: whoever reads Insights may see which link is which; only server code writes.
  access: { read: ({ req: { user } }) => canSeeInsights(user), create: nobody, update: nobody, delete: nobody },
  // Contribution and video are always set by the code that makes a link; they are not `required`
  // so that deleting either one leaves the link behind without them (and it then answers 410).
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { en: 'Code', nl: 'Code' }, admin: { readOnly: true } },
    { name: 'contribution', type: 'relationship', relationTo: 'contributions', unique: true, label: { en: 'Consent record', nl: 'Toestemming' }, admin: { readOnly: true } },
    { name: 'video', type: 'relationship', relationTo: 'videos', label: { en: 'Video', nl: 'Video' }, admin: { readOnly: true } },
    { name: 'revokedAt', type: 'date', label: { en: 'Ended at (consent withdrawn)', nl: 'Beëindigd op (toestemming ingetrokken)' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
