import { describe, expect, it } from 'vitest'

import type { Vacancy } from '../../../cms/payload-types'
import { endOfDutchDay, jobDescriptionHtml, jobPostingJsonLd } from '../../../site/lib/structured-data'

const description = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Wat ga je doen?' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Je plant <routes> & ritten.' }] },
    ],
  },
}

const vacancy = (over: Partial<Vacancy> = {}): Vacancy =>
  ({
    id: '0b6a3d9e-2c1f-4c55-9f0e-6f1d2b3c4d5e',
    title: 'Planner',
    slug: 'planner',
    status: 'open',
    summary: 'Jij houdt de vrachtwagens rijdend.',
    description,
    department: { id: 'd1', name: 'Operations', slug: 'operations', updatedAt: '', createdAt: '' },
    location: 'Rotterdam / hybride',
    employmentType: 'FULL_TIME',
    hoursMin: 32,
    hoursMax: 40,
    salaryMin: 3200,
    salaryMax: 4100,
    salaryPeriod: 'MONTH',
    datePosted: '2027-01-10T09:00:00.000Z',
    validThrough: '2027-03-12T10:00:00.000Z',
    applyMode: 'built-in',
    updatedAt: '2027-01-11T09:00:00.000Z',
    createdAt: '2027-01-09T09:00:00.000Z',
    ...over,
  }) as Vacancy

const url = 'https://werkenbij.example.nl/vacatures/planner'

describe('JobPosting JSON-LD', () => {
  it('has every field Google asks for, required and recommended', () => {
    const ld = jobPostingJsonLd(vacancy(), 'nl', url)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Planner',
      datePosted: '2027-01-10T09:00:00.000Z',
      validThrough: '2027-03-12T23:59:59+01:00',
      employmentType: 'FULL_TIME',
      directApply: true,
      url,
      identifier: { '@type': 'PropertyValue', name: 'Noordhaven Logistiek', value: '0b6a3d9e-2c1f-4c55-9f0e-6f1d2b3c4d5e' },
      hiringOrganization: { '@type': 'Organization', name: 'Noordhaven Logistiek', sameAs: 'https://werkenbij.example.nl/', logo: 'https://werkenbij.example.nl/favicon.svg' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', streetAddress: 'Waalhaven Oostzijde 12', postalCode: '3087 BM', addressLocality: 'Rotterdam', addressRegion: 'Zuid-Holland', addressCountry: 'NL' },
      },
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 3200, maxValue: 4100, unitText: 'MONTH' } },
      occupationalCategory: 'Operations',
      workHours: '32–40 uur per week',
    })
    for (const field of ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'employmentType', 'baseSalary', 'identifier', 'directApply']) {
      expect(ld, field).toHaveProperty(field)
    }
  })

  it('names the ESCO skills and occupation a recruiter confirmed, and leaves out anything malformed', () => {
    const ld = jobPostingJsonLd(
      vacancy({
        skills: [
          { uri: 'http://data.europa.eu/esco/skill/f2bc4d7e', label: 'ritten plannen', level: 'must' },
          { uri: 'http://data.europa.eu/esco/skill/0a1b2c3d', label: 'Excel gebruiken', level: 'nice' },
          // A company skill (skill-terms) is no ESCO term: its name only.
          { uri: 'urn:werkvloer:skill:exact-online', label: 'Exact Online', level: 'nice' },
        ],
        occupation: { uri: 'http://data.europa.eu/esco/occupation/9e8d7c6b', label: 'transportplanner' },
      }),
      'nl',
      url,
    )
    expect(ld.occupationalCategory).toBe('transportplanner')
    expect(ld.skills).toEqual([
      { '@type': 'DefinedTerm', name: 'ritten plannen', termCode: 'http://data.europa.eu/esco/skill/f2bc4d7e', inDefinedTermSet: 'https://esco.ec.europa.eu/' },
      { '@type': 'DefinedTerm', name: 'Excel gebruiken', termCode: 'http://data.europa.eu/esco/skill/0a1b2c3d', inDefinedTermSet: 'https://esco.ec.europa.eu/' },
      { '@type': 'DefinedTerm', name: 'Exact Online' },
    ])
    const broken = jobPostingJsonLd(vacancy({ skills: [{ label: 'no uri' }], occupation: 'x' }), 'nl', url)
    expect(broken).not.toHaveProperty('skills')
    expect(broken.occupationalCategory).toBe('Operations')
  })

  it('describes the job in escaped HTML: the summary, then the text', () => {
    const html = jobDescriptionHtml(vacancy())
    expect(html).toBe('<p>Jij houdt de vrachtwagens rijdend.</p><h2>Wat ga je doen?</h2><p>Je plant &lt;routes&gt; &amp; ritten.</p>')
    expect(jobDescriptionHtml(vacancy({ summary: null, description: null }))).toBe('<p>Planner</p>')
  })

  it('ends on the last day one can apply, in Dutch time (summer and winter)', () => {
    expect(endOfDutchDay('2027-03-12T10:00:00.000Z')).toBe('2027-03-12T23:59:59+01:00')
    expect(endOfDutchDay('2027-07-01T22:30:00.000Z')).toBe('2027-07-02T23:59:59+02:00') // already 2 July in Amsterdam
    expect(endOfDutchDay('not a date')).toBeNull()
  })

  it('leaves out what the vacancy does not say, and says so for an external ATS', () => {
    const ld = jobPostingJsonLd(vacancy({ validThrough: null, salaryMin: null, salaryMax: null, hoursMin: null, hoursMax: null, applyMode: 'external', applyUrl: 'https://ats.example.com/1', location: 'Zwolle' }), 'en', url)
    expect(ld).not.toHaveProperty('validThrough')
    expect(ld).not.toHaveProperty('baseSalary')
    expect(ld).not.toHaveProperty('workHours')
    expect(ld.directApply).toBe(false)
    expect(ld.jobLocation).toEqual({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Zwolle', addressCountry: 'NL' } })
    expect((ld.hiringOrganization as { sameAs: string }).sameAs).toBe('https://werkenbij.example.nl/en/')
  })

  it('gives one salary as a value, and falls back to createdAt for datePosted', () => {
    const ld = jobPostingJsonLd(vacancy({ salaryMin: 18.5, salaryMax: 18.5, salaryPeriod: 'HOUR', datePosted: null }), 'nl', url)
    expect(ld.baseSalary).toEqual({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 18.5, unitText: 'HOUR' } })
    expect(ld.datePosted).toBe('2027-01-09T09:00:00.000Z')
  })
})
