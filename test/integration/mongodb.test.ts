/**
 * Says, in every run, whether the integration suites that support MongoDB ran against it.
 * No MongoDB server can be installed on the project's machines, so by default they run on SQLite
 * only and this file reports a skip with the reason; `TEST_MONGODB_URI=mongodb://… npm run
 * test:integration` points them (and this check) at a real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, testMongoUri, type TestPayload } from '../helpers/testPayload'

/** The suites that call createTestPayload({ mongodb: 'supported' }). */
const SUITES = ['jobQueue (atomic claims, leases)', 'access (every role and collection)', 'lifecycle (review, publish, withdrawal)', 'entry (candidate data, withdrawal, purge)', 'contributeLimits (employee links and withdrawal)']
const uri = testMongoUri()

if (!uri) {
  console.warn(`MongoDB: not run — TEST_MONGODB_URI is unset (no MongoDB server on this machine). These suites ran on SQLite only: ${SUITES.join('; ')}.`)
}

describe.skipIf(!uri)(uri ? 'integration suites against MongoDB (TEST_MONGODB_URI)' : 'integration suites against MongoDB — not run: TEST_MONGODB_URI is unset and no MongoDB server can be installed here', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await createTestPayload({ mongodb: 'supported' })
  })
  afterAll(async () => t?.cleanup())

  it('runs on the mongoose adapter, not on SQLite', async () => {
    expect(t.payload.db.name).toBe('mongoose')
    const created = await t.payload.create({ collection: 'departments', data: { name: 'Mongo check', slug: 'mongo-check' } as never, overrideAccess: true })
    expect((await t.payload.findByID({ collection: 'departments', id: created.id, overrideAccess: true })).id).toBe(created.id)
  })
})
