import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  cleanup: () => Promise<void>
}

export interface TestPayloadOptions {
  /**
   * 'supported': this suite also runs against MongoDB when TEST_MONGODB_URI is set (the job queue's
   * atomic claims, access rules, withdrawal). Suites that test SQLite-only code leave it out.
   */
  mongodb?: 'supported'
}

/** The MongoDB server the integration tests may be pointed at (TEST_MONGODB_URI), or null. */
export function testMongoUri(): string | null {
  return process.env.TEST_MONGODB_URI?.trim() || null
}

/** One database per test file on that server, so files never see each other's documents. */
function mongoDatabaseUri(server: string): string {
  const url = new URL(server)
  url.pathname = `/werkvloer_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  return url.toString()
}

/**
 * A real Payload on a throw-away SQLite file, migrated with the committed migrations — or, for
 * suites marked `mongodb: 'supported'` while TEST_MONGODB_URI is set, on a fresh MongoDB database
 * that is dropped afterwards (MongoDB needs no migrations).
 * Environment is set before the config is imported because the config reads it at import time.
 */
export async function createTestPayload(opts: TestPayloadOptions = {}): Promise<TestPayload> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'werkvloer-test-'))
  const mongo = opts.mongodb === 'supported' ? testMongoUri() : null
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = mongo ? mongoDatabaseUri(mongo) : `file:${path.join(dataDir, 'test.db')}`
  // A MongoDB database counts as production, which refuses to start without a secret from the environment.
  if (mongo) process.env.PAYLOAD_SECRET ||= `test-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`.padEnd(40, 'x')
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  process.env.WERKVLOER_ROOT = path.resolve(import.meta.dirname, '..', '..')
  const { BasePayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { migrations } = await import('../../cms/migrations')
  const payload = await new BasePayload().init({ config, disableOnInit: true } as never)
  if (!mongo) await payload.db.migrate({ migrations: migrations as never })
  return {
    payload,
    dataDir,
    cleanup: async () => {
      // The mongoose adapter exposes its connection; the database was made for this file alone.
      if (mongo) await (payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }).connection?.dropDatabase().catch(() => undefined)
      await payload.destroy().catch(() => undefined)
      await fs.rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Payload expects the user document with its collection when acting as somebody. */
export async function createUser(payload: Payload, roles: ('admin' | 'comms' | 'recruiter' | 'hiring-manager')[], email = `${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}@test.example`) {
  const user = await payload.create({ collection: 'users', data: { email, password: 'correct-horse-battery-staple', name: roles.join(' '), roles }, overrideAccess: true })
  return { ...user, collection: 'users' as const }
}
