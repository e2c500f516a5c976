import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions and must never be committed. The embedded demo generates one the
 * first time and keeps it beside the demo database (mode 0600), so restarts keep people logged in.
 * A production (MongoDB) start without one refuses: a random per-boot secret would silently log
 * everybody out and differ between CMS and workers.
 */
export function resolvePayloadSecret(opts: { env: Record<string, string | undefined>; dataDir: string; isDemo: boolean }): string {
  const fromEnv = opts.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('PAYLOAD_SECRET is too short: use at least 32 random characters (for example: openssl rand -hex 32).')
    return fromEnv
  }
  // `next build` evaluates the config without serving anyone; nothing is signed with this value.
  if (opts.env.NEXT_PHASE === 'phase-production-build') return crypto.randomBytes(32).toString('hex')
  if (!opts.isDemo) {
    throw new Error(
      'PAYLOAD_SECRET is not set. A production database (DATABASE_URI=mongodb://…) needs a fixed secret from the environment: ' +
        'set PAYLOAD_SECRET to at least 32 random characters (openssl rand -hex 32) for the CMS and every worker.',
    )
  }
  const file = path.join(opts.dataDir, 'payload-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // not there yet: generated below
  }
  fs.mkdirSync(opts.dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  // 'wx' makes concurrent first starts agree: the loser reads the winner's secret.
  try {
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    return fs.readFileSync(file, 'utf8').trim()
  }
}
