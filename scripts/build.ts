/**
 * Builds the CMS and the site if their sources changed (scripts/lib/build.ts), and nothing else:
 * `npm test` runs this beside the unit and integration tests, so the end-to-end run finds the
 * build done. A throwaway data directory and secret: the build output depends on neither.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '../cms/lib/paths'
import { buildProduct } from './lib/build'

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-build-'))
try {
  await buildProduct({
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    WERKVLOER_ROOT: repoRoot,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  })
} catch (error) {
  console.error(`✖ ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}
