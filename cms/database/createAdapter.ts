import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import path from 'node:path'

import type { DatabaseChoice } from './selectDatabase'
import { migrations } from '../migrations'

export function createDatabaseAdapter(choice: DatabaseChoice, opts: { runMigrationsOnStart: boolean; migrationDir: string }): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  return sqliteAdapter({
    client: { url: choice.url },
    // String ids on both adapters, so no code (or URL) cares which database runs.
    idType: 'uuid',
    // WAL lets the site's reads, the CMS and several workers share the file without blocking;
    // the busy timeout makes a writer wait for a lock instead of failing at once.
    wal: true,
    busyTimeout: 10_000,
    // The schema only ever changes through committed migrations, never by a dev-mode push.
    push: false,
    migrationDir: path.resolve(opts.migrationDir),
    prodMigrations: opts.runMigrationsOnStart ? migrations : undefined,
  })
}
