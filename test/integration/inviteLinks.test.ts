import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * A shareable invite's link shown again (the QR code reprinted at the coffee machine): the same
 * working link each time, for comms only; its encrypted copy readable by nobody through REST or
 * GraphQL, whatever the role; "new link" switches the old one off. Requests go through Payload's
 * own REST and GraphQL handlers (the ones the CMS's routes mount) with real login tokens.
 */
let payload: Payload
let config: SanitizedConfig
let dataDir: string
let rest: (method: string, path: string, token?: string, body?: unknown) => Promise<Response>
let graphql: (query: string, token?: string) => Promise<{ data?: unknown; errors?: { message: string }[] }>
const tokens: Record<string, string> = {}
let inviteId: string
let findUsableInvite: typeof import('../../cms/contribute/invites').findUsableInvite

const ROLES = ['admin', 'comms', 'recruiter', 'hiring-manager'] as const

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'werkvloer-test-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  process.env.WERKVLOER_ROOT = path.resolve(import.meta.dirname, '..', '..')
  process.env.SITE_PUBLIC_URL = 'https://werken.example'
  const { getPayload, handleEndpoints } = await import('payload')
  config = await (await import('../../cms/payload.config')).default
  const { migrations } = await import('../../cms/migrations')
  // getPayload: the instance Payload's REST and GraphQL handlers look up for this config.
  payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as never })
  findUsableInvite = (await import('../../cms/contribute/invites')).findUsableInvite
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const graphqlPost = GRAPHQL_POST(Promise.resolve(config))

  const headers = (token?: string): Record<string, string> => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) })
  rest = (method, p, token, body) =>
    handleEndpoints({ config: Promise.resolve(config), path: `/api${p.split('?')[0]}`, request: new Request(`http://localhost:3000/api${p}`, { method, headers: headers(token), body: body === undefined ? undefined : JSON.stringify(body) }) })
  graphql = async (query, token) => (await graphqlPost(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: headers(token), body: JSON.stringify({ query }) }) as never)).json()

  for (const role of ROLES) {
    const email = `${role}@test.example`
    await payload.create({ collection: 'users', data: { email, password: 'correct-horse-battery-staple', name: role, roles: [role] }, overrideAccess: true })
    const res = await rest('POST', '/users/login', undefined, { email, password: 'correct-horse-battery-staple' })
    expect(res.status).toBe(200)
    tokens[role] = ((await res.json()) as { token: string }).token
  }
  const release = await payload.create({ collection: 'release-texts', data: { version: 'v-invite', title: 'R', body: 'B', publishedWhere: 'W', retention: 'T' }, overrideAccess: true })
  const campaign = await payload.create({ collection: 'campaigns', data: { title: 'C', status: 'active', release: release.id, prompts: [{ question: 'Q?' }], maxDurationSeconds: 60, maxUploadMb: 100 }, overrideAccess: true })
  const created = await rest('POST', '/invites', tokens.comms, { label: 'QR bij de koffieautomaat', campaign: campaign.id, kind: 'link', locale: 'nl' })
  expect(created.status).toBe(201)
  inviteId = String(((await created.json()) as { doc: { id: string } }).doc.id)
}, 180_000)

afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true })
})

const tokenOf = (link: string) => link.split('/').pop()!

async function shown(role: string = 'comms') {
  const res = await rest('GET', `/invites/${inviteId}/link`, tokens[role])
  return { status: res.status, body: (await res.json()) as { link?: string; qrSvg?: string; error?: string } }
}

