/**
 * schema.org JobPosting for an open vacancy, with the fields Google's job search asks for
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting):
 *
 *   required     title, description (HTML), datePosted, hiringOrganization, jobLocation,
 *                validThrough (when the vacancy has an end date)
 *   recommended  baseSalary, employmentType, identifier, directApply
 *
 * Only open vacancies get one: VacancyView leaves it out once a vacancy is closed or past its
 * valid-through day, so the posting drops out of job search when it can no longer be applied to.
 */
import { departmentOf, type Vacancy } from './cms'
import { workplaceFor } from './employer'
import { dutchDay } from '../../common/vacancy'
import { isCompanySkillUri } from '../../common/match/companyTerms'
import { parseVacancyOccupation, parseVacancySkills } from '../../common/match/vacancySkills'

import { dateFormat } from './format'
import { employer, type Lang } from './i18n'
import { escapeHtml, renderLexical } from './lexical'
import { placeOf } from './vacancy-filters'

export interface JobPostingOptions {
  /** The site's public origin, for the employer's sameAs and logo. */
  origin?: string
}

/** The vacancy text as HTML (Google shows it as the job description): summary, then the body. */
export function jobDescriptionHtml(vacancy: Pick<Vacancy, 'title' | 'summary' | 'description'>): string {
  const summary = vacancy.summary?.trim() ? `<p>${escapeHtml(vacancy.summary.trim())}</p>` : ''
  const body = renderLexical(vacancy.description)
  return summary + body || `<p>${escapeHtml(vacancy.title)}</p>`
}

/**
 * The end of the valid-through day in Dutch time ("apply by 12 March" still works on 12 March,
 * see common/vacancy.ts), as ISO 8601 with the offset that applies on that day: "2027-03-12T23:59:59+01:00".
 */
export function endOfDutchDay(iso: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const day = dutchDay(date)
  const offset = amsterdamOffset(new Date(`${day}T12:00:00Z`))
  return `${day}T23:59:59${offset}`
}

/** "+01:00" in winter, "+02:00" in summer. */
function amsterdamOffset(date: Date): string {
  const name = dateFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? '')
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00'
}

function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function jobPostingJsonLd(vacancy: Vacancy, lang: Lang, url: string, options: JobPostingOptions = {}): Record<string, unknown> {
  const origin = options.origin ?? new URL(url).origin
  const hasMin = typeof vacancy.salaryMin === 'number'
  const hasMax = typeof vacancy.salaryMax === 'number'
  const salary =
    hasMin || hasMax
      ? {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: {
            '@type': 'QuantitativeValue',
            ...(hasMin && hasMax && vacancy.salaryMin === vacancy.salaryMax
              ? { value: vacancy.salaryMin }
              : { ...(hasMin ? { minValue: vacancy.salaryMin } : {}), ...(hasMax ? { maxValue: vacancy.salaryMax } : {}) }),
            unitText: vacancy.salaryPeriod ?? 'MONTH',
          },
        }
      : undefined
  const place = placeOf(vacancy.location) || vacancy.location
  const workplace = workplaceFor(place)
  const validThrough = vacancy.validThrough ? endOfDutchDay(vacancy.validThrough) : null
  const department = departmentOf(vacancy)
  // The skills and occupation a recruiter confirmed (ESCO concepts), when there are any.
  const skills = parseVacancySkills(vacancy.skills)
  const occupation = parseVacancyOccupation(vacancy.occupation)
  const occupationName = occupation && !('error' in occupation) ? occupation.label : department?.name
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description: jobDescriptionHtml(vacancy),
    url,
    identifier: { '@type': 'PropertyValue', name: employer.name, value: vacancy.id },
    datePosted: isoOrNull(vacancy.datePosted) ?? isoOrNull(vacancy.createdAt),
    ...(validThrough ? { validThrough } : {}),
    employmentType: vacancy.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: employer.name,
      sameAs: new URL(lang === 'en' ? '/en/' : '/', origin).href,
      logo: new URL('/favicon.svg', origin).href,
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(workplace ? { streetAddress: workplace.streetAddress, postalCode: workplace.postalCode, addressRegion: workplace.addressRegion } : {}),
        addressLocality: workplace?.addressLocality ?? place,
        addressCountry: 'NL',
      },
    },
    ...(salary ? { baseSalary: salary } : {}),
    // The built-in form is on this site, a few fields long; an external ATS is not.
    directApply: vacancy.applyMode !== 'external',
    ...(occupationName ? { occupationalCategory: occupationName } : {}),
    ...(Array.isArray(skills) && skills.length
      ? {
          // A company's own skill (urn:werkvloer:skill:…) is no ESCO term: it keeps its name only.
          skills: skills.map((skill) =>
            isCompanySkillUri(skill.uri) ? { '@type': 'DefinedTerm', name: skill.label } : { '@type': 'DefinedTerm', name: skill.label, termCode: skill.uri, inDefinedTermSet: 'https://esco.ec.europa.eu/' },
          ),
        }
      : {}),
    ...(typeof vacancy.hoursMax === 'number' || typeof vacancy.hoursMin === 'number' ? { workHours: workHours(vacancy, lang) } : {}),
  }
}

function workHours(vacancy: Pick<Vacancy, 'hoursMin' | 'hoursMax'>, lang: Lang): string {
  const min = vacancy.hoursMin ?? vacancy.hoursMax
  const max = vacancy.hoursMax ?? vacancy.hoursMin
  const range = min === max ? `${min}` : `${min}–${max}`
  return lang === 'en' ? `${range} hours a week` : `${range} uur per week`
}
