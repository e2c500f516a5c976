import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'

/**
 * One profile per person in the talent base (an application or a lead): the ESCO skills and
 * occupations their CV or answers show, with evidence, and the facts ranked on. Built by the
 * system only (hooks on Applications and Leads, cms/match/talentBase.ts), deleted with the person.
 * Candidate data: recruiters and admins read it, nobody edits it through the API.
 *
 * `scopeVacancy`/`scopeUntil` are the consent and retention rules: an applicant without talent-pool
 * consent is matched only for the vacancy they applied to, and nobody after their retention date.
 */
export const TalentProfiles: CollectionConfig = {
  slug: 'talent-profiles',
  labels: { singular: { en: 'Talent profile', nl: 'Talentprofiel' }, plural: { en: 'Talent profiles', nl: 'Talentprofielen' } },
  admin: { group: adminGroups.candidates, useAsTitle: 'name', defaultColumns: ['name', 'subjectCollection', 'source', 'skillCount', 'updatedAt'], description: { en: 'Built from CVs and answers for Search & Match; deleted with the person.', nl: 'Gemaakt uit cv’s en antwoorden voor Zoeken & matchen; verdwijnt met de persoon.' } },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'subjectCollection',
      type: 'select',
      required: true,
      label: { en: 'From', nl: 'Uit' },
      options: [
        { value: 'applications', label: { en: 'Application', nl: 'Sollicitatie' } },
        { value: 'leads', label: { en: 'Lead', nl: 'Lead' } },
      ],
    },
    { name: 'subjectId', type: 'text', required: true, unique: true, index: true, label: { en: 'Id of the application or lead', nl: 'Id van de sollicitatie of lead' } },
    { name: 'name', type: 'text', label: { en: 'Name', nl: 'Naam' } },
    {
      name: 'source',
      type: 'select',
      label: { en: 'Read from', nl: 'Gelezen uit' },
      options: [
        { value: 'cv', label: { en: 'CV', nl: 'Cv' } },
        { value: 'motivation', label: { en: 'Motivation only', nl: 'Alleen motivatie' } },
        { value: 'answers', label: { en: 'Quiz or case answers', nl: 'Antwoorden quiz of case' } },
      ],
    },
    { name: 'skipped', type: 'text', label: { en: 'Not read', nl: 'Niet gelezen' }, admin: { description: { en: 'Why (part of) the input was not read, e.g. a scanned CV.', nl: 'Waarom (een deel van) de invoer niet is gelezen, bijv. een gescand cv.' } } },
    { name: 'scopeVacancy', type: 'text', index: true, label: { en: 'Only for vacancy', nl: 'Alleen voor vacature' }, admin: { description: { en: 'Set: matched only for this vacancy (no talent-pool consent).', nl: 'Gevuld: alleen gematcht voor deze vacature (geen talentpooltoestemming).' } } },
    { name: 'scopeUntil', type: 'date', index: true, label: { en: 'Matched until', nl: 'Gematcht tot' }, admin: { description: { en: 'Never shown after this date (retention).', nl: 'Na deze datum nooit meer getoond (bewaartermijn).' } } },
    { name: 'skillCount', type: 'number', label: { en: 'Skills', nl: 'Vaardigheden' } },
    { name: 'profile', type: 'json', required: true, label: { en: 'Profile', nl: 'Profiel' } },
  ],
}
