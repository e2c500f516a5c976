/** The admin's navigation groups, in both admin languages (one place, so every collection uses the same words). */
export const adminGroups = {
  content: { nl: 'Inhoud', en: 'Content' },
  vacancies: { nl: 'Vacatures', en: 'Vacancies' },
  candidates: { nl: 'Kandidaten', en: 'Candidates' },
  contributions: { nl: 'Bijdragen', en: 'Contributions' },
  administration: { nl: 'Beheer', en: 'Administration' },
  system: { nl: 'Systeem', en: 'System' },
} as const
