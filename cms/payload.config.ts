// Assembles the CMS. Behaviour lives in the collections, access predicates and database modules.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Applications } from './collections/Applications'
import { BusinessCases } from './collections/BusinessCases'
import { CandidateAudit } from './collections/CandidateAudit'
import { Campaigns } from './collections/Campaigns'
import { Contributions } from './collections/Contributions'
import { Cvs } from './collections/Cvs'
import { Departments } from './collections/Departments'
import { Invites } from './collections/Invites'
import { Leads } from './collections/Leads'
import { Media } from './collections/Media'
import { Quizzes } from './collections/Quizzes'
import { ReleaseTexts } from './collections/ReleaseTexts'
import { ShareLinks } from './collections/ShareLinks'
import { SkillTerms } from './collections/SkillTerms'
import { JobAlerts } from './collections/JobAlerts'
import { JobAlertMails } from './collections/JobAlertMails'
import { Stories } from './collections/Stories'
import { TalentProfiles } from './collections/TalentProfiles'
import { TranscodeJobs } from './collections/TranscodeJobs'
import { Users } from './collections/Users'
import { Vacancies } from './collections/Vacancies'
import { VideoOriginals } from './collections/VideoOriginals'
import { VideoWriteLocks } from './collections/VideoWriteLocks'
import { Videos } from './collections/Videos'
import { withAdminDefaults } from './admin/adminDefaults'
import { ADMIN_TIME_ZONE, DATE_TIME_PATTERN } from './lib/amsterdamTime'
import { createDatabaseAdapter } from './database/createAdapter'
import { selectDatabase } from './database/selectDatabase'
import { contributeEndpoints } from './contribute/endpoints'
import { entryEndpoints } from './entry/endpoints'
import { personalEndpoints } from './entry/personal'
import { insightsEndpoints } from './insights/endpoints'
import { hookTestEndpoints } from './insights/hookTests'
import { shareLinkEndpoint } from './insights/shareLinkEndpoint'
import { matchEndpoints } from './match/endpoints'
import { createEmailAdapter } from './email/adapter'
import { dataDir, repoRoot } from './lib/paths'
import { resolvePayloadSecret } from './lib/secret'
import { allowedOrigins } from './lib/origins'

const database = selectDatabase(process.env.DATABASE_URI, dataDir, repoRoot)

export default buildConfig({
  secret: resolvePayloadSecret({ env: process.env, dataDir, isDemo: database.isDemo }),
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  admin: {
    user: 'users',
    meta: { titleSuffix: '— Werkvloer' },
    // Gravatar would call out to the internet for every user; the built-in avatar does not.
    avatar: 'default',
    // Dutch dates ("2 december 2026 18:11") in Amsterdam time, the way the team and the employees'
    // status pages read them (cms/admin/adminDefaults.ts gives every date field the same).
    dateFormat: DATE_TIME_PATTERN,
    timezones: { defaultTimezone: ADMIN_TIME_ZONE, supportedTimezones: [{ label: 'Amsterdam', value: ADMIN_TIME_ZONE }] },
    components: {
      // What waits for this user (videos to review, new leads and applications), above the cards.
      beforeDashboard: ['/components/dashboard/WaitingWork#WaitingWork'],
      // Insights (issue 11): the view checks the role itself; the link only shows for those roles.
      views: { insights: { Component: '/components/InsightsView#InsightsView', path: '/insights' } },
      afterNavLinks: ['/components/InsightsNavLink#InsightsNavLink'],
    },
    dashboard: {
      // Payload's collection cards with labels resolved per language (see the component for why).
      widgets: [{ slug: 'collection-cards', Component: '/components/dashboard/CollectionCards#CollectionCards', label: { nl: 'Collecties', en: 'Collections' }, minWidth: 'full' }],
      defaultLayout: [{ widgetSlug: 'collection-cards', width: 'full' }],
    },
    importMap: { baseDir: path.resolve(repoRoot, 'cms'), importMapFile: path.resolve(repoRoot, 'cms', 'app', '(payload)', 'admin', 'importMap.js') },
  },
  collections: [Videos, Stories, Vacancies, Departments, Media, Campaigns, Invites, Contributions, ReleaseTexts, VideoOriginals, TranscodeJobs, Users, Quizzes, BusinessCases, Applications, Leads, Cvs, CandidateAudit, TalentProfiles, ShareLinks, SkillTerms, JobAlerts, JobAlertMails, VideoWriteLocks].map(withAdminDefaults),
  endpoints: [...contributeEndpoints, ...entryEndpoints, ...personalEndpoints, ...insightsEndpoints, ...hookTestEndpoints, shareLinkEndpoint, ...matchEndpoints],
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'nl', label: 'Nederlands' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'nl',
    fallback: true,
  },
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  db: createDatabaseAdapter(database, {
    // Workers and scripts set WERKVLOER_SKIP_MIGRATIONS: only the CMS applies migrations at start,
    // so two processes never race to create the same table.
    runMigrationsOnStart: !process.env.WERKVLOER_SKIP_MIGRATIONS,
    migrationDir: path.resolve(repoRoot, 'cms', 'migrations'),
  }),
  sharp,
  email: createEmailAdapter({ env: process.env, mailDir: path.join(dataDir, 'mail') }),
  cors: allowedOrigins(),
  csrf: allowedOrigins(),
  upload: {
    // Phone videos are large: stream them to temp files instead of holding them in memory.
    useTempFiles: true,
    tempFileDir: path.join(dataDir, 'tmp'),
    limits: { fileSize: Number(process.env.MAX_UPLOAD_BYTES ?? 2 * 1024 ** 3) },
  },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
  typescript: { outputFile: path.resolve(repoRoot, 'cms', 'payload-types.ts') },
})
