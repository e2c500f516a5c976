/**
 * Hand-written like 20261203_071000_insights_events.ts (these tables are not Payload collections).
 * Sessions (30 minutes of inactivity, per daily visitor hash), the session and submission code
 * on each raw event, the coarse rollups the Insights view reads (cms/database/eventStore.ts), and
 * the record of sent weekly digests.
 */
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`insights_events\` ADD \`session\` text NOT NULL DEFAULT '';`)
  // A lead's or application's one-way code (submission events only).
  await db.run(sql`ALTER TABLE \`insights_events\` ADD \`ref\` text NOT NULL DEFAULT '';`)
  await db.run(sql`CREATE INDEX \`insights_events_ref_idx\` ON \`insights_events\` (\`ref\`) WHERE \`ref\` <> '';`)
  // One row per session: its daily visitor hash, first and last event, first and last touch, and
  // how many events and submissions it had. Kept like raw events (13 months).
  await db.run(sql`CREATE TABLE \`insights_sessions\` (
    \`id\` text PRIMARY KEY NOT NULL,
    \`day\` text NOT NULL,
    \`visitor\` text NOT NULL,
    \`started_at\` integer NOT NULL,
    \`last_at\` integer NOT NULL,
    \`first_source\` text NOT NULL,
    \`last_source\` text NOT NULL,
    \`language\` text NOT NULL,
    \`events\` integer NOT NULL DEFAULT 0,
    \`submissions\` integer NOT NULL DEFAULT 0
  );`)
  await db.run(sql`CREATE INDEX \`insights_sessions_visitor_idx\` ON \`insights_sessions\` (\`visitor\`, \`last_at\`);`)
  await db.run(sql`CREATE INDEX \`insights_sessions_day_idx\` ON \`insights_sessions\` (\`day\`, \`first_source\`);`)
  // Coarse rollups, one per kind of question the Insights view asks: a funnel per video and
  // variant, and the entry points per source and language. A small fraction of insights_daily's rows.
  await db.run(sql`CREATE TABLE \`insights_daily_video\` (
    \`day\` text NOT NULL,
    \`video\` text NOT NULL,
    \`variant\` text NOT NULL,
    \`metric\` text NOT NULL,
    \`count\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`day\`, \`video\`, \`variant\`, \`metric\`)
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE TABLE \`insights_daily_entry\` (
    \`day\` text NOT NULL,
    \`entry_point\` text NOT NULL,
    \`source\` text NOT NULL,
    \`language\` text NOT NULL,
    \`metric\` text NOT NULL,
    \`count\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`day\`, \`entry_point\`, \`source\`, \`language\`, \`metric\`)
  ) WITHOUT ROWID;`)
  await db.run(sql`CREATE TABLE \`insights_daily_vacancy\` (
    \`day\` text NOT NULL,
    \`vacancy\` text NOT NULL,
    \`department\` text NOT NULL,
    \`metric\` text NOT NULL,
    \`count\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`day\`, \`vacancy\`, \`department\`, \`metric\`)
  ) WITHOUT ROWID;`)
  // Which week's digest mail was sent (cms/insights/digest.ts): one row per ISO week, the first
  // process to insert it sends the mail.
  await db.run(sql`CREATE TABLE \`insights_digests\` (
    \`week\` text PRIMARY KEY NOT NULL,
    \`sent_at\` integer NOT NULL
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`insights_digests\`;`)
  await db.run(sql`DROP TABLE \`insights_daily_vacancy\`;`)
  await db.run(sql`DROP TABLE \`insights_daily_entry\`;`)
  await db.run(sql`DROP TABLE \`insights_daily_video\`;`)
  await db.run(sql`DROP TABLE \`insights_sessions\`;`)
  await db.run(sql`DROP INDEX \`insights_events_ref_idx\`;`)
  await db.run(sql`ALTER TABLE \`insights_events\` DROP COLUMN \`ref\`;`)
  await db.run(sql`ALTER TABLE \`insights_events\` DROP COLUMN \`session\`;`)
}
