import crypto from 'node:crypto'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { publicError } from '../../../lib/publicError'
import { accountName, createLoginThrottle, loginThrottleMessages } from '../../../lib/loginThrottle'
import { clientAddress } from '../../../lib/rateLimit'
import { currentSiteKey } from '../../../lib/currentSiteKey'

/** One throttle for the CMS process (see cms/lib/loginThrottle.ts for why it replaces the lockout). */
export const loginThrottle = createLoginThrottle()

const languageOf = (req: { i18n?: { language?: string } }) => (req.i18n?.language === 'en' ? 'en' : 'nl')

/**
 * Payload answers an unknown address at once but checks a known one's password with PBKDF2
 * (600,000 rounds): the difference in time would tell which addresses exist. For an unknown
 * address the same work is done here, on a throw-away salt.
 */
function sameWorkAsAPasswordCheck(password: unknown): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(typeof password === 'string' ? password : '', crypto.randomBytes(32), 600_000, 32, 'sha256', () => resolve()))
}

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const account = accountName(data?.email)
  if (!loginThrottle.attempt(clientAddress(req, { siteKey: currentSiteKey }), account)) throw publicError(loginThrottleMessages[languageOf(req)], 429)
  const known = account ? await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req }) : null
  if (!known) await sameWorkAsAPasswordCheck(data?.password)
  return args
}

export const forgiveLoginFailures: CollectionAfterLoginHook = ({ req, user }) => {
  loginThrottle.succeeded(clientAddress(req, { siteKey: currentSiteKey }), accountName((user as { email?: unknown }).email))
}
