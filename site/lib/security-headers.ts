/** Security headers for every page the site renders (applied in site/middleware.ts). */

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null
  } catch {
    return null
  }
}

/**
 * The Content-Security-Policy. Production pages load only same-origin scripts and styles (no
 * inline code: see `build` in astro.config.mjs); media, posters and HLS segments come from the
 * CMS's public origin; hls.js feeds Media Source through blob: URLs and may run a blob: worker.
 * The dev server needs inline scripts and styles and a websocket, so dev gets a looser policy.
 */
export function contentSecurityPolicy(cmsPublicUrl: string, dev = false): string {
  const cms = originOf(cmsPublicUrl)
  const media = ["'self'", ...(cms ? [cms] : [])].join(' ')
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': dev ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': dev ? "'self' 'unsafe-inline'" : "'self'",
    'img-src': `${media} data:`,
    'media-src': `${media} blob:`,
    'connect-src': dev ? `${media} ws: wss:` : media,
    'worker-src': "'self' blob:",
    'font-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  }
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

export function securityHeaders(cmsPublicUrl: string, dev = false): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(cmsPublicUrl, dev),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
}
