import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`video_write_locks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`video\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`video_write_locks_video_idx\` ON \`video_write_locks\` (\`video\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`video_write_locks_id\` text(36) REFERENCES video_write_locks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_write_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`video_write_locks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`video_write_locks\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`videos_id\` text(36),
  	\`stories_id\` text(36),
  	\`vacancies_id\` text(36),
  	\`departments_id\` text(36),
  	\`media_id\` text(36),
  	\`campaigns_id\` text(36),
  	\`invites_id\` text(36),
  	\`contributions_id\` text(36),
  	\`release_texts_id\` text(36),
  	\`video_originals_id\` text(36),
  	\`transcode_jobs_id\` text(36),
  	\`users_id\` text(36),
  	\`quizzes_id\` text(36),
  	\`business_cases_id\` text(36),
  	\`applications_id\` text(36),
  	\`leads_id\` text(36),
  	\`cvs_id\` text(36),
  	\`candidate_audit_id\` text(36),
  	\`talent_profiles_id\` text(36),
  	\`share_links_id\` text(36),
  	\`skill_terms_id\` text(36),
  	\`job_alerts_id\` text(36),
  	\`job_alert_mails_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vacancies_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invites_id\`) REFERENCES \`invites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contributions_id\`) REFERENCES \`contributions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`release_texts_id\`) REFERENCES \`release_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_originals_id\`) REFERENCES \`video_originals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transcode_jobs_id\`) REFERENCES \`transcode_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quizzes_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`business_cases_id\`) REFERENCES \`business_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cvs_id\`) REFERENCES \`cvs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`candidate_audit_id\`) REFERENCES \`candidate_audit\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`talent_profiles_id\`) REFERENCES \`talent_profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`share_links_id\`) REFERENCES \`share_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`skill_terms_id\`) REFERENCES \`skill_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_alerts_id\`) REFERENCES \`job_alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_alert_mails_id\`) REFERENCES \`job_alert_mails\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "videos_id", "stories_id", "vacancies_id", "departments_id", "media_id", "campaigns_id", "invites_id", "contributions_id", "release_texts_id", "video_originals_id", "transcode_jobs_id", "users_id", "quizzes_id", "business_cases_id", "applications_id", "leads_id", "cvs_id", "candidate_audit_id", "talent_profiles_id", "share_links_id", "skill_terms_id", "job_alerts_id", "job_alert_mails_id") SELECT "id", "order", "parent_id", "path", "videos_id", "stories_id", "vacancies_id", "departments_id", "media_id", "campaigns_id", "invites_id", "contributions_id", "release_texts_id", "video_originals_id", "transcode_jobs_id", "users_id", "quizzes_id", "business_cases_id", "applications_id", "leads_id", "cvs_id", "candidate_audit_id", "talent_profiles_id", "share_links_id", "skill_terms_id", "job_alerts_id", "job_alert_mails_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vacancies_id_idx\` ON \`payload_locked_documents_rels\` (\`vacancies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invites_id_idx\` ON \`payload_locked_documents_rels\` (\`invites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contributions_id_idx\` ON \`payload_locked_documents_rels\` (\`contributions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_release_texts_id_idx\` ON \`payload_locked_documents_rels\` (\`release_texts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_originals_id_idx\` ON \`payload_locked_documents_rels\` (\`video_originals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transcode_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`transcode_jobs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_business_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`business_cases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leads_id_idx\` ON \`payload_locked_documents_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cvs_id_idx\` ON \`payload_locked_documents_rels\` (\`cvs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_candidate_audit_id_idx\` ON \`payload_locked_documents_rels\` (\`candidate_audit_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_talent_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`talent_profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_share_links_id_idx\` ON \`payload_locked_documents_rels\` (\`share_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_skill_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`skill_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`job_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_alert_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`job_alert_mails_id\`);`)
}
