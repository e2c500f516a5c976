import { defineMiddleware, sequence } from 'astro:middleware'

import { cmsPublicUrl } from './lib/cms'
import { contributePermissionsPolicy, isContributePath } from './lib/contribute'
import { pageCacheMiddleware } from './lib/page-cache'
import { securityHeaders } from './lib/security-headers'
import { withVisitor } from './lib/visitor'

// The site sets no cookie at all, so a cached page (lib/page-cache.ts) is the same for everyone.
// Attribution lives in the visitor's tab (lib/entry/attribution.ts), measurement in the beacon
// (components/insights/beacon.ts), so a page is the same for every visitor, cached or not.

/** Adds the security headers (CSP, nosniff, referrer policy, no framing) to every response. */
const securityHeadersMiddleware = defineMiddleware(async (context, next) => {
  const response = await next()
  const headers = securityHeaders(cmsPublicUrl(), import.meta.env.DEV)
  // The contribution pages record video in the browser: camera and microphone for this origin only.
  if (isContributePath(context.url.pathname)) headers['Permissions-Policy'] = contributePermissionsPolicy
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

// The page cache (lib/page-cache.ts) keeps finished pages, with the headers set after it, for a
// few seconds.
export const onRequest = sequence(
  // The visitor's address, for the CMS calls made while rendering (lib/visitor.ts).
  defineMiddleware((context, next) => {
    let address: string | undefined
    try {
      address = context.clientAddress
    } catch {
      address = undefined // prerendered pages have none
    }
    return withVisitor(address, next)
  }),
  defineMiddleware((context, next) => pageCacheMiddleware(context, next)),
  securityHeadersMiddleware,
)
