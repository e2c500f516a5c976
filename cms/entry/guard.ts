/**
 * What every site-key endpoint for candidates checks first (./endpoints.ts, ./personal.ts): the
 * site's key, the visitor's rate limit and the size of the body. Returns a Response to send at
 * once, or null to go on.
 */
import type { PayloadRequest } from 'payload'

import { SITE_KEY_HEADER } from '../../common/api'
import type { Locale } from '../../common/locale'
import { clientAddress, createRateLimiter } from '../lib/rateLimit'
import { isSiteKey } from '../lib/siteKey'

export type Limiter = ReturnType<typeof createRateLimiter>

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const copy = {
  nl: { tooMany: 'Te veel pogingen vanaf dit adres. Probeer het over een paar minuten opnieuw.', tooLarge: 'Wat je stuurt is te groot.' },
  en: { tooMany: 'Too many attempts from this address. Try again in a few minutes.', tooLarge: 'What you sent is too large.' },
} satisfies Record<Locale, Record<string, string>>

export const tooManyMessage = (locale: Locale) => copy[locale].tooMany

// The visitor the site names (with its key), a trusted proxy's client, or the TCP peer (rateLimit.ts).
export const visitorOf = (req: PayloadRequest, siteKey: () => string | null) => clientAddress(req, { siteKey })

/**
 * `limit: false` leaves the rate limit to the caller: the submission endpoints count only new
 * submissions, so a retry of a stored one is never refused as "too many".
 */
export function guard(req: PayloadRequest, opts: { limiter: Limiter; siteKey: () => string | null; name: string; maxBytes: number; locale: Locale; limit?: boolean }): Response | null {
  if (!isSiteKey(req.headers.get(SITE_KEY_HEADER), opts.siteKey())) return json({ error: 'This endpoint is for the career site only.' }, 403)
  if (opts.limit !== false && !opts.limiter.allow(`entry:${opts.name}:${visitorOf(req, opts.siteKey)}`)) return json({ error: copy[opts.locale].tooMany }, 429)
  // A body must say how long it is; a call that sends none (maxBytes 0) may leave the header out.
  const length = Number(req.headers.get('content-length') ?? (opts.maxBytes === 0 ? 0 : NaN))
  if (!Number.isFinite(length) || length > opts.maxBytes) return json({ error: copy[opts.locale].tooLarge }, 413)
  return null
}

/** A 4xx status on a thrown error (Payload's APIError and ValidationError carry one): the input's fault. */
export function clientErrorStatus(error: unknown): number | null {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null
}

export const localeFrom = (req: PayloadRequest): Locale => (req.searchParams?.get('locale') === 'en' ? 'en' : 'nl')
