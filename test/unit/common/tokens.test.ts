import { describe, expect, it } from 'vitest'

import { newToken } from '../../../cms/lib/tokens'
import { looksLikeToken } from '../../../common/tokens'

describe('token shape', () => {
  it('accepts every token the CMS makes and nothing else', () => {
    for (let i = 0; i < 50; i++) expect(looksLikeToken(newToken())).toBe(true)
    const token = newToken()
    expect(looksLikeToken(token.slice(1))).toBe(false)
    expect(looksLikeToken(`${token}A`)).toBe(false)
    expect(looksLikeToken(`${token.slice(1)}=`)).toBe(false)
    expect(looksLikeToken(`${token.slice(1)}/`)).toBe(false)
    expect(looksLikeToken(undefined)).toBe(false)
    expect(looksLikeToken(42)).toBe(false)
  })
})
