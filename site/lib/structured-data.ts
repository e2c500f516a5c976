/** schema.org JobPosting for an open vacancy (search engines' job listings). */
import { departmentOf, type Vacancy } from './cms'
import { employer, type Lang } from './i18n'
import { lexicalToPlainText } from './lexical'

export function jobPostingJsonLd(vacancy: Vacancy, lang: Lang, url: string): Record<string, unknown> {
  const description = lexicalToPlainText(vacancy.description) || vacancy.summary || vacancy.title
  const salary =
    typeof vacancy.salaryMin === 'number' || typeof vacancy.salaryMax === 'number'
      ? {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: {
            '@type': 'QuantitativeValue',
            ...(typeof vacancy.salaryMin === 'number' ? { minValue: vacancy.salaryMin } : {}),
            ...(typeof vacancy.salaryMax === 'number' ? { maxValue: vacancy.salaryMax } : {}),
            unitText: vacancy.salaryPeriod ?? 'MONTH',
          },
        }
      : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description,
    inLanguage: lang,
    url,
    datePosted: vacancy.datePosted ?? vacancy.createdAt,
    ...(vacancy.validThrough ? { validThrough: vacancy.validThrough } : {}),
    employmentType: vacancy.employmentType,
    hiringOrganization: { '@type': 'Organization', name: employer.name },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: vacancy.location, addressCountry: 'NL' } },
    ...(departmentOf(vacancy)?.name ? { occupationalCategory: departmentOf(vacancy)?.name } : {}),
    ...(salary ? { baseSalary: salary } : {}),
  }
}
