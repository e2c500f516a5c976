import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`job_alerts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`pair\` text NOT NULL,
  	\`lead_id\` text(36),
  	\`vacancy_id\` text(36),
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`score\` numeric,
  	\`skills\` text,
  	\`mail_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`vacancy_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`mail_id\`) REFERENCES \`job_alert_mails\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_alerts_pair_idx\` ON \`job_alerts\` (\`pair\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_lead_idx\` ON \`job_alerts\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_vacancy_idx\` ON \`job_alerts\` (\`vacancy_id\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_status_idx\` ON \`job_alerts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_mail_idx\` ON \`job_alerts\` (\`mail_id\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_updated_at_idx\` ON \`job_alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_alerts_created_at_idx\` ON \`job_alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`job_alert_mails\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`slot\` text NOT NULL,
  	\`lead_id\` text(36),
  	\`day\` text NOT NULL,
  	\`status\` text DEFAULT 'sending' NOT NULL,
  	\`sent_at\` text,
  	\`link_token_hash\` text,
  	\`link_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_alert_mails_slot_idx\` ON \`job_alert_mails\` (\`slot\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_lead_idx\` ON \`job_alert_mails\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_link_token_hash_idx\` ON \`job_alert_mails\` (\`link_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_link_expires_at_idx\` ON \`job_alert_mails\` (\`link_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_updated_at_idx\` ON \`job_alert_mails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_created_at_idx\` ON \`job_alert_mails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`job_alert_mails_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`vacancies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_alert_mails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vacancies_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_alert_mails_rels_order_idx\` ON \`job_alert_mails_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_rels_parent_idx\` ON \`job_alert_mails_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_rels_path_idx\` ON \`job_alert_mails_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`job_alert_mails_rels_vacancies_id_idx\` ON \`job_alert_mails_rels\` (\`vacancies_id\`);`)
  await db.run(sql`ALTER TABLE \`vacancies\` ADD \`opened_at\` text;`)
  await db.run(sql`ALTER TABLE \`vacancies\` ADD \`job_alerts_matched_at\` text;`)
  await db.run(sql`CREATE INDEX \`vacancies_opened_at_idx\` ON \`vacancies\` (\`opened_at\`);`)
  await db.run(sql`CREATE INDEX \`vacancies_job_alerts_matched_at_idx\` ON \`vacancies\` (\`job_alerts_matched_at\`);`)
  // Vacancies published before job alerts existed are not new: they count as opened when they were
  // made and as already looked at, so a later edit never alerts anyone about them.
  await db.run(sql`UPDATE \`vacancies\` SET \`opened_at\` = \`created_at\`, \`job_alerts_matched_at\` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE \`status\` IN ('open', 'closed');`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`job_alerts_on\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`job_alerts_version\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`job_alerts_text\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`job_alerts_at\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`job_alerts_stopped_at\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`cv_id\` text(36) REFERENCES cvs(id);`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`cv_consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`cv_consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`cv_consent_at\` text;`)
  await db.run(sql`CREATE INDEX \`leads_job_alerts_job_alerts_on_idx\` ON \`leads\` (\`job_alerts_on\`);`)
  await db.run(sql`CREATE INDEX \`leads_cv_idx\` ON \`leads\` (\`cv_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`job_alerts_id\` text(36) REFERENCES job_alerts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`job_alert_mails_id\` text(36) REFERENCES job_alert_mails(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`job_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_alert_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`job_alert_mails_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`job_alerts\`;`)
  await db.run(sql`DROP TABLE \`job_alert_mails\`;`)
  await db.run(sql`DROP TABLE \`job_alert_mails_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_leads\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`contact\` text,
  	\`vacancy_id\` text(36),
  	\`entry_point\` text NOT NULL,
  	\`withdraw_token_hash\` text,
  	\`submission_hash\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`notes\` text,
  	\`quiz_quiz_id\` text(36),
  	\`quiz_summary\` text,
  	\`quiz_answers\` text,
  	\`quiz_result\` text,
  	\`business_case_case_id\` text(36),
  	\`business_case_score\` numeric,
  	\`business_case_choices\` text,
  	\`consent_version\` text NOT NULL,
  	\`consent_text\` text NOT NULL,
  	\`consent_at\` text NOT NULL,
  	\`attribution_utm_source\` text,
  	\`attribution_utm_medium\` text,
  	\`attribution_utm_campaign\` text,
  	\`attribution_utm_term\` text,
  	\`attribution_utm_content\` text,
  	\`attribution_referrer\` text,
  	\`attribution_landing_page\` text,
  	\`attribution_first_seen_at\` text,
  	\`attribution_watched_video_id\` text(36),
  	\`attribution_share_link_id\` text(36),
  	\`locale\` text DEFAULT 'nl',
  	\`delete_after\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`vacancy_id\`) REFERENCES \`vacancies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`quiz_quiz_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`business_case_case_id\`) REFERENCES \`business_cases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attribution_watched_video_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`attribution_share_link_id\`) REFERENCES \`share_links\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_leads\`("id", "contact", "vacancy_id", "entry_point", "withdraw_token_hash", "submission_hash", "email", "phone", "status", "notes", "quiz_quiz_id", "quiz_summary", "quiz_answers", "quiz_result", "business_case_case_id", "business_case_score", "business_case_choices", "consent_version", "consent_text", "consent_at", "attribution_utm_source", "attribution_utm_medium", "attribution_utm_campaign", "attribution_utm_term", "attribution_utm_content", "attribution_referrer", "attribution_landing_page", "attribution_first_seen_at", "attribution_watched_video_id", "attribution_share_link_id", "locale", "delete_after", "updated_at", "created_at") SELECT "id", "contact", "vacancy_id", "entry_point", "withdraw_token_hash", "submission_hash", "email", "phone", "status", "notes", "quiz_quiz_id", "quiz_summary", "quiz_answers", "quiz_result", "business_case_case_id", "business_case_score", "business_case_choices", "consent_version", "consent_text", "consent_at", "attribution_utm_source", "attribution_utm_medium", "attribution_utm_campaign", "attribution_utm_term", "attribution_utm_content", "attribution_referrer", "attribution_landing_page", "attribution_first_seen_at", "attribution_watched_video_id", "attribution_share_link_id", "locale", "delete_after", "updated_at", "created_at" FROM \`leads\`;`)
  await db.run(sql`DROP TABLE \`leads\`;`)
  await db.run(sql`ALTER TABLE \`__new_leads\` RENAME TO \`leads\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`leads_vacancy_idx\` ON \`leads\` (\`vacancy_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_entry_point_idx\` ON \`leads\` (\`entry_point\`);`)
  await db.run(sql`CREATE INDEX \`leads_withdraw_token_hash_idx\` ON \`leads\` (\`withdraw_token_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`leads_submission_hash_idx\` ON \`leads\` (\`submission_hash\`);`)
  await db.run(sql`CREATE INDEX \`leads_quiz_quiz_quiz_idx\` ON \`leads\` (\`quiz_quiz_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_business_case_business_case_case_idx\` ON \`leads\` (\`business_case_case_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_attribution_attribution_watched_video_idx\` ON \`leads\` (\`attribution_watched_video_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_attribution_attribution_share_link_idx\` ON \`leads\` (\`attribution_share_link_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_delete_after_idx\` ON \`leads\` (\`delete_after\`);`)
  await db.run(sql`CREATE INDEX \`leads_updated_at_idx\` ON \`leads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_created_at_idx\` ON \`leads\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`skill_terms_id\`) REFERENCES \`skill_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "videos_id", "stories_id", "vacancies_id", "departments_id", "media_id", "campaigns_id", "invites_id", "contributions_id", "release_texts_id", "video_originals_id", "transcode_jobs_id", "users_id", "quizzes_id", "business_cases_id", "applications_id", "leads_id", "cvs_id", "candidate_audit_id", "talent_profiles_id", "share_links_id", "skill_terms_id") SELECT "id", "order", "parent_id", "path", "videos_id", "stories_id", "vacancies_id", "departments_id", "media_id", "campaigns_id", "invites_id", "contributions_id", "release_texts_id", "video_originals_id", "transcode_jobs_id", "users_id", "quizzes_id", "business_cases_id", "applications_id", "leads_id", "cvs_id", "candidate_audit_id", "talent_profiles_id", "share_links_id", "skill_terms_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`vacancies_opened_at_idx\`;`)
  await db.run(sql`DROP INDEX \`vacancies_job_alerts_matched_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`vacancies\` DROP COLUMN \`opened_at\`;`)
  await db.run(sql`ALTER TABLE \`vacancies\` DROP COLUMN \`job_alerts_matched_at\`;`)
}
