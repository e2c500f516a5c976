import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`videos\` ADD \`first_name_only\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`first_name_only\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`contributions\` ADD \`first_name_only\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`first_name_only\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`first_name_only\`;`)
  await db.run(sql`ALTER TABLE \`contributions\` DROP COLUMN \`first_name_only\`;`)
}
