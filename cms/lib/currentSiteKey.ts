import { selectDatabase } from '../database/selectDatabase'
import { dataDir, repoRoot } from './paths'
import { resolveSiteApiKey } from './siteKey'

// A module of its own: cms/lib/paths reads DATA_DIR when first imported, so rateLimit.ts (which
// tests import early) must not pull it in; callers pass this resolver to clientAddress.

let cachedKey: string | null | undefined
/** The key this CMS process accepts (resolved once, like the entry endpoints do). */
export function currentSiteKey(): string | null {
  if (cachedKey === undefined) {
    let isDemo = false
    try {
      isDemo = selectDatabase(process.env.DATABASE_URI, dataDir, repoRoot).isDemo
    } catch {
      isDemo = false
    }
    cachedKey = resolveSiteApiKey({ env: process.env, dataDir, isDemo })
  }
  return cachedKey
}
