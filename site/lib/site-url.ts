/** The career site's public address, for canonical links, hreflang, Open Graph, feeds and the sitemap. */
import { originOf } from './security-headers'

/**
 * SITE_PUBLIC_URL when it is set (behind a proxy the request's own address may be an internal
 * one), else the origin the request came in on.
 */
export function siteOrigin(requestUrl: URL): string {
  return originOf(process.env.SITE_PUBLIC_URL ?? '') ?? requestUrl.origin
}

/** An absolute URL on the site for a path. */
export function absoluteUrl(requestUrl: URL, path: string): string {
  return new URL(path, siteOrigin(requestUrl)).href
}
