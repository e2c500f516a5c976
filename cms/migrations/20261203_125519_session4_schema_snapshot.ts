import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * No statements: the schema changes of this session were made by the migrations before this one,
 * each written on its own branch (first name only, hook tests, talent profiles, sealed invite links,
 * localized slugs, mail language). Each of those carries a snapshot of only its own change, so this
 * one exists to carry the snapshot of the merged schema (the .json beside it), from which the next
 * `npm run generate:migration` starts.
 */
export async function up(_: MigrateUpArgs): Promise<void> {}

export async function down(_: MigrateDownArgs): Promise<void> {}
