import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

// No schema change of its own: the job-alerts and variant-poster migrations were made side by
// side and each snapshot knew only its own tables. This one carries the merged snapshot (the .json
// beside it), so the next `npm run generate:migration` compares against the whole schema.
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
