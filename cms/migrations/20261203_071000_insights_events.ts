/**
 * Hand-written, not generated: these tables are not Payload collections (no admin, no hooks, no
 * versions — see cms/database/eventStore.ts for why), so `npm run generate:migration` cannot
 * produce them and its schema snapshots (*.json) do not know them. That is also why there is no
 * JSON file beside this one: the next generated migration diffs against the last generated
 * snapshot and leaves these tables alone. SQLite only; on MongoDB the store creates its
 * collections and indexes itself.
 */
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Raw events, append-only. Every dimension is text with '' for "none", like the rollups, so the
  // same GROUP BY works on both. `visitor` is the daily hash (null: opted out); never an address.
  await db.run(sql`CREATE TABLE \`insights_events\` (
    \`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    \`at\` integer NOT NULL,
    \`day\` text NOT NULL,
    \`type\` text NOT NULL,
    \`metric\` text NOT NULL,
    \`video\` text NOT NULL DEFAULT '',
    \`variant\` text NOT NULL DEFAULT '',
    \`entry_point\` text NOT NULL DEFAULT '',
    \`source\` text NOT NULL DEFAULT '',
    \`language\` text NOT NULL DEFAULT '',
    \`vacancy\` text NOT NULL DEFAULT '',
    \`department\` text NOT NULL DEFAULT '',
    \`page_type\` text NOT NULL DEFAULT '',
    \`share_link\` text NOT NULL DEFAULT '',
    \`visitor\` text
  );`)
  // Retention deletes by time; the raw baseline filters by day.
  await db.run(sql`CREATE INDEX \`insights_events_at_idx\` ON \`insights_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`insights_events_day_idx\` ON \`insights_events\` (\`day\`);`)
  await db.run(sql`CREATE TABLE \`insights_daily\` (
    \`day\` text NOT NULL,
    \`video\` text NOT NULL,
    \`variant\` text NOT NULL,
    \`entry_point\` text NOT NULL,
    \`source\` text NOT NULL,
    \`language\` text NOT NULL,
    \`vacancy\` text NOT NULL,
    \`department\` text NOT NULL,
    \`metric\` text NOT NULL,
    \`count\` integer NOT NULL DEFAULT 0,
    \`visitors\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`day\`, \`video\`, \`variant\`, \`entry_point\`, \`source\`, \`language\`, \`vacancy\`, \`department\`, \`metric\`)
  ) WITHOUT ROWID;`)
  // Which daily hashes were already counted per rollup row; kept only for today and yesterday.
  // `batch` is the write that first saw the hash: the rollup update counts its own new rows.
  await db.run(sql`CREATE TABLE \`insights_visitor_days\` (
    \`day\` text NOT NULL,
    \`rollup_key\` text NOT NULL,
    \`visitor\` text NOT NULL,
    \`batch\` text NOT NULL,
    PRIMARY KEY (\`day\`, \`rollup_key\`, \`visitor\`)
  ) WITHOUT ROWID;`)
  // The daily salt of the visitor hash; a day's row is deleted once the day is over.
  await db.run(sql`CREATE TABLE \`insights_salts\` (
    \`day\` text PRIMARY KEY NOT NULL,
    \`salt\` text NOT NULL
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`insights_salts\`;`)
  await db.run(sql`DROP TABLE \`insights_visitor_days\`;`)
  await db.run(sql`DROP TABLE \`insights_daily\`;`)
  await db.run(sql`DROP TABLE \`insights_events\`;`)
}
