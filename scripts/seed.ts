/**
 * `npm run seed`: fills the embedded demo database with a demo employer. Refuses to touch a
 * production (MongoDB) database: there the first admin is created in the admin UI.
 */
import { selectDatabase } from '../cms/database/selectDatabase'
import { dataDir, repoRoot } from '../cms/lib/paths'

process.env.WERKVLOER_SKIP_MIGRATIONS = '1'

async function main(): Promise<void> {
  const database = selectDatabase(process.env.DATABASE_URI, dataDir, repoRoot)
  if (!database.isDemo) {
    console.error('Not seeding: DATABASE_URI points at a production database. Demo users and content exist only in the embedded demo database.')
    process.exit(1)
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/payload.config')
  const { migrations } = await import('../cms/migrations')
  const { seedDemo } = await import('../cms/seed')
  const payload = await getPayload({ config })
  // The seed may run before the CMS has served a request; bring the schema up first (a no-op when current).
  await payload.db.migrate({ migrations: migrations as never })
  if (process.argv.includes('--if-empty') && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs > 0) {
    console.log('Database already has users; not seeding.')
    await payload.destroy()
    process.exit(0)
  }
  const { created } = await seedDemo(payload, console.log, { dataDir })
  console.log(created ? `Seeded ${created} demo documents.` : 'Demo content already present; nothing to do.')
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
