/** Candidate data through the REST API: recruiters and admins only; nobody creates it but the site. */
import { expect, test } from '@playwright/test'

import { cmsUrl, demoComms, demoManager, loginHeaders } from '../helpers'
import { demoRecruiter } from './entry-helpers'

const collections = ['leads', 'applications', 'cvs', 'candidate-audit']

test('anonymous visitors, comms and hiring managers cannot read candidate data; recruiters can', async ({ request }) => {
  for (const collection of collections) {
    expect((await request.get(`${cmsUrl()}/api/${collection}`)).status(), `anonymous ${collection}`).toBe(403)
  }
  for (const who of [demoComms, demoManager]) {
    const headers = await loginHeaders(request, who)
    for (const collection of collections) expect((await request.get(`${cmsUrl()}/api/${collection}`, { headers })).status(), `${who.email} ${collection}`).toBe(403)
  }
  const recruiter = await loginHeaders(request, demoRecruiter)
  for (const collection of collections) expect((await request.get(`${cmsUrl()}/api/${collection}`, { headers: recruiter })).status(), `recruiter ${collection}`).toBe(200)
})

test('the entry endpoints refuse anyone without the site key, and the REST API refuses creating leads', async ({ request }) => {
  const lead = { locale: 'nl', entryPoint: 'lead-form', contact: 'x@example.com', consent: true, consentVersion: 'lead-2026-12' }
  expect((await request.post(`${cmsUrl()}/api/entry/leads`, { data: lead })).status()).toBe(403)
  expect((await request.post(`${cmsUrl()}/api/entry/leads`, { data: lead, headers: { 'x-werkvloer-site-key': 'x'.repeat(64) } })).status()).toBe(403)
  expect((await request.post(`${cmsUrl()}/api/leads`, { data: { entryPoint: 'lead-form', email: 'x@example.com' } })).status()).toBe(403)
  const recruiter = await loginHeaders(request, demoRecruiter)
  expect((await request.post(`${cmsUrl()}/api/leads`, { data: { entryPoint: 'lead-form', email: 'x@example.com' }, headers: recruiter })).status()).toBe(403)
})

test('draft quizzes are not public; published ones are', async ({ request }) => {
  const published = await request.get(`${cmsUrl()}/api/quizzes?limit=10`)
  expect(published.ok()).toBe(true)
  const { docs } = (await published.json()) as { docs: { status: string }[] }
  expect(docs.length).toBeGreaterThan(0)
  expect(docs.every((d) => d.status === 'published')).toBe(true)
})
