import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canManageSkillTerms } from '../../access/canManageSkillTerms'
import { fixIdentity, forgetAfterDelete, reindexAfterChange } from './hooks'
import { resolveConceptName, validateConcept, validateWord } from './validation'

/**
 * The company's own words for Search & Match (issue 12): a synonym for an existing ESCO concept
 * ("KCC-agent" → KCC-medewerker), or a company skill of its own ("Exact Online", "Code 95") with
 * a stable URI (urn:werkvloer:skill:…). Extraction of vacancies and CVs finds them once the engine
 * with them is built, seconds after the save and off the request path (cms/match/engineState.ts);
 * a deleted company skill is taken off every vacancy (hooks.ts).
 */
export const SkillTerms: CollectionConfig = {
  slug: 'skill-terms',
  labels: { singular: { en: 'Skill or synonym', nl: 'Vaardigheid of synoniem' }, plural: { en: 'Skills and synonyms', nl: 'Vaardigheden en synoniemen' } },
  admin: {
    group: adminGroups.vacancies,
    useAsTitle: 'nl',
    defaultColumns: ['nl', 'en', 'kind', 'conceptLabel', 'uri'],
    description: {
      nl: 'Eigen woorden van het bedrijf voor Zoeken & matchen: een synoniem voor een bestaand ESCO-concept (bijv. “KCC-agent”), of een eigen vaardigheid (bijv. “Exact Online”). Voorstellen bij vacatures gebruiken het woord binnen enkele seconden; cv’s worden daarna op de achtergrond opnieuw gelezen. Een verwijderde eigen vaardigheid verdwijnt ook van de vacatures.',
      en: 'The company’s own words for Search & Match: a synonym for an existing ESCO concept (e.g. “KCC-agent”), or a skill of its own (e.g. “Exact Online”). Vacancy proposals use the word within seconds; CVs are then read again in the background. A deleted company skill is also removed from the vacancies.',
    },
  },
  access: { read: canManageSkillTerms, create: canManageSkillTerms, update: canManageSkillTerms, delete: canManageSkillTerms },
  hooks: { beforeChange: [fixIdentity], afterChange: [reindexAfterChange], afterDelete: [forgetAfterDelete] },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'synonym',
      label: { nl: 'Soort', en: 'Kind' },
      options: [
        { value: 'synonym', label: { nl: 'Synoniem van een bestaand concept', en: 'Synonym of an existing concept' } },
        { value: 'company', label: { nl: 'Eigen vaardigheid van het bedrijf', en: 'Company skill of its own' } },
      ],
      admin: { description: { nl: 'Blijft zoals bij het aanmaken gekozen.', en: 'Stays as chosen when created.' } },
    },
    {
      name: 'nl',
      type: 'text',
      label: { nl: 'Woord (Nederlands)', en: 'Word (Dutch)' },
      validate: validateWord('nl'),
      admin: { description: { nl: 'Zoals het in vacatures en cv’s staat, bijv. “binnendienst” of “rijbewijs CE”.', en: 'As it is written in vacancies and CVs, e.g. “binnendienst” or “rijbewijs CE”.' } },
    },
    {
      name: 'en',
      type: 'text',
      label: { nl: 'Woord (Engels)', en: 'Word (English)' },
      validate: validateWord('en'),
      admin: { description: { nl: 'Leeg: het Nederlandse woord geldt ook in Engelse teksten (handig voor namen als “Exact Online”).', en: 'Empty: the Dutch word counts in English texts too (handy for names like “Exact Online”).' } },
    },
    {
      name: 'concept',
      type: 'text',
      label: { nl: 'Synoniem van (concept)', en: 'Synonym of (concept)' },
      hooks: { beforeValidate: [resolveConceptName] },
      validate: validateConcept,
      admin: {
        condition: (_, sibling) => sibling?.kind !== 'company',
        description: {
          nl: 'Het ESCO-adres (bijv. http://data.europa.eu/esco/skill/…) of de precieze naam van het concept, zoals “nieuwe klanten werven”; een naam wordt bij opslaan het adres. Ook een eigen vaardigheid (urn:werkvloer:skill:…) kan.',
          en: 'The ESCO address (e.g. http://data.europa.eu/esco/skill/…) or the exact name of the concept, such as “prospect new customers”; a name becomes the address when saved. A company skill (urn:werkvloer:skill:…) works too.',
        },
      },
    },
    {
      name: 'conceptLabel',
      type: 'text',
      label: { nl: 'Concept', en: 'Concept' },
      admin: { readOnly: true, condition: (_, sibling) => sibling?.kind !== 'company', description: { nl: 'De naam van het gekozen concept.', en: 'The name of the chosen concept.' } },
    },
    {
      name: 'uri',
      type: 'text',
      unique: true,
      index: true,
      label: { nl: 'Adres (URI)', en: 'Address (URI)' },
      admin: {
        readOnly: true,
        condition: (_, sibling) => sibling?.kind === 'company',
        description: { nl: 'Vast adres van deze vaardigheid, gemaakt bij het aanmaken; verandert niet als je de naam aanpast.', en: 'This skill’s fixed address, made when it was created; it does not change when you edit the name.' },
      },
    },
  ],
}