describe('showing a shareable invite link again', () => {
  it('gives comms the same working link and a QR code every time', async () => {
    const first = await shown()
    expect(first.status).toBe(200)
    expect(first.body.link).toMatch(/^https:\/\/werken\.example\/.+\/[\w-]{43}$/)
    expect(first.body.qrSvg).toContain('<svg')
    const again = await shown('admin')
    expect(again.body.link).toBe(first.body.link)
    const usable = await findUsableInvite(payload, tokenOf(first.body.link!), 'nl')
    expect('invite' in usable && String(usable.invite.id)).toBe(inviteId)
  })

  it('is refused to recruiters, hiring managers and anonymous callers', async () => {
    for (const role of ['recruiter', 'hiring-manager'] as const) {
      const { status, body } = await shown(role)
      expect(status).toBe(403)
      expect(body.link).toBeUndefined()
      expect(body.error).toBe('Alleen communicatie kan uitnodigingslinks tonen of maken.')
    }
    const res = await rest('GET', `/invites/${inviteId}/link`)
    expect(res.status).toBe(403)
  })

  it('never shows the encrypted token through REST or GraphQL, to any role', async () => {
    const stored = await payload.findByID({ collection: 'invites', id: inviteId, overrideAccess: true, showHiddenFields: true })
    expect(stored.tokenSealed).toMatch(/^v1\./)
    for (const role of [...ROLES, undefined]) {
      const token = role && tokens[role]
      for (const p of [`/invites/${inviteId}`, '/invites', `/invites?select[tokenSealed]=true`]) {
        const text = await (await rest('GET', p, token)).text()
        expect(text, `${role ?? 'anonymous'} GET ${p}`).not.toContain('tokenSealed')
        expect(text).not.toContain(stored.tokenSealed!)
      }
      // Asking for it as a filter must not work either (no oracle).
      const filtered = await rest('GET', `/invites?where[tokenSealed][like]=v1`, token)
      const filteredText = await filtered.text()
      expect(filtered.status === 200 ? ((JSON.parse(filteredText) as { docs: unknown[] }).docs.length) : 0, `${role ?? 'anonymous'} filters on tokenSealed`).toBe(0)
      const gql = await graphql(`{ Invites { docs { id tokenSealed } } }`, token)
      expect(JSON.stringify(gql)).not.toContain(stored.tokenSealed!)
      const docs = (gql.data as { Invites?: { docs: { tokenSealed: unknown }[] } | null } | undefined)?.Invites?.docs
      if (role) expect(docs?.length && docs.every((d) => d.tokenSealed === null), `${role} GraphQL`).toBe(true)
      else expect(gql.errors?.length, 'anonymous GraphQL').toBeGreaterThan(0)
      const gqlFiltered = await graphql(`{ Invites(where: { tokenSealed: { like: "v1" } }) { docs { id } } }`, token)
      expect((gqlFiltered.data as { Invites?: { docs: unknown[] } | null } | undefined)?.Invites?.docs ?? [], `${role ?? 'anonymous'} GraphQL filter`).toEqual([])
    }
    // Nobody can write it either.
    const res = await rest('PATCH', `/invites/${inviteId}`, tokens.admin, { tokenSealed: 'v1.a.b.c' })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'invites', id: inviteId, overrideAccess: true, showHiddenFields: true })
    expect(after.tokenSealed).toBe(stored.tokenSealed)
  })

  it('a new link switches the old one off, and is the one shown from then on', async () => {
    const old = (await shown()).body.link!
    const res = await rest('POST', `/invites/${inviteId}/new-link`, tokens.comms)
    expect(res.status).toBe(200)
    const fresh = ((await res.json()) as { link: string }).link
    expect(fresh).not.toBe(old)
    expect((await shown()).body.link).toBe(fresh)
    expect(await findUsableInvite(payload, tokenOf(old), 'nl')).toEqual({ problem: 'unknown' })
    expect('invite' in (await findUsableInvite(payload, tokenOf(fresh), 'nl'))).toBe(true)
  })

  it('a personal invite (mailed) is not shown again', async () => {
    const invite = await payload.create({ collection: 'invites', data: { label: 'Sanne', campaign: (await payload.find({ collection: 'campaigns', limit: 1, overrideAccess: true })).docs[0]!.id, kind: 'personal', email: 'sanne@test.example', locale: 'nl' } as never, overrideAccess: true })
    const res = await rest('GET', `/invites/${invite.id}/link`, tokens.comms)
    expect(res.status).toBe(409)
    const stored = await payload.findByID({ collection: 'invites', id: invite.id, overrideAccess: true, showHiddenFields: true })
    expect(stored.tokenSealed ?? null).toBeNull()
  })
})
