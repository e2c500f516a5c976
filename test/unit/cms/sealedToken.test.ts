import { describe, expect, it } from 'vitest'

import { openToken, sealToken } from '../../../cms/lib/sealedToken'
import { newToken } from '../../../cms/lib/tokens'

const secret = 'a'.repeat(64)

describe('a sealed invite token', () => {
  it('opens to the same token with the same secret, and never contains it', () => {
    const token = newToken()
    const sealed = sealToken(token, secret)
    expect(sealed).not.toContain(token)
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(openToken(sealed, secret)).toBe(token)
    // A fresh IV each time: two seals of one token differ.
    expect(sealToken(token, secret)).not.toBe(sealed)
  })

  it('does not open with another secret, another context, or after tampering', () => {
    const sealed = sealToken(newToken(), secret)
    expect(openToken(sealed, 'b'.repeat(64))).toBeNull()
    expect(openToken(sealed, secret, 'status-links')).toBeNull()
    const [v, iv, body, tag] = sealed.split('.')
    // The first character: the last one of a base64url string may only carry padding bits.
    const flipped = (body!.startsWith('A') ? 'B' : 'A') + body!.slice(1)
    expect(openToken([v, iv, flipped, tag].join('.'), secret)).toBeNull()
    expect(openToken('garbage', secret)).toBeNull()
    expect(openToken(null, secret)).toBeNull()
  })
})
