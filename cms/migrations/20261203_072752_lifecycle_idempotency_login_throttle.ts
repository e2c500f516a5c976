import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`videos_suggestions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`by_id\` text(36),
  	\`at\` text,
  	\`locale\` text,
  	\`summary\` text,
  	\`proposal\` text,
  	\`changes\` text,
  	\`decision\` text DEFAULT 'open',
  	\`decided_by_id\` text(36),
  	\`decided_at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_suggestions_order_idx\` ON \`videos_suggestions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_suggestions_parent_id_idx\` ON \`videos_suggestions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_suggestions_by_idx\` ON \`videos_suggestions\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_suggestions_decided_by_idx\` ON \`videos_suggestions\` (\`decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` ADD \`from\` text;`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` ADD \`to\` text;`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` ADD \`actor\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`withdrawal_reference\` text;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`submission_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_submission_hash_idx\` ON \`applications\` (\`submission_hash\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`submission_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`leads_submission_hash_idx\` ON \`leads\` (\`submission_hash\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`videos_suggestions\`;`)
  await db.run(sql`DROP INDEX \`applications_submission_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`submission_hash\`;`)
  await db.run(sql`DROP INDEX \`leads_submission_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`submission_hash\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` DROP COLUMN \`from\`;`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` DROP COLUMN \`to\`;`)
  await db.run(sql`ALTER TABLE \`videos_moderation_log\` DROP COLUMN \`actor\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`withdrawal_reference\`;`)
}
