import { defineMiddleware } from 'astro:middleware'

import { cmsPublicUrl } from './lib/cms'
import { securityHeaders } from './lib/security-headers'

/** Adds the security headers (CSP, nosniff, referrer policy, no framing) to every response. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next()
  const headers = securityHeaders(cmsPublicUrl(), import.meta.env.DEV)
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
    return response
  } catch {
    // Some responses (e.g. Response.redirect) have immutable headers: copy them.
    const copy = new Response(response.body, response)
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value)
    return copy
  }
})
