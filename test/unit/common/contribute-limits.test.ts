/** The site's first check and the CMS's real check of the employee forms take and refuse the same. */
import { describe, expect, it } from 'vitest'

import { consentInput, storyInput } from '../../../cms/contribute/schemas'
import { consentSchema, storySchema } from '../../../site/lib/contribute'

const token = 'A'.repeat(43)
const person = { name: 'Sanne', role: '', department: '', email: 'sanne@example.com' }

describe('contribution limits, site and CMS', () => {
  it.each([
    ['a 40-character story', 'x'.repeat(40), true],
    ['a 39-character story', 'x'.repeat(39), false],
    ['an 8000-character story', 'x'.repeat(8000), true],
    ['an 8001-character story', 'x'.repeat(8001), false],
  ])('%s', (_what, text, ok) => {
    expect(storySchema('nl').safeParse({ title: 'Mijn dag', text }).success).toBe(ok)
    expect(storyInput.safeParse({ uploadToken: token, title: 'Mijn dag', text }).success).toBe(ok)
  })

  it.each([
    ['a 120-character name', { name: 'n'.repeat(120) }, true],
    ['a 121-character name', { name: 'n'.repeat(121) }, false],
    ['a 121-character role', { role: 'r'.repeat(121) }, false],
    ['a 141-character story title', null, false],
  ])('%s', (_what, change, ok) => {
    if (change === null) {
      expect(storySchema('en').safeParse({ title: 't'.repeat(141), text: 'x'.repeat(50) }).success).toBe(ok)
      expect(storyInput.safeParse({ uploadToken: token, title: 't'.repeat(141), text: 'x'.repeat(50) }).success).toBe(ok)
      return
    }
    expect(consentSchema('en').safeParse({ ...person, ...change, consent: 'yes' }).success).toBe(ok)
    expect(consentInput.safeParse({ token, locale: 'en', kind: 'video', ...person, ...change, releaseVersion: 'r1', confirmedDonts: true, agree: true }).success).toBe(ok)
  })
})
