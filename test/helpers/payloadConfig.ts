import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'

/**
 * The built Payload config, for tests that read it (labels, import map) without a database: the
 * config reads its environment at import time, so this points it at a scratch folder first.
 * Nothing is opened or migrated. Returns the scratch folder too.
 */
export async function loadPayloadConfig(name: string): Promise<{ config: SanitizedConfig; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `werkvloer-${name}-`))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, `${name}.db`)}`
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  const config = await (await import('../../cms/payload.config')).default
  return { config, dataDir }
}
