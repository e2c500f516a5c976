import { describe, expect, it } from 'vitest'

import { validateWebVtt } from '../../../cms/collections/Videos/validateWebVtt'

const en = { req: { i18n: { language: 'en' } } }
const nl = { req: { i18n: { language: 'nl' } } }

describe('validateWebVtt', () => {
  it('accepts a well-formed track', () => {
    expect(validateWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHallo', nl)).toBe(true)
  })

  it('says what is wrong in the admin user’s language, Dutch when unknown', () => {
    expect(validateWebVtt('00:00:01.000 --> 00:00:03.000\nHallo', en)).toBe('A caption track must start with the line WEBVTT.')
    expect(validateWebVtt('00:00:01.000 --> 00:00:03.000\nHallo', nl)).toBe('Een ondertitelspoor begint met de regel WEBVTT.')
    expect(validateWebVtt('WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nHallo')).toBe('Regel 3: een ondertitel moet eindigen na zijn begin.')
    expect(validateWebVtt('WEBVTT\n\n1:2 --> 3:4\nHallo', en)).toMatch(/^Line 3 is not a valid cue timing/)
    expect(validateWebVtt('WEBVTT\n', nl)).toBe('Het ondertitelspoor heeft geen ondertitels.')
    expect(validateWebVtt('', en)).toBe('Add the caption text.')
  })
})
