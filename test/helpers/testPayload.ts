import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  cleanup: () => Promise<void>
}

/**
 * A real Payload on a throw-away SQLite file, migrated with the committed migrations.
 * Environment is set before the config is imported because the config reads it at import time.
 */
export async function createTestPayload(): Promise<TestPayload> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'werkvloer-test-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  process.env.WERKVLOER_ROOT = path.resolve(import.meta.dirname, '..', '..')
  const { BasePayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const { migrations } = await import('../../cms/migrations')
  const payload = await new BasePayload().init({ config, disableOnInit: true } as never)
  await payload.db.migrate({ migrations: migrations as never })
  return {
    payload,
    dataDir,
    cleanup: async () => {
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
