/**
 * Hand-written like 20261203_071000_insights_events.ts (these tables are not Payload collections).
 *
 * The coarse rollups get time blocks (cms/database/rollupSpans.ts): each row is a block of 1, 3,
 * 9, 27 or 81 days, so the Insights view sums a few blocks instead of every day of a period. The
 * primary key leads with the block and the metric, so a query reads only the metrics it asks for.
 * Sessions get a rollup of their own (per block × first touch × language: sessions, converted,
 * events), maintained in the same write as the sessions, so the view no longer counts session rows.
 *
 * Existing figures are carried over: the blocks from the daily coarse tables (which hold every
 * event ever counted, also those whose raw rows retention has already deleted), the session
 * rollup from the session rows. Then the daily coarse tables go; their days are the 1-day blocks.
 */
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

const SPANS = [1, 3, 9, 27, 81]
// The first day of the block of `span` days holding `day`, as rollupSpans.ts computes it (2440587.5 is 1970-01-01's Julian day).
const blockStart = (span: number) => `date((CAST(julianday(day) - 2440587.5 AS INTEGER) / ${span}) * ${span} * 86400, 'unixepoch')`

const TABLES = [
  { table: 'insights_span_video', daily: 'insights_daily_video', dims: ['video', 'variant'] },
  { table: 'insights_span_entry', daily: 'insights_daily_entry', dims: ['entry_point', 'source', 'language'] },
  { table: 'insights_span_vacancy', daily: 'insights_daily_vacancy', dims: ['vacancy', 'department'] },
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const t of TABLES) {
    await db.run(
      sql.raw(`CREATE TABLE \`${t.table}\` (
        \`span\` integer NOT NULL,
        \`day\` text NOT NULL,
        \`metric\` text NOT NULL,
        ${t.dims.map((d) => `\`${d}\` text NOT NULL,`).join('\n        ')}
        \`count\` integer NOT NULL DEFAULT 0,
        PRIMARY KEY (\`span\`, \`day\`, \`metric\`, ${t.dims.map((d) => `\`${d}\``).join(', ')})
      ) WITHOUT ROWID;`),
    )
    const dims = t.dims.join(', ')
    for (const span of SPANS) {
      await db.run(
        sql.raw(`INSERT INTO ${t.table} (span, day, metric, ${dims}, count)
          SELECT ${span}, ${blockStart(span)}, metric, ${dims}, SUM(count) FROM ${t.daily} GROUP BY 2, metric, ${dims};`),
      )
    }
    await db.run(sql.raw(`DROP TABLE ${t.daily};`))
  }
  await db.run(sql`CREATE TABLE \`insights_span_sessions\` (
    \`span\` integer NOT NULL,
    \`day\` text NOT NULL,
    \`first_source\` text NOT NULL,
    \`language\` text NOT NULL,
    \`sessions\` integer NOT NULL DEFAULT 0,
    \`converted\` integer NOT NULL DEFAULT 0,
    \`events\` integer NOT NULL DEFAULT 0,
    PRIMARY KEY (\`span\`, \`day\`, \`first_source\`, \`language\`)
  ) WITHOUT ROWID;`)
  for (const span of SPANS) {
    await db.run(
      sql.raw(`INSERT INTO insights_span_sessions (span, day, first_source, language, sessions, converted, events)
        SELECT ${span}, ${blockStart(span)}, first_source, language, COUNT(*), SUM(submissions > 0), SUM(events) FROM insights_sessions GROUP BY 2, first_source, language;`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Back to the daily coarse tables, from the 1-day blocks.
  const create = {
    insights_daily_video: ['video', 'variant'],
    insights_daily_entry: ['entry_point', 'source', 'language'],
    insights_daily_vacancy: ['vacancy', 'department'],
  }
  for (const t of TABLES) {
    const dims = create[t.daily as keyof typeof create]
    await db.run(
      sql.raw(`CREATE TABLE \`${t.daily}\` (
        \`day\` text NOT NULL,
        ${dims.map((d) => `\`${d}\` text NOT NULL,`).join('\n        ')}
        \`metric\` text NOT NULL,
        \`count\` integer NOT NULL DEFAULT 0,
        PRIMARY KEY (\`day\`, ${dims.map((d) => `\`${d}\``).join(', ')}, \`metric\`)
      ) WITHOUT ROWID;`),
    )
    await db.run(sql.raw(`INSERT INTO ${t.daily} (day, ${dims.join(', ')}, metric, count) SELECT day, ${dims.join(', ')}, metric, count FROM ${t.table} WHERE span = 1;`))
    await db.run(sql.raw(`DROP TABLE ${t.table};`))
  }
  await db.run(sql`DROP TABLE \`insights_span_sessions\`;`)
}
