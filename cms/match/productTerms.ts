/**
 * For `npm run match`: the recruiters' synonyms and company skills from the product's database
 * (the same DATABASE_URI and DATA_DIR the CMS uses), read through Payload like the CMS reads them.
 * The CLI never migrates or creates a database: a missing demo database means no terms, said on stderr.
 */
import fs from 'node:fs'

import type { CompanyTerm } from '../../common/match/companyTerms'
import { selectDatabase } from '../database/selectDatabase'
import { dataDir, repoRoot } from '../lib/paths'
import { storedCompanyTerms } from './storedTerms'

export type ProductTerms = { terms: CompanyTerm[]; from: string } | { terms: []; from: null; reason: string }

export async function productCompanyTerms(): Promise<ProductTerms> {
  const database = selectDatabase(process.env.DATABASE_URI, dataDir, repoRoot)
  if (database.kind === 'sqlite' && !fs.existsSync(database.file)) {
    return { terms: [], from: null, reason: `geen database in ${database.file} / no database at ${database.file}` }
  }
  // Only the CMS applies migrations (see payload.config.ts); this process only reads.
  process.env.WERKVLOER_SKIP_MIGRATIONS = '1'
  const { BasePayload } = await import('payload')
  const { default: configPromise } = await import('../payload.config')
  // stdout carries the CLI's JSON: Payload's log goes to stderr, warnings and worse only.
  const config = { ...(await configPromise), logger: { options: { level: 'warn' }, destination: process.stderr } }
  const payload = await new BasePayload().init({ config, disableOnInit: true } as never)
  try {
    const terms = await storedCompanyTerms(payload)
    return { terms, from: database.kind === 'sqlite' ? database.file : 'MongoDB' }
  } finally {
    await payload.destroy().catch(() => undefined)
  }
}
