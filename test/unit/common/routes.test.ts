import { describe, expect, it } from 'vitest'

import { CONTRIBUTE_PREFIXES, langOfPath, localizedAlternates, movedSlug, parsePublishedPage, routes, slugIn } from '../../../common/routes'

describe('the route table', () => {
  it('gives each page its Dutch and its English address', () => {
    expect([routes.contributeStatus('nl', 'abc'), routes.contributeStatus('en', 'abc')]).toEqual(['/bijdragen/status/abc', '/en/contribute/status/abc'])
    expect([routes.deleteDetails('nl', 't'), routes.deleteDetails('en', 't')]).toEqual(['/gegevens-verwijderen/t', '/en/delete-my-details/t'])
    expect([routes.video('nl', 'v1'), routes.video('en', 'v1')]).toEqual(['/video/v1', '/en/videos/v1'])
    expect([routes.story('nl', 'mijn-dag'), routes.story('en', 'mijn-dag')]).toEqual(['/verhalen/mijn-dag', '/en/stories/mijn-dag'])
    expect([routes.apply('nl', 'chauffeur'), routes.apply('en', 'chauffeur')]).toEqual(['/vacatures/chauffeur/solliciteren', '/en/vacancies/chauffeur/apply'])
    expect([routes.quizResult('nl', 'q'), routes.businessCaseResult('en', 'c')]).toEqual(['/quiz/q/uitslag', '/en/business-case/c/result'])
    expect(routes.contributeUpload('en', 'tok')).toBe('/en/contribute/tok/upload')
  })

  it('gives a vacancy its own slug in each language, the Dutch one where no English one is set', () => {
    const slugs = { nl: 'klantenservicemedewerker-zakelijk', en: 'business-customer-service-agent' }
    expect(localizedAlternates(routes.vacancy, slugs)).toEqual({ nl: '/vacatures/klantenservicemedewerker-zakelijk', en: '/en/vacancies/business-customer-service-agent' })
    expect(localizedAlternates(routes.apply, slugs)).toEqual({ nl: '/vacatures/klantenservicemedewerker-zakelijk/solliciteren', en: '/en/vacancies/business-customer-service-agent/apply' })
    expect(localizedAlternates(routes.department, { nl: 'klantenservice', en: 'customer-service' })).toEqual({ nl: '/afdelingen/klantenservice', en: '/en/departments/customer-service' })
    expect(localizedAlternates(routes.vacancy, { nl: 'chauffeur', en: null })).toEqual({ nl: '/vacatures/chauffeur', en: '/en/vacancies/chauffeur' })
    expect(localizedAlternates(routes.vacancy, {})).toBeNull()
    expect(slugIn({ nl: 'a', en: '' }, 'en')).toBe('a')
  })

  it('sends an old English link with the Dutch slug to the English slug, and leaves the right one alone', () => {
    const slugs = { nl: 'klantenservicemedewerker-zakelijk', en: 'business-customer-service-agent' }
    expect(movedSlug('klantenservicemedewerker-zakelijk', slugs, 'en')).toBe('business-customer-service-agent')
    expect(movedSlug('business-customer-service-agent', slugs, 'en')).toBeNull()
    // Dutch addresses never move.
    expect(movedSlug('klantenservicemedewerker-zakelijk', slugs, 'nl')).toBeNull()
    // A vacancy without an English slug is reached under /en/ with its Dutch one.
    expect(movedSlug('chauffeur', { nl: 'chauffeur' }, 'en')).toBeNull()
  })

  it('every contribution page lies under a contribution prefix, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const path of [routes.contribute(lang, 't'), routes.contributeUpload(lang, 't'), routes.contributeStatus(lang, 't')]) {
        expect(CONTRIBUTE_PREFIXES.some((p) => path.startsWith(p))).toBe(true)
        expect(langOfPath(path)).toBe(lang)
      }
    }
  })

  it('reads back only the published pages it makes, in their own language', () => {
    expect(parsePublishedPage(routes.video('en', 'abc-1'))).toEqual({ page: 'video', lang: 'en', id: 'abc-1' })
    expect(parsePublishedPage(routes.story('nl', 'mijn-dag'))).toEqual({ page: 'story', lang: 'nl', slug: 'mijn-dag' })
    expect(parsePublishedPage('/en/video/abc')).toBeNull()
    expect(parsePublishedPage('/verhalen/x/y')).toBeNull()
    expect(parsePublishedPage('https://evil.example/video/abc')).toBeNull()
    expect(parsePublishedPage('//evil.example/video/abc')).toBeNull()
    expect(parsePublishedPage('/video/%E0%A4%A')).toBeNull()
    expect(parsePublishedPage(null)).toBeNull()
  })
})
