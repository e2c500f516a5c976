import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The career site's key for the CMS's candidate entry endpoints (applications, leads): the site
 * server posts on behalf of visitors and is the only caller those endpoints trust. From
 * SITE_API_KEY; the embedded demo generates one under dataDir. Null means entry endpoints refuse.
 */
export function resolveSiteApiKey(opts: { env: Record<string, string | undefined>; dataDir: string; isDemo: boolean }): string | null {
  const fromEnv = opts.env.SITE_API_KEY?.trim()
  if (fromEnv) return fromEnv.length >= 32 ? fromEnv : null
  if (!opts.isDemo) return null
  const file = path.join(opts.dataDir, 'site-api-key')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // generated below
  }
  fs.mkdirSync(opts.dataDir, { recursive: true })
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
  } catch {
    // another process won the race; read its key
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Constant-time comparison, so the key cannot be guessed byte by byte from response times. */
export function isSiteKey(candidate: string | null | undefined, key: string | null): boolean {
  if (!candidate || !key) return false
  const a = Buffer.from(candidate)
  const b = Buffer.from(key)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

