import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`applications\` ADD \`withdraw_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`applications_withdraw_token_hash_idx\` ON \`applications\` (\`withdraw_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`withdraw_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`leads_withdraw_token_hash_idx\` ON \`leads\` (\`withdraw_token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`applications_withdraw_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`withdraw_token_hash\`;`)
  await db.run(sql`DROP INDEX \`leads_withdraw_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`withdraw_token_hash\`;`)
}
