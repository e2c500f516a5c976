import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`videos_hook_test_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_hook_test_variants_order_idx\` ON \`videos_hook_test_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_hook_test_variants_parent_id_idx\` ON \`videos_hook_test_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_hook_test_variants_locales\` (
  	\`title\` text NOT NULL,
  	\`hook\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos_hook_test_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_hook_test_variants_locales_locale_parent_id_unique\` ON \`videos_hook_test_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_goal\` text DEFAULT 'play';`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_max_weeks\` numeric DEFAULT 4;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_result_started_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_result_ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_result_winner\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`hook_test_result_reason\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`videos_hook_test_variants\`;`)
  await db.run(sql`DROP TABLE \`videos_hook_test_variants_locales\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_enabled\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_goal\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_max_weeks\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_result_started_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_result_ended_at\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_result_winner\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`hook_test_result_reason\`;`)
}
