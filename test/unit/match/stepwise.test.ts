/**
 * The engine built in slices (what the CMS does after a change of company terms, between requests)
 * is the engine built at once: same proposals, same ranking; a build that is no longer wanted stops.
 */
import { describe, expect, it } from 'vitest'

import { companySkillUri, withCompanyTerms } from '../../../common/match/companyTerms'
import { dutchSubset } from '../../../common/match/dutchSubset'
import { MatchEngine } from '../../../common/match/engine'
import { moveProfiles } from '../../../common/match/moveProfiles'
import { queryFromText } from '../../../common/match/rank'
import { runGradually, runNow } from '../../../common/match/stepwise'
import { subsetTaxonomy } from '../../../common/match/taxonomy'

const PROSPECT = 'http://data.europa.eu/esco/skill/6d97bf55-6fb6-4795-8282-3ef915ae0bb8'
const taxonomy = withCompanyTerms(subsetTaxonomy(dutchSubset), [
  { kind: 'company', uri: companySkillUri('Exact Online'), nl: 'Exact Online' },
  { kind: 'synonym', uri: PROSPECT, nl: 'klantenjacht' },
])
const texts = [
  { id: 'a', text: 'Klantenservicemedewerker: je beantwoordt telefoontjes en handelt klachten af; boekhouding in Exact Online.', lang: 'nl' as const },
  { id: 'b', text: 'Accountmanager buitendienst: klantenjacht, offertes maken, rijbewijs B.', lang: 'nl' as const },
  { id: 'c', text: 'IT support: you solve ICT problems for users and install hardware.', lang: 'en' as const },
]
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('the engine built in slices', () => {
  it('proposes and ranks exactly as the engine built at once, and yields between slices', async () => {
    const direct = new MatchEngine(taxonomy)
    let pauses = 0
    const built = await runGradually(MatchEngine.stepwise(taxonomy), () => (pauses++, breathe()), { sliceMs: 0 })
    if (built.stopped) throw new Error('a build nobody replaced must finish')
    const sliced = built.value
    expect(pauses).toBeGreaterThan(10)
    for (const { text, lang } of texts) expect(sliced.matcher.extract(text, { lang })).toEqual(direct.matcher.extract(text, { lang }))
    for (const t of texts) direct.addProfile({ ...t, kind: 'cv' })
    // The talent base moves over in slices too; the moved index ranks as the one it came from.
    expect((await runGradually(moveProfiles(direct.index, sliced.index), breathe, { sliceMs: 0 })).stopped).toBe(false)
    const query = queryFromText(direct.matcher, { id: 'v', text: 'Accountmanager: klantenjacht en Exact Online.', lang: 'nl' })
    expect(sliced.index.rank(query)).toEqual(direct.index.rank(query))
    expect(sliced.index.rank(query).results[0]?.why.skills.matched.map((m) => m.how)).toEqual(expect.arrayContaining(['synonym']))
  })

  it('stops at the next slice once a newer change makes it stale', async () => {
    let stale = false
    const run = runGradually(MatchEngine.stepwise(taxonomy), breathe, { sliceMs: 0, stale: () => stale })
    stale = true
    expect(await run).toEqual({ stopped: true })
    // At once, the same steps give a working engine.
    expect(runNow(MatchEngine.stepwise(taxonomy)).matcher.extract('Exact Online', { lang: 'nl' }).skills[0]?.uri).toBe(companySkillUri('Exact Online'))
  })
})
