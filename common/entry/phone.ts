/**
 * Phone numbers candidates type on a phone: `06 12345678`, `+31 6-1234 5678`, `0031612345678`,
 * `+31 (0)6 1234 5678`. Pure functions, shared by the career site (first check, messages) and the
 * CMS (the check that counts).
 */
import type { Locale } from '../locale'

export type { Locale }

export type PhoneProblem = 'empty' | 'format' | 'length' | 'landline' | 'foreign'

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: PhoneProblem }

/** Removes what people put between digits: spaces (also non-breaking), dashes, dots, slashes, brackets, a "(0)". */
function compact(input: string): string {
  return input
    .normalize('NFKC')
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\u00a0\u2009\u202f().\-–—/]/g, '')
}

/**
 * A Dutch mobile number (06 + 8 digits) in E.164 (`+316…`), or why not. Landlines, service numbers
 * and foreign numbers are refused: the lead form promises a call or a WhatsApp on a Dutch 06 number.
 */
export function normalizeDutchMobile(input: string): PhoneResult {
  const raw = compact(input)
  if (raw === '') return { ok: false, problem: 'empty' }
  if (!/^\+?\d+$/.test(raw)) return { ok: false, problem: 'format' }
  let national: string
  if (raw.startsWith('+')) {
    if (!raw.startsWith('+31')) return { ok: false, problem: 'foreign' }
    national = '0' + raw.slice(3)
  } else if (raw.startsWith('00')) {
    if (!raw.startsWith('0031')) return { ok: false, problem: 'foreign' }
    national = '0' + raw.slice(4)
  } else if (raw.startsWith('0')) {
    national = raw
  } else {
    return { ok: false, problem: 'format' }
  }
  // "+31 06 …" happens: the trunk zero typed after the country code.
  if (national.startsWith('00')) national = national.slice(1)
  if (!national.startsWith('06')) return national.length >= 3 ? { ok: false, problem: 'landline' } : { ok: false, problem: 'length' }
  if (national.length !== 10) return { ok: false, problem: 'length' }
  return { ok: true, e164: '+31' + national.slice(1) }
}

/**
 * Any reachable number for an application: Dutch numbers (mobile or landline) become `+31…`,
 * international numbers must start with + or 00 and have 8–15 digits.
 */
export function normalizeAnyPhone(input: string): PhoneResult {
  const raw = compact(input)
  if (raw === '') return { ok: false, problem: 'empty' }
  if (!/^\+?\d+$/.test(raw)) return { ok: false, problem: 'format' }
  if (raw.startsWith('+') || raw.startsWith('00')) {
    const digits = raw.startsWith('+') ? raw.slice(1) : raw.slice(2)
    if (digits.startsWith('31')) {
      const national = '0' + digits.slice(2).replace(/^0/, '')
      return national.length === 10 ? { ok: true, e164: '+31' + national.slice(1) } : { ok: false, problem: 'length' }
    }
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? { ok: true, e164: '+' + digits } : { ok: false, problem: 'length' }
  }
  if (raw.startsWith('0')) return raw.length === 10 ? { ok: true, e164: '+31' + raw.slice(1) } : { ok: false, problem: 'length' }
  return { ok: false, problem: 'format' }
}

export const phoneMessages: Record<PhoneProblem, Record<Locale, string>> = {
  empty: { nl: 'Vul je 06-nummer in.', en: 'Enter your mobile number.' },
  format: { nl: 'Een telefoonnummer bestaat uit cijfers, bijvoorbeeld 06 12345678.', en: 'A phone number is made of digits, for example 06 12345678.' },
  length: { nl: 'Dit nummer heeft niet genoeg of te veel cijfers. Een 06-nummer heeft 10 cijfers, bijvoorbeeld 06 12345678.', en: 'This number has too few or too many digits. A Dutch mobile number has 10 digits, for example 06 12345678.' },
  landline: { nl: 'Dit is een vast nummer. Vul een 06-nummer in, of je e-mailadres.', en: 'This is a landline number. Enter a Dutch mobile number (06…), or your email address.' },
  foreign: { nl: 'We kunnen alleen Nederlandse 06-nummers bellen. Vul anders je e-mailadres in.', en: 'We can only call Dutch mobile numbers (06…). Enter your email address instead.' },
}

/** Messages for the application form's phone field (any number allowed, so no landline/foreign refusal). */
export const anyPhoneMessages: Record<'empty' | 'invalid', Record<Locale, string>> = {
  empty: { nl: 'Vul je telefoonnummer in, zodat we je kunnen bellen.', en: 'Enter your phone number so we can call you.' },
  invalid: { nl: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.', en: 'Enter a valid phone number, for example 06 12345678 or +44 7700 900123.' },
}
