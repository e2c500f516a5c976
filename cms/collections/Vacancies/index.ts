import type { CollectionConfig } from 'payload'

import { canManageVacancies } from '../../access/canManageVacancies'
import { isAdmin } from '../../access/isAdmin'
import { hasRole } from '../../access/roles'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'
import { validateApplyUrl, validateRange, validateVacancyOccupation, validateVacancySkills } from './validation'
import { DRAFT, statusField } from '../../fields/status'

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const

export const Vacancies: CollectionConfig = {
  slug: 'vacancies',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'location', 'status', 'validThrough'],
    group: 'Vacatures',
    components: {
      views: {
        edit: {
          // Search & Match: candidate data, so the tab is there only for recruiters and admins (the endpoint checks again).
          matches: {
            Component: '/components/match/VacancyMatchesView#VacancyMatchesView',
            path: '/matches',
            tab: { href: '/matches', label: 'Matches', order: 150, condition: ({ req }) => hasRole(req.user, 'admin', 'recruiter') },
          },
        },
      },
    },
  },
  // Open and closed vacancies are public (a closed one shows "filled"); drafts are staff-only.
  access: { read: publishedOrStaff(['open', 'closed']), create: canManageVacancies, update: canManageVacancies, delete: isAdmin },
  defaultSort: '-datePosted',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title', { localized: true }),
    statusField([DRAFT, { value: 'open', label: { en: 'Open', nl: 'Open' } }, { value: 'closed', label: { en: 'Closed', nl: 'Gesloten' } }]),
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400, admin: { description: 'Two or three sentences shown in lists and at the top of the page.' } },
    { name: 'description', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', required: true },
        { name: 'employmentType', type: 'select', required: true, defaultValue: 'FULL_TIME', options: EMPLOYMENT_TYPES.map((v) => ({ value: v, label: v.replace('_', ' ').toLowerCase() })) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'hoursMin', type: 'number', min: 1, max: 60, admin: { description: 'Hours per week, minimum' } },
        { name: 'hoursMax', type: 'number', min: 1, max: 60, validate: validateRange('hoursMin', 'The maximum hours must be at least the minimum.') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'salaryMin', type: 'number', min: 0, admin: { description: 'Gross, euro' } },
        { name: 'salaryMax', type: 'number', min: 0, validate: validateRange('salaryMin', 'The maximum salary must be at least the minimum.') },
        {
          name: 'salaryPeriod',
          type: 'select',
          defaultValue: 'MONTH',
          options: [
            { value: 'HOUR', label: { en: 'per hour', nl: 'per uur' } },
            { value: 'MONTH', label: { en: 'per month', nl: 'per maand' } },
            { value: 'YEAR', label: { en: 'per year', nl: 'per jaar' } },
          ],
        },
      ],
    },
    { name: 'datePosted', type: 'date', admin: { position: 'sidebar' }, defaultValue: () => new Date().toISOString() },
    { name: 'validThrough', type: 'date', admin: { position: 'sidebar', description: 'After this date the vacancy is shown as filled.' } },
    {
      name: 'skills',
      type: 'json',
      label: { en: 'Skills (ESCO)', nl: 'Vaardigheden (ESCO)' },
      validate: validateVacancySkills,
      admin: {
        description: {
          en: 'Proposed from the vacancy text; confirm, remove and mark must-have or nice-to-have. Used for Search & Match and in the job posting for search engines.',
          nl: 'Voorgesteld uit de vacaturetekst; bevestig, verwijder en markeer als eis of pré. Gebruikt voor Zoeken & matchen en in de vacaturegegevens voor zoekmachines.',
        },
        components: { Field: '/components/match/VacancySkillsField#VacancySkillsField' },
      },
    },
    { name: 'occupation', type: 'json', validate: validateVacancyOccupation, admin: { hidden: true } },
    {
      name: 'applyMode',
      type: 'radio',
      required: true,
      defaultValue: 'built-in',
      options: [
        { value: 'built-in', label: { en: 'Apply on this site', nl: 'Solliciteren op deze site' } },
        { value: 'external', label: { en: 'Redirect to an external ATS', nl: 'Doorsturen naar extern ATS' } },
      ],
    },
    {
      name: 'applyUrl',
      type: 'text',
      validate: validateApplyUrl,
      admin: { condition: (_, sibling) => sibling?.applyMode === 'external', description: 'https:// address of the application form in your ATS' },
    },
  ],
}
