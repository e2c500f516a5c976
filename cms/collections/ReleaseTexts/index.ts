import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { lockOnceAgreed } from './hooks/lockOnceAgreed'

/**
 * The release an employee agrees to. Versioned and frozen once anybody agreed to it: a consent
 * record must always point at the exact words that person saw. A change means a new version.
 */
export const ReleaseTexts: CollectionConfig = {
  slug: 'release-texts',
  labels: { singular: { en: 'Release text', nl: 'Toestemmingstekst' }, plural: { en: 'Release texts', nl: 'Toestemmingsteksten' } },
  admin: { useAsTitle: 'version', group: adminGroups.contributions, defaultColumns: ['version', 'title', 'updatedAt'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  hooks: { beforeChange: [lockOnceAgreed], beforeDelete: [lockOnceAgreed as never] },
  fields: [
    { name: 'version', type: 'text', required: true, unique: true, label: { en: 'Version', nl: 'Versie' }, admin: { description: { en: 'For example 2026-11-v1. Agreed versions cannot be changed.', nl: 'Bijvoorbeeld 2026-11-v1. Een versie waarmee iemand akkoord ging, kan niet meer veranderen.' } } },
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
    { name: 'body', type: 'textarea', required: true, localized: true, label: { en: 'Text', nl: 'Tekst' }, admin: { description: { en: 'Shown in full to the employee before they agree.', nl: 'Helemaal getoond aan de medewerker voordat die akkoord gaat.' } } },
    { name: 'publishedWhere', type: 'textarea', required: true, localized: true, label: { en: 'Where it will be published', nl: 'Waar het gepubliceerd wordt' } },
    { name: 'retention', type: 'text', required: true, localized: true, label: { en: 'For how long', nl: 'Hoe lang' } },
  ],
}
