import { toLocale } from '../../common/locale'
import { routes } from '../../common/routes'

/** Addresses people click: links in mails and QR codes point at the career site, not the CMS. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_PUBLIC_URL ?? `http://localhost:${env.SITE_PORT ?? 4321}`).replace(/\/$/, '')
}

export function contributeLink(token: string, locale: string): string {
  return `${siteUrl()}${routes.contribute(toLocale(locale), token)}`
}

export function statusLink(token: string, locale: string): string {
  return `${siteUrl()}${routes.contributeStatus(toLocale(locale), token)}`
}

/** A candidate's own "delete my details" page. */
export function deleteDetailsLink(token: string, locale: string): string {
  return `${siteUrl()}${routes.deleteDetails(toLocale(locale), token)}`
}

/** The same personal page, at its job-alerts section: where a lead stops (or starts) alerts. */
export function jobAlertsLink(token: string, locale: string): string {
  return `${deleteDetailsLink(token, locale)}#${toLocale(locale) === 'en' ? 'job-alerts' : 'vacaturemeldingen'}`
}

/** A published video's share page, in the employee's language. */
export function videoPageLink(id: string, locale: string): string {
  return `${siteUrl()}${routes.video(toLocale(locale), id)}`
}

/** The admin's own address, for links in staff mails. */
export function cmsAdminUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${(env.CMS_PUBLIC_URL ?? `http://localhost:${env.CMS_PORT ?? 3000}`).replace(/\/$/, '')}/admin${path}`
}
