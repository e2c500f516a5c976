import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * Vacancies and departments have a slug per language. The migration keeps every existing slug as
 * the Dutch one (Dutch addresses never change) and makes the English one from the English title;
 * afterwards the slug hook makes each language's slug from that language's title.
 */
let payload: Payload
let dataDir: string
type Db = { run: (q: unknown) => Promise<unknown> }

const now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'werkvloer-slugs-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  process.env.WERKVLOER_ROOT = path.resolve(import.meta.dirname, '..', '..')
  const { BasePayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { migrations } = await import('../../cms/migrations')
  payload = await new BasePayload().init({ config, disableOnInit: true } as never)
  // The database as it was before: every migration up to (not including) the localized slugs.
  const at = migrations.findIndex((m) => m.name.endsWith('_localized_slugs'))
  expect(at).toBeGreaterThan(0)
  await payload.db.migrate({ migrations: migrations.slice(0, at) as never })
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  // Rows written with the old schema: one slug per document, English titles where there were any.
  await db.run(sql.raw(`INSERT INTO departments (id, slug, updated_at, created_at) VALUES ('d1', 'klantenservice', ${now}, ${now});`))
  await db.run(sql.raw(`INSERT INTO departments_locales (name, _locale, _parent_id) VALUES ('Klantenservice', 'nl', 'd1'), ('Customer service', 'en', 'd1');`))
  for (const [id, slug] of [
    ['v1', 'klantenservicemedewerker-zakelijk'],
    ['v2', 'klantenservicemedewerker-particulier'],
    ['v3', 'chauffeur-ce'],
  ])
    await db.run(sql.raw(`INSERT INTO vacancies (id, slug, status, department_id, location, employment_type, apply_mode, updated_at, created_at) VALUES ('${id}', '${slug}', 'open', 'd1', 'Rotterdam', 'FULL_TIME', 'built-in', ${now}, ${now});`))
  await db.run(
    sql.raw(
      `INSERT INTO vacancies_locales (title, _locale, _parent_id) VALUES ('Klantenservicemedewerker zakelijk', 'nl', 'v1'), ('Customer service agent', 'en', 'v1'), ('Klantenservicemedewerker particulier', 'nl', 'v2'), ('Customer service agent', 'en', 'v2'), ('Chauffeur CE', 'nl', 'v3');`,
    ),
  )
  await payload.db.migrate({ migrations: migrations as never })
})

afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
  await fs.rm(dataDir, { recursive: true, force: true })
})

const slugOf = async (collection: 'vacancies' | 'departments', id: string, locale: 'nl' | 'en') =>
  ((await payload.findByID({ collection, id, locale, depth: 0, overrideAccess: true })) as { slug?: string | null }).slug

describe('the localized-slug migration', () => {
  it('keeps every existing slug as the Dutch one and makes the English one from the English title, unique', async () => {
    expect(await slugOf('vacancies', 'v1', 'nl')).toBe('klantenservicemedewerker-zakelijk')
    expect(await slugOf('vacancies', 'v1', 'en')).toBe('customer-service-agent')
    expect(await slugOf('vacancies', 'v2', 'nl')).toBe('klantenservicemedewerker-particulier')
    expect(await slugOf('vacancies', 'v2', 'en')).toBe('customer-service-agent-2')
    expect(await slugOf('departments', 'd1', 'nl')).toBe('klantenservice')
    expect(await slugOf('departments', 'd1', 'en')).toBe('customer-service')
  })

  it('leaves a document without an English title on its Dutch slug in English', async () => {
    expect(await slugOf('vacancies', 'v3', 'nl')).toBe('chauffeur-ce')
    expect(await slugOf('vacancies', 'v3', 'en')).toBe('chauffeur-ce')
    // Stored only in Dutch: the English address finds it through the Dutch slug (and the site needs no redirect).
    const { docs } = await payload.find({ collection: 'vacancies', where: { slug: { equals: 'chauffeur-ce' } }, locale: 'en', depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(0)
  })

  it('lets the Dutch slug find the Dutch document and the English slug the English one', async () => {
    const find = async (slug: string, locale: 'nl' | 'en') => (await payload.find({ collection: 'vacancies', where: { slug: { equals: slug } }, locale, depth: 0, overrideAccess: true })).docs.map((d) => d.id)
    expect(await find('klantenservicemedewerker-zakelijk', 'nl')).toEqual(['v1'])
    expect(await find('customer-service-agent', 'en')).toEqual(['v1'])
    expect(await find('customer-service-agent', 'nl')).toEqual([])
  })
})

describe('the slug hook, per language', () => {
  const base = { location: 'Utrecht', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, status: 'open' as const }

  it('makes the English slug from the English title, keeps a typed one, and does not change on a re-save', async () => {
    const v = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...base, title: 'Planner binnendienst' }, overrideAccess: true })
    expect(v.slug).toBe('planner-binnendienst')
    // Before an English title, English reads the Dutch slug (fallback).
    expect(await slugOf('vacancies', v.id, 'en')).toBe('planner-binnendienst')
    await payload.update({ collection: 'vacancies', id: v.id, locale: 'en', data: { title: 'Inside planner' }, overrideAccess: true })
    expect(await slugOf('vacancies', v.id, 'en')).toBe('inside-planner')
    expect(await slugOf('vacancies', v.id, 'nl')).toBe('planner-binnendienst')
    // Saving the English version again keeps its own slug (it does not count itself as taken).
    await payload.update({ collection: 'vacancies', id: v.id, locale: 'en', data: { title: 'Inside planner', summary: 'Plans routes.' }, overrideAccess: true })
    expect(await slugOf('vacancies', v.id, 'en')).toBe('inside-planner')
    // …and the English save stayed English: the Dutch version is untouched.
    const dutch = await payload.findByID({ collection: 'vacancies', id: v.id, locale: 'nl', depth: 0, overrideAccess: true })
    expect([dutch.slug, dutch.title, dutch.summary ?? null]).toEqual(['planner-binnendienst', 'Planner binnendienst', null])
    // An editor's own English slug stays.
    await payload.update({ collection: 'vacancies', id: v.id, locale: 'en', data: { slug: 'route-planner' }, overrideAccess: true })
    expect(await slugOf('vacancies', v.id, 'en')).toBe('route-planner')
    expect(await slugOf('vacancies', v.id, 'nl')).toBe('planner-binnendienst')
  })

  it('keeps English slugs unique among English ones, and Dutch among Dutch', async () => {
    const a = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...base, title: 'Magazijnmedewerker dag' }, overrideAccess: true })
    const b = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...base, title: 'Magazijnmedewerker nacht' }, overrideAccess: true })
    await payload.update({ collection: 'vacancies', id: a.id, locale: 'en', data: { title: 'Warehouse operative' }, overrideAccess: true })
    await payload.update({ collection: 'vacancies', id: b.id, locale: 'en', data: { title: 'Warehouse operative' }, overrideAccess: true })
    expect(await slugOf('vacancies', a.id, 'en')).toBe('warehouse-operative')
    expect(await slugOf('vacancies', b.id, 'en')).toBe('warehouse-operative-2')
    // The same words may be a Dutch slug of one and an English slug of another: different addresses.
    const c = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...base, title: 'Warehouse operative' }, overrideAccess: true })
    expect(c.slug).toBe('warehouse-operative')
  })
})
