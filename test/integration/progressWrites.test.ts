import path from 'node:path'
import { expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { makeTinyClip } from '../helpers/ffmpeg'
import { createTestPayload } from '../helpers/testPayload'

// The worker's once-a-second progress report (media-worker/queue/processJob.ts) writes only the
// progress columns, so it cannot collide with, or undo, a withdrawal or a curator's save made at the
// same moment. This is the promise it relies on: everything else of the video stays as it was.
it('a progress report changes the progress and nothing else of the video, in any language', async () => {
  const t = await createTestPayload()
  const { payload } = t
  try {
    const clip = await makeTinyClip(path.join(t.dataDir, 'progress.mp4'), { seconds: 1 })
    const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
    const video = await payload.create({
      collection: 'videos',
      data: { title: 'Titel', hook: 'Haak', contributorName: 'Sanne', original: original.id, status: 'uploaded', processing: { stage: 'probing', progress: 0, failureReasonNl: 'blijft staan' } },
      overrideAccess: true,
      context: asSystem('seed'),
    })
    await payload.update({ collection: 'videos', id: video.id, locale: 'en', data: { title: 'Title', hook: 'Hook' }, overrideAccess: true, context: asSystem('seed') })
    const before = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true, locale: 'all' as never })

    await payload.db.updateOne({ collection: 'videos', id: video.id, data: { processing: { stage: 'encoding', progress: 42, failureReason: null } }, returning: false })

    const after = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true, locale: 'all' as never })
    expect(after.processing).toMatchObject({ stage: 'encoding', progress: 42, failureReasonNl: 'blijft staan' })
    expect({ ...after, processing: null, updatedAt: null }).toEqual({ ...before, processing: null, updatedAt: null })
  } finally {
    await t.cleanup()
  }
})
