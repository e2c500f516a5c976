import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canManageVacancies } from '../../access/canManageVacancies'
import { isAdmin } from '../../access/isAdmin'
import { hasRole } from '../../access/roles'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'
import { validateApplyUrl, validateRange, validateVacancyOccupation, validateVacancySkills } from './validation'
import { DRAFT, statusField } from '../../fields/status'
import { vacancyAlertFields } from './alertFields'

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const

const employmentTypeLabels: Record<(typeof EMPLOYMENT_TYPES)[number], { en: string; nl: string }> = {
  FULL_TIME: { en: 'Full time', nl: 'Voltijd' },
  PART_TIME: { en: 'Part time', nl: 'Deeltijd' },
  CONTRACTOR: { en: 'Freelance / contractor', nl: 'Freelance / zzp' },
  TEMPORARY: { en: 'Temporary', nl: 'Tijdelijk' },
  INTERN: { en: 'Internship', nl: 'Stage' },
}

export const Vacancies: CollectionConfig = {
  slug: 'vacancies',
  labels: { singular: { en: 'Vacancy', nl: 'Vacature' }, plural: { en: 'Vacancies', nl: 'Vacatures' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', 'location', 'status', 'validThrough'],
    group: adminGroups.vacancies,
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
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Job title', nl: 'Functietitel' } },
    slugField('title', { localized: true }),
    statusField([DRAFT, { value: 'open', label: { en: 'Open', nl: 'Open' } }, { value: 'closed', label: { en: 'Closed', nl: 'Gesloten' } }]),
    { name: 'department', type: 'relationship', relationTo: 'departments', index: true, label: { en: 'Department', nl: 'Afdeling' } },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: { en: 'Summary', nl: 'Samenvatting' },
      admin: { description: { en: 'Two or three sentences shown in lists and at the top of the page.', nl: 'Twee of drie zinnen, getoond in overzichten en bovenaan de pagina.' } },
    },
    { name: 'description', type: 'richText', localized: true, label: { en: 'Description', nl: 'Omschrijving' } },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', required: true, label: { en: 'Location', nl: 'Locatie' } },
        {
          name: 'employmentType',
          type: 'select',
          required: true,
          defaultValue: 'FULL_TIME',
          label: { en: 'Employment type', nl: 'Soort dienstverband' },
          options: EMPLOYMENT_TYPES.map((value) => ({ value, label: employmentTypeLabels[value] })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'hoursMin', type: 'number', min: 1, max: 60, label: { en: 'Hours per week, from', nl: 'Uren per week, vanaf' }, admin: { description: { en: 'Hours per week, minimum', nl: 'Minimaal aantal uren per week' } } },
        {
          name: 'hoursMax',
          type: 'number',
          min: 1,
          max: 60,
          label: { en: 'Hours per week, up to', nl: 'Uren per week, tot en met' },
          validate: validateRange('hoursMin', { nl: 'Het maximum aantal uren moet minstens het minimum zijn.', en: 'The maximum hours must be at least the minimum.' }),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'salaryMin', type: 'number', min: 0, label: { en: 'Salary from', nl: 'Salaris vanaf' }, admin: { description: { en: 'Gross, euro', nl: 'Bruto, in euro' } } },
        {
          name: 'salaryMax',
          type: 'number',
          min: 0,
          label: { en: 'Salary up to', nl: 'Salaris tot en met' },
          validate: validateRange('salaryMin', { nl: 'Het maximumsalaris moet minstens het minimum zijn.', en: 'The maximum salary must be at least the minimum.' }),
        },
        {
          name: 'salaryPeriod',
          type: 'select',
          defaultValue: 'MONTH',
          label: { en: 'Salary per', nl: 'Salaris per' },
          options: [
            { value: 'HOUR', label: { en: 'per hour', nl: 'per uur' } },
            { value: 'MONTH', label: { en: 'per month', nl: 'per maand' } },
            { value: 'YEAR', label: { en: 'per year', nl: 'per jaar' } },
          ],
        },
      ],
    },
    { name: 'datePosted', type: 'date', label: { en: 'Posted on', nl: 'Geplaatst op' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } }, defaultValue: () => new Date().toISOString() },
    {
      name: 'validThrough',
      type: 'date',
      label: { en: 'Open until', nl: 'Open tot' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' }, description: { en: 'After this date the vacancy is shown as filled.', nl: 'Na deze datum staat de vacature als vervuld op de site.' } },
    },
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
      label: { en: 'How candidates apply', nl: 'Hoe kandidaten solliciteren' },
      options: [
        { value: 'built-in', label: { en: 'Apply on this site', nl: 'Solliciteren op deze site' } },
        { value: 'external', label: { en: 'Redirect to an external ATS', nl: 'Doorsturen naar extern ATS' } },
      ],
    },
    {
      name: 'applyUrl',
      type: 'text',
      validate: validateApplyUrl,
      label: { en: 'Application form address', nl: 'Adres van het sollicitatieformulier' },
      admin: {
        condition: (_, sibling) => sibling?.applyMode === 'external',
        description: { en: 'https:// address of the application form in your ATS', nl: 'https://-adres van het sollicitatieformulier in je ATS' },
      },
    },
    ...vacancyAlertFields,
  ],
}
