import type { APIRequestContext } from '@playwright/test'

export const cmsUrl = () => process.env.CMS_URL ?? 'http://127.0.0.1:3300'
export const siteUrl = () => process.env.SITE_URL ?? 'http://127.0.0.1:4500'

export const demoAdmin = { email: 'admin@werkvloer.demo', password: 'werkvloer-admin' }
export const demoComms = { email: 'comms@werkvloer.demo', password: 'werkvloer-comms' }

/** Logs in through the REST API and returns the headers an authenticated request needs. */
export async function loginHeaders(request: APIRequestContext, who: { email: string; password: string }): Promise<Record<string, string>> {
  const res = await request.post(`${cmsUrl()}/api/users/login`, { data: who })
  if (!res.ok()) throw new Error(`login failed for ${who.email}: ${res.status()}`)
  const { token } = (await res.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
