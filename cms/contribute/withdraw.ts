import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { Contribution } from '../payload-types'
import { withdrawnMail } from '../email/templates'
import { renditionsDir } from '../lib/paths'

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v ? String(v) : undefined)

/**
 * Withdrawal of consent: unpublish at once, delete the original and every rendition, and keep
 * only the consent record (who, when, which text) plus a content-free tombstone so the old
 * public address answers 410 Gone. Idempotent: a second withdrawal changes nothing.
 */
export async function withdrawContribution(payload: Payload, contribution: Contribution): Promise<Contribution> {
  if (contribution.withdrawnAt) return contribution
  const now = new Date().toISOString()
  const context = { fromWorker: true, withdrawal: true }
  const videoId = idOf(contribution.video)
  if (videoId) {
    const video = await payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: true, disableErrors: true })
    if (video) {
      await payload.delete({ collection: 'transcode-jobs', where: { video: { equals: videoId } }, overrideAccess: true })
      await payload.update({
        collection: 'videos',
        id: videoId,
        overrideAccess: true,
        context,
        data: { status: 'withdrawn', title: '—', hook: null, contributorName: '—', contributorRole: null, original: null, renditions: null, captions: [], vacancies: [], skills: [], feedback: null, publishWhenReady: false, publishAt: null },
      })
      for (const locale of ['en'] as const) await payload.update({ collection: 'videos', id: videoId, locale, overrideAccess: true, context, data: { title: '—', hook: null } })
      const originalId = idOf(video.original)
      if (originalId) await payload.delete({ collection: 'video-originals', id: originalId, overrideAccess: true }).catch(() => undefined)
      await fs.rm(path.join(renditionsDir, videoId), { recursive: true, force: true })
    }
  }
  const storyId = idOf(contribution.story)
  if (storyId) {
    await payload
      .update({ collection: 'stories', id: storyId, overrideAccess: true, context, data: { status: 'withdrawn', title: '—', excerpt: null, body: emptyRichText() as never, images: [], coverImage: null, authorName: '—', authorRole: null } })
      .catch(() => undefined)
  }
  const updated = await payload.update({
    collection: 'contributions',
    id: contribution.id,
    overrideAccess: true,
    // The status link keeps working so the employee can see the withdrawal; uploads cannot start.
    data: { withdrawnAt: now, uploadTokenHash: null } as never,
  })
  const locale = contribution.locale === 'en' ? 'en' : 'nl'
  await payload.sendEmail({ to: contribution.email, ...withdrawnMail(locale, { when: now }) }).catch((err: unknown) => payload.logger.error({ err, msg: 'withdrawal mail failed' }))
  return updated
}

function emptyRichText() {
  return { root: { type: 'root', children: [{ type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1 }], direction: null, format: '', indent: 0, version: 1 } }
}
