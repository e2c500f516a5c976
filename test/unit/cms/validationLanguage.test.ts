import { describe, expect, it } from 'vitest'

import { validateApplyUrl, validateRange } from '../../../cms/collections/Vacancies/validation'
import { validateQuestions, validateSkillKey } from '../../../cms/collections/Quizzes/validation'

const as = (language: 'nl' | 'en') => ({ req: { i18n: { language } } }) as never

describe('validation messages follow the admin user’s language', () => {
  it('says a range is upside down in Dutch or English', () => {
    const check = validateRange('salaryMin', { nl: 'Het maximumsalaris moet minstens het minimum zijn.', en: 'The maximum salary must be at least the minimum.' })
    expect(check(3000, { siblingData: { salaryMin: 4000 }, ...(as('nl') as object) } as never)).toBe('Het maximumsalaris moet minstens het minimum zijn.')
    expect(check(3000, { siblingData: { salaryMin: 4000 }, ...(as('en') as object) } as never)).toBe('The maximum salary must be at least the minimum.')
    expect(check(5000, { siblingData: { salaryMin: 4000 }, ...(as('en') as object) } as never)).toBe(true)
  })

  it('refuses a non-https apply link in both languages, Dutch when the language is unknown', () => {
    const data = { siblingData: { applyMode: 'external' } }
    expect(validateApplyUrl('http://ats.example', { ...data, ...(as('en') as object) } as never)).toBe('The application address must start with https://')
    expect(validateApplyUrl('http://ats.example', { ...data, ...(as('nl') as object) } as never)).toBe('Het sollicitatieadres moet met https:// beginnen.')
    expect(validateApplyUrl('http://ats.example', data as never)).toBe('Het sollicitatieadres moet met https:// beginnen.')
  })

  it('explains quiz mistakes in both languages', () => {
    expect(validateQuestions([], as('nl'))).toBe('Een quiz heeft 3 tot 7 vragen (deze heeft er 0).')
    expect(validateQuestions([], as('en'))).toBe('A quiz has 3 to 7 questions (this one has 0).')
    expect(validateSkillKey('Met Spaties', as('en'))).toMatch(/^Use lowercase letters/)
    expect(validateSkillKey('Met Spaties', as('nl'))).toMatch(/^Gebruik kleine letters/)
  })
})
