import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { demoCampaign, demoDepartments, demoHookTests, demoRelease, demoStories, demoUsers, demoVacancies, demoVideos } from './content'
import { defaultDonts, defaultDos } from '../collections/Campaigns/defaults'
import { asSystem } from '../collections/Videos/lifecycle'
import { generateDemoClip } from './demoClip'
import { seedEntryPoints } from './entryPoints'
import { seedDemoInsights } from './insights'
import { sendDigestOfLastWeek } from '../insights/digest'
import { seedSkillTerms } from './skillTerms'
import { seedTalentBase } from './talentBase'
import { richText } from './lexical'

/** How strongly each demo colleague's video pulls (impressions that become plays), so the digest has a best and a weakest hook. */
const DEMO_PLAY_RATES: Record<string, number> = { sanne: 0.46, joris: 0.31, fatima: 0.17 }

/**
 * Fills the embedded demo database. Idempotent: every document is looked up by a natural key
 * (email, slug, contributor + title) and only created when missing, so a second run changes nothing.
 */
export async function seedDemo(payload: Payload, log: (m: string) => void = console.log, opts: { dataDir?: string } = {}): Promise<{ created: number }> {
  let created = 0
  const found = async (collection: 'users' | 'departments' | 'vacancies' | 'stories' | 'videos' | 'release-texts' | 'campaigns', where: Record<string, unknown>) =>
    (await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true, pagination: false })).docs[0]

  for (const user of demoUsers) {
    if (await found('users', { email: { equals: user.email } })) continue
    await payload.create({ collection: 'users', data: { ...user, roles: [...user.roles] }, overrideAccess: true })
    created++
  }

  const departmentIds = new Map<string, string>()
  for (const d of demoDepartments) {
    let doc = await found('departments', { slug: { equals: d.slug } })
    if (!doc) {
      doc = await payload.create({ collection: 'departments', locale: 'nl', data: { slug: d.slug, name: d.name.nl, description: d.description.nl }, overrideAccess: true })
      await payload.update({ collection: 'departments', id: doc.id, locale: 'en', data: { slug: d.slugEn, name: d.name.en, description: d.description.en }, overrideAccess: true })
      created++
    }
    departmentIds.set(d.slug, String(doc.id))
  }

  const vacancyIds = new Map<string, string>()
  const day = 24 * 60 * 60 * 1000
  for (const v of demoVacancies) {
    let doc = await found('vacancies', { slug: { equals: v.slug } })
    if (!doc) {
      doc = await payload.create({
        collection: 'vacancies',
        locale: 'nl',
        overrideAccess: true,
        data: {
          slug: v.slug,
          status: v.status,
          title: v.title.nl,
          summary: v.summary.nl,
          description: richText(v.body.nl) as never,
          department: departmentIds.get(v.department),
          location: v.location,
          employmentType: v.employmentType,
          hoursMin: v.hours[0],
          hoursMax: v.hours[1],
          salaryMin: v.salary[0],
          salaryMax: v.salary[1],
          salaryPeriod: 'MONTH',
          datePosted: new Date(Date.now() - 3 * day).toISOString(),
          validThrough: new Date(Date.now() + v.validDays * day).toISOString(),
          applyMode: v.external ? 'external' : 'built-in',
          applyUrl: v.external,
        },
      })
      await payload.update({ collection: 'vacancies', id: doc.id, locale: 'en', overrideAccess: true, data: { slug: v.slugEn, title: v.title.en, summary: v.summary.en, description: richText(v.body.en) as never } })
      created++
    }
    vacancyIds.set(v.slug, String(doc.id))
  }
  created += await seedEntryPoints(payload, departmentIds, vacancyIds)
  created += await seedSkillTerms(payload, log)
  created += await seedTalentBase(payload, vacancyIds)

  for (const s of demoStories) {
    if (await found('stories', { slug: { equals: s.slug } })) continue
    const doc = await payload.create({
      collection: 'stories',
      locale: 'nl',
      overrideAccess: true,
      data: { slug: s.slug, status: 'published', title: s.title.nl, excerpt: s.excerpt.nl, body: richText(s.body.nl) as never, authorName: s.authorName, authorRole: s.authorRole, department: departmentIds.get(s.department) },
    })
    await payload.update({ collection: 'stories', id: doc.id, locale: 'en', overrideAccess: true, data: { title: s.title.en, excerpt: s.excerpt.en, body: richText(s.body.en) as never } })
    created++
  }

  let release = await found('release-texts', { version: { equals: demoRelease.version } })
  if (!release) {
    release = await payload.create({ collection: 'release-texts', locale: 'nl', overrideAccess: true, data: { version: demoRelease.version, title: demoRelease.title.nl, body: demoRelease.body.nl, publishedWhere: demoRelease.publishedWhere.nl, retention: demoRelease.retention.nl } })
    await payload.update({ collection: 'release-texts', id: release.id, locale: 'en', overrideAccess: true, data: { title: demoRelease.title.en, body: demoRelease.body.en, publishedWhere: demoRelease.publishedWhere.en, retention: demoRelease.retention.en } })
    created++
  }
  let campaign = await found('campaigns', { slug: { equals: demoCampaign.slug } })
  if (!campaign) {
    campaign = await payload.create({
      collection: 'campaigns',
      locale: 'nl',
      overrideAccess: true,
      data: {
        slug: demoCampaign.slug,
        status: 'active',
        title: demoCampaign.title.nl,
        intro: demoCampaign.intro.nl,
        prompts: demoCampaign.prompts.map((p) => ({ question: p.nl })),
        shotList: demoCampaign.shotList.map((p) => ({ text: p.nl })),
        release: release.id,
        maxDurationSeconds: 120,
        maxUploadMb: 1024,
        allowStories: true,
      },
    })
    // Array rows keep their ids across locales, so the English text lands on the same rows.
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        title: demoCampaign.title.en,
        intro: demoCampaign.intro.en,
        prompts: (campaign.prompts ?? []).map((row, i) => ({ id: row.id, question: demoCampaign.prompts[i]!.en })),
        shotList: (campaign.shotList ?? []).map((row, i) => ({ id: row.id, text: demoCampaign.shotList[i]!.en })),
        dos: (campaign.dos ?? []).map((row, i) => ({ id: row.id, text: defaultDos[i]?.text.en ?? row.text })),
        donts: (campaign.donts ?? []).map((row, i) => ({ id: row.id, text: defaultDonts[i]?.text.en ?? row.text })),
      },
    })
    const invite = await payload.create({ collection: 'invites', overrideAccess: true, data: { label: 'Demo: QR-code bij de koffieautomaat', campaign: campaign.id, kind: 'link', locale: 'nl', expiresAt: new Date(Date.now() + 365 * day).toISOString() } })
    // Demo only: the plain link is kept on disk so `npm start` can print it on every start.
    if (opts.dataDir) await fs.writeFile(path.join(opts.dataDir, 'demo-invite.txt'), String((invite as { link?: string }).link ?? '') + '\n', { mode: 0o600 })
    created++
  }

  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'werkvloer-seed-'))
  const videoIds = new Map<string, string>()
  try {
    for (const v of demoVideos) {
      const existing = await found('videos', { contributorName: { equals: v.contributorName } })
      if (existing) {
        videoIds.set(v.key, String(existing.id))
        continue
      }
      const file = path.join(tmp, `${v.key}-phone-clip.mp4`)
      log(`generating demo clip for ${v.contributorName}…`)
      await generateDemoClip(file, { seconds: 8, hue: v.hue, label: `${v.contributorName} · ${v.contributorRole}` })
      const original = await payload.create({ collection: 'video-originals', data: {}, filePath: file, overrideAccess: true })
      const doc = await payload.create({
        collection: 'videos',
        locale: 'nl',
        overrideAccess: true,
        // The demo content is the one writer that may set publishWhenReady without a curator.
        context: asSystem('seed'),
        data: {
          title: v.title.nl,
          hook: v.hook.nl,
          status: 'uploaded',
          // The worker publishes it the moment its renditions exist.
          publishWhenReady: true,
          original: original.id,
          contributorName: v.contributorName,
          contributorRole: v.contributorRole,
          department: departmentIds.get(v.department),
          vacancies: v.vacancies.map((slug) => vacancyIds.get(slug)).filter((id): id is string => Boolean(id)),
        },
      })
      await payload.update({ collection: 'videos', id: doc.id, locale: 'en', overrideAccess: true, context: asSystem('seed'), data: { title: v.title.en, hook: v.hook.en } })
      videoIds.set(v.key, String(doc.id))
      const variants = demoHookTests[v.key]
      if (variants) {
        // Started now; it runs once the worker has published the video (cms/insights/hookTests.ts).
        const hookTestResult = { startedAt: new Date().toISOString() }
        const nl = await payload.update({ collection: 'videos', id: doc.id, locale: 'nl', overrideAccess: true, context: asSystem('seed'), data: { hookTest: { enabled: true, goal: 'play', variants: variants.map((x) => ({ key: x.key, title: x.title.nl, hook: x.hook.nl, posterTime: x.posterTime ?? null })) }, hookTestResult } as never })
        const rows = (nl.hookTest?.variants ?? []).map((row, i) => ({ id: row.id, key: row.key, title: variants[i]!.title.en, hook: variants[i]!.hook.en, posterTime: row.posterTime ?? null }))
        await payload.update({ collection: 'videos', id: doc.id, locale: 'en', overrideAccess: true, context: asSystem('seed'), data: { hookTest: { enabled: true, goal: 'play', variants: rows } } as never })
      }
      created++
    }
  } finally {
    await fs.rm(tmp, { recursive: true, force: true })
  }

  // Five weeks of measurements, so the Insights view and the digest have something to show,
  // and last week's digest for comms right away (a mail in DATA_DIR/mail without SMTP).
  const department = new Map(demoVacancies.map((v) => [v.slug, departmentIds.get(v.department) ?? null]))
  const events = await seedDemoInsights(payload, {
    videos: demoVideos.flatMap((v) => {
      const id = videoIds.get(v.key)
      return id ? [{ id, playRate: DEMO_PLAY_RATES[v.key] ?? 0.3, vacancies: v.vacancies.flatMap((slug) => vacancyIds.get(slug) ?? []) }] : []
    }),
    vacancies: demoVacancies.filter((v) => v.status === 'open').flatMap((v) => {
      const id = vacancyIds.get(v.slug)
      return id ? [{ id, department: department.get(v.slug) ?? null }] : []
    }),
  })
  if (events) {
    log(`seeded ${events} demo measurement events (five weeks)`)
    if ((await sendDigestOfLastWeek(payload)) === 'sent') log('mailed last week’s Insights digest to comms')
  }
  return { created }
}
