import { describe, expect, it } from 'vitest'

import { normalizeAnyPhone, normalizeDutchMobile, phoneMessages } from '../../../common/entry/phone'
import { parseContact } from '../../../common/entry/schemas'

describe('Dutch mobile numbers for the lead form', () => {
  it.each([
    ['06 12345678'],
    ['0612345678'],
    ['06-12345678'],
    ['06 1234 5678'],
    ['+31 6-1234 5678'],
    ['+31612345678'],
    ['+31 (0)6 12 34 56 78'],
    ['0031612345678'],
    ['0031 6 12 34 56 78'],
    ['  06\u00a012345678 '],
    ['06.12.34.56.78'],
  ])('%s becomes +31612345678', (input) => {
    expect(normalizeDutchMobile(input)).toEqual({ ok: true, e164: '+31612345678' })
  })

  it('refuses landlines with a message that says why and what to do', () => {
    for (const landline of ['010 123 4567', '+31 10 123 4567', '0031201234567', '020-1234567']) {
      expect(normalizeDutchMobile(landline)).toEqual({ ok: false, problem: 'landline' })
    }
    expect(phoneMessages.landline.nl).toMatch(/vast nummer.*06-nummer.*e-mailadres/)
    expect(phoneMessages.landline.en).toMatch(/landline.*mobile.*email/)
  })

  it('refuses foreign numbers, asking for an email address instead', () => {
    for (const foreign of ['+32 470 12 34 56', '+44 7700 900123', '0049 151 12345678']) {
      expect(normalizeDutchMobile(foreign)).toEqual({ ok: false, problem: 'foreign' })
    }
    expect(phoneMessages.foreign.nl).toMatch(/Nederlandse 06-nummers.*e-mailadres/)
  })

  it('refuses numbers with too few or too many digits, and things that are not numbers', () => {
    expect(normalizeDutchMobile('06 1234567')).toEqual({ ok: false, problem: 'length' })
    expect(normalizeDutchMobile('06 123456789')).toEqual({ ok: false, problem: 'length' })
    expect(normalizeDutchMobile('+316123456')).toEqual({ ok: false, problem: 'length' })
    expect(normalizeDutchMobile('06 1234 abcd')).toEqual({ ok: false, problem: 'format' })
    expect(normalizeDutchMobile('612345678')).toEqual({ ok: false, problem: 'format' })
    expect(normalizeDutchMobile('')).toEqual({ ok: false, problem: 'empty' })
  })
})

describe('any phone number for an application', () => {
  it('normalises Dutch numbers, mobile or landline, and keeps international ones', () => {
    expect(normalizeAnyPhone('06 12345678')).toEqual({ ok: true, e164: '+31612345678' })
    expect(normalizeAnyPhone('010-1234567')).toEqual({ ok: true, e164: '+31101234567' })
    expect(normalizeAnyPhone('+31 (0)10 123 4567')).toEqual({ ok: true, e164: '+31101234567' })
    expect(normalizeAnyPhone('+32 470 12 34 56')).toEqual({ ok: true, e164: '+32470123456' })
    expect(normalizeAnyPhone('0044 7700 900123')).toEqual({ ok: true, e164: '+447700900123' })
  })

  it('refuses what cannot be dialled', () => {
    expect(normalizeAnyPhone('12345')).toMatchObject({ ok: false })
    expect(normalizeAnyPhone('010 12345')).toMatchObject({ ok: false })
    expect(normalizeAnyPhone('bel me')).toMatchObject({ ok: false })
  })
})

describe('the lead form’s one contact field', () => {
  it('takes an email address or a Dutch mobile number', () => {
    expect(parseContact(' anna@example.com ', 'nl')).toEqual({ ok: true, email: 'anna@example.com' })
    expect(parseContact('06 12345678', 'nl')).toEqual({ ok: true, phone: '+31612345678' })
    expect(parseContact('+31 6-1234 5678', 'en')).toEqual({ ok: true, phone: '+31612345678' })
  })

  it('explains what is wrong in the visitor’s language', () => {
    expect(parseContact('', 'nl')).toEqual({ ok: false, message: 'Vul je e-mailadres of je 06-nummer in.' })
    expect(parseContact('anna@', 'en')).toMatchObject({ ok: false, message: expect.stringMatching(/valid email/) })
    expect(parseContact('010 1234567', 'nl')).toMatchObject({ ok: false, message: expect.stringMatching(/vast nummer/) })
    expect(parseContact('anna', 'nl')).toMatchObject({ ok: false, message: expect.stringMatching(/e-mailadres/) })
  })
})
