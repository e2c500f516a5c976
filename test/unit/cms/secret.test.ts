import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret } from '../../../cms/lib/secret'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wv-secret-'))

describe('resolvePayloadSecret', () => {
  it('takes PAYLOAD_SECRET from the environment and refuses a short one', () => {
    const secret = 'x'.repeat(40)
    expect(resolvePayloadSecret({ env: { PAYLOAD_SECRET: secret }, dataDir: tmp(), isDemo: false })).toBe(secret)
    expect(() => resolvePayloadSecret({ env: { PAYLOAD_SECRET: 'short' }, dataDir: tmp(), isDemo: true })).toThrow(/too short/)
  })

  it('refuses a production start without a secret, saying how to make one', () => {
    expect(() => resolvePayloadSecret({ env: {}, dataDir: tmp(), isDemo: false })).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/)
  })

  it('generates a demo secret once, private to the owner, and keeps it across restarts', () => {
    const dir = tmp()
    const first = resolvePayloadSecret({ env: {}, dataDir: dir, isDemo: true })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(path.join(dir, 'payload-secret')).mode & 0o777).toBe(0o600)
    expect(resolvePayloadSecret({ env: {}, dataDir: dir, isDemo: true })).toBe(first)
  })
})
