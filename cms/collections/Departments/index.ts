import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canManageVacancies } from '../../access/canManageVacancies'
import { isAdmin } from '../../access/isAdmin'
import { slugField } from '../../fields/slug'

export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: { en: 'Department', nl: 'Afdeling' }, plural: { en: 'Departments', nl: 'Afdelingen' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: adminGroups.vacancies },
  access: {
    // Department names and descriptions are public by nature: they are the site's navigation.
    read: () => true,
    create: canManageVacancies,
    update: canManageVacancies,
    delete: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', nl: 'Naam' } },
    slugField('name', { localized: true }),
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', nl: 'Omschrijving' } },
  ],
}
