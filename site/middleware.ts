import { defineMiddleware, sequence } from 'astro:middleware'

import { cmsPublicUrl } from './lib/cms'
import { contributePermissionsPolicy, isContributePath } from './lib/contribute'
import { recordAttribution } from './lib/entry/attribution'
import { pageCacheMiddleware, registerPageViewEffects, type PageViewEffects } from './lib/page-cache'
import { securityHeaders } from './lib/security-headers'
import { withVisitor } from './lib/visitor'

/**
 * What every page view needs, also when its page comes straight from the page cache: the front
 * server (scripts/site-server.ts) runs these too before it sends a cached page without Astro.
 */
const pageViewEffects: PageViewEffects = (context) => {
  // First-party attribution for leads and applications (UTM, referrer, landing page, watched video).
  recordAttribution(context as Parameters<typeof recordAttribution>[0])
}
registerPageViewEffects(pageViewEffects)

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

// Page-view effects first, then the page cache (lib/page-cache.ts): it keeps finished pages, with
// the headers set after it, for a few seconds. Cookies set through context.cookies are added by
// Astro to every response, cached or not.
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
  defineMiddleware((context, next) => {
    pageViewEffects(context)
    return pageCacheMiddleware(context, next)
  }),
  securityHeadersMiddleware,
)
