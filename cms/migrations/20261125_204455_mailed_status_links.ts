import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contributions_mailed_status_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`hash\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contributions_mailed_status_links_order_idx\` ON \`contributions_mailed_status_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contributions_mailed_status_links_parent_id_idx\` ON \`contributions_mailed_status_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contributions_mailed_status_links_hash_idx\` ON \`contributions_mailed_status_links\` (\`hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contributions_mailed_status_links\`;`)
}
