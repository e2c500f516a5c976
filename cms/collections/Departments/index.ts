import type { CollectionConfig } from 'payload'

import { canManageVacancies } from '../../access/canManageVacancies'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../fields/slug'

export const Departments: CollectionConfig = {
  slug: 'departments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Vacatures' },
  access: {
    // Department names and descriptions are public by nature: they are the site's navigation.
    read: () => true,
    create: canManageVacancies,
    update: canManageVacancies,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField('name', { localized: true }),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
