import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { toSlug } from '../fields/slug'

/**
 * Vacancies and departments get a slug per language. The existing slug stays the Dutch one (every
 * Dutch address is unchanged); the English one is made from the English title where there is one
 * (unique among English slugs), else left empty, and the English pages use the Dutch slug as
 * before. Old English links with the Dutch slug redirect on the site (common/routes.ts movedSlug).
 */
const TABLES = [
  { table: 'vacancies', title: 'title' },
  { table: 'departments', title: 'name' },
] as const

type Db = MigrateUpArgs['db']

async function moveSlugsIntoLocales(db: Db, table: string, title: string): Promise<void> {
  await db.run(sql.raw(`ALTER TABLE \`${table}_locales\` ADD \`slug\` text;`))
  await db.run(sql.raw(`UPDATE \`${table}_locales\` SET \`slug\` = (SELECT p.\`slug\` FROM \`${table}\` p WHERE p.\`id\` = \`${table}_locales\`.\`_parent_id\`) WHERE \`_locale\` = 'nl';`))
  // A document without a Dutch locale row (not made through Payload) keeps its slug all the same.
  await db.run(sql.raw(`INSERT INTO \`${table}_locales\` (\`${title}\`, \`slug\`, \`_locale\`, \`_parent_id\`) SELECT p.\`slug\`, p.\`slug\`, 'nl', p.\`id\` FROM \`${table}\` p WHERE p.\`slug\` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \`${table}_locales\` l WHERE l.\`_parent_id\` = p.\`id\` AND l.\`_locale\` = 'nl');`))
  const english = (await db.all(sql.raw(`SELECT l.\`id\` AS id, l.\`${title}\` AS title FROM \`${table}_locales\` l WHERE l.\`_locale\` = 'en' ORDER BY l.\`id\`;`))) as { id: number; title: string | null }[]
  const taken = new Set<string>()
  for (const row of english) {
    const base = row.title ? toSlug(row.title) : ''
    if (!base) continue
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    await db.run(sql`UPDATE ${sql.identifier(`${table}_locales`)} SET slug = ${slug} WHERE id = ${row.id};`)
  }
  await db.run(sql.raw(`DROP INDEX \`${table}_slug_idx\`;`))
  await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`slug\`;`))
  await db.run(sql.raw(`CREATE UNIQUE INDEX \`${table}_slug_idx\` ON \`${table}_locales\` (\`slug\`,\`_locale\`);`))
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, title } of TABLES) await moveSlugsIntoLocales(db, table, title)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { table } of TABLES) {
    await db.run(sql.raw(`DROP INDEX \`${table}_slug_idx\`;`))
    await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`slug\` text;`))
    // Back to one slug: the Dutch one.
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`slug\` = (SELECT l.\`slug\` FROM \`${table}_locales\` l WHERE l.\`_parent_id\` = \`${table}\`.\`id\` AND l.\`_locale\` = 'nl');`))
    await db.run(sql.raw(`ALTER TABLE \`${table}_locales\` DROP COLUMN \`slug\`;`))
    await db.run(sql.raw(`CREATE UNIQUE INDEX \`${table}_slug_idx\` ON \`${table}\` (\`slug\`);`))
  }
}
