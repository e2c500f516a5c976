/** Addresses people click: links in mails and QR codes point at the career site, not the CMS. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_PUBLIC_URL ?? `http://localhost:${env.SITE_PORT ?? 4321}`).replace(/\/$/, '')
}

export function contributeLink(token: string, locale: string): string {
  return `${siteUrl()}${locale === 'en' ? '/en/contribute/' : '/bijdragen/'}${token}`
}

export function statusLink(token: string, locale: string): string {
  return `${siteUrl()}${locale === 'en' ? '/en/contribute/status/' : '/bijdragen/status/'}${token}`
}

/** A candidate's own "delete my details" page (site/pages/gegevens-verwijderen, en/delete-my-details). */
export function deleteDetailsLink(token: string, locale: string): string {
  return `${siteUrl()}${locale === 'en' ? '/en/delete-my-details/' : '/gegevens-verwijderen/'}${token}`
}

/** The admin's own address, for links in staff mails. */
export function cmsAdminUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${(env.CMS_PUBLIC_URL ?? `http://localhost:${env.CMS_PORT ?? 3000}`).replace(/\/$/, '')}/admin${path}`
}
