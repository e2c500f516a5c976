import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`applications\` ADD \`submission_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`applications_submission_hash_idx\` ON \`applications\` (\`submission_hash\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`submission_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`leads_submission_hash_idx\` ON \`leads\` (\`submission_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`applications_submission_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`submission_hash\`;`)
  await db.run(sql`DROP INDEX \`leads_submission_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`submission_hash\`;`)
}
