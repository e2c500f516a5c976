import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import type { ClaimedJob, JobQueue } from '../../cms/database/jobQueue'
import { asSystem, workerStatusOnFailure, workerStatusOnStart, workerStatusWhenDone } from '../../cms/collections/Videos/lifecycle'
import { originalsDir, renditionsDir } from '../../cms/lib/paths'
import { variantPosterTimes } from '../../cms/collections/Videos/variantPosterTime'
import { failureSentence, isRejection, makeVariantPosters, transcodeFile, unusedVariantFolders } from '../index'
import { isRenditionManifest, type FirstPlayableManifest, type RenditionManifest } from '../../common/manifest'
import { withVideoWriteLease } from '../../cms/database/videoWriteLock'
import { retryDelayMs } from './backoff'

export interface JobContext {
  payload: Payload
  queue: JobQueue
  workerId: string
  leaseMs: number
  log: (message: string) => void
}

// Every write names its actor: the lifecycle lets the worker make only its own steps.
const fromWorker = asSystem('worker')

/**
 * Every write of the worker to the video goes under the video's write lease, which a withdrawal
 * holds until it is done (Videos/withdrawalLease.ts): the write reads the video afresh inside the
 * lease, so it never writes an older copy back over a tombstone, and the lifecycle then refuses it.
 */
function underLease<T>(ctx: JobContext, job: ClaimedJob, write: () => Promise<T>): Promise<T> {
  return withVideoWriteLease(ctx.payload, job.videoId, write)
}

/**
 * Runs one claimed job to its end: renditions written and the video `ready`, or the video `failed`
 * with a reason a person understands, or (transient trouble) the job queued again with backoff.
 * A worker that loses its lease stops at once and writes nothing more.
 */
export async function processJob(job: ClaimedJob, ctx: JobContext, shutdown: AbortSignal): Promise<'done' | 'failed' | 'retry' | 'lost' | 'released'> {
  const { payload, queue, workerId, leaseMs } = ctx
  const abort = new AbortController()
  let lost = false
  const onShutdown = () => abort.abort()
  shutdown.addEventListener('abort', onShutdown)
  const heartbeat = setInterval(() => {
    queue.heartbeat(job.id, workerId, leaseMs).then(
      (held) => {
        if (!held && !lost) {
          lost = true
          abort.abort()
        }
      },
      () => undefined, // a missed beat is not a lost lease; the next one decides
    )
  }, Math.max(1000, Math.floor(leaseMs / 3)))

  try {
    const video = await payload.findByID({ collection: 'videos', id: job.videoId, depth: 1, overrideAccess: true, disableErrors: true })
    if (!video || video.status === 'withdrawn') return await endWithdrawn(ctx, job)
    const original = typeof video.original === 'object' ? video.original : null
    if (!original?.filename) {
      await markFailed(ctx, job, { en: 'The original video file is missing.', nl: 'Het originele videobestand ontbreekt.' })
      return 'failed'
    }
    const startStatus = workerStatusOnStart(video.status)
    // One write at a time: two overlapping updates of the same document collide on its
    // localized rows in SQLite, so progress reports queue behind each other and the final write.
    let writes: Promise<unknown> = Promise.resolve()
    let progressPending = false
    const serially = <T>(write: () => Promise<T>): Promise<T> => {
      const next = writes.then(write)
      writes = next.catch(() => undefined)
      return next
    }
    const update = (data: Record<string, unknown>) => serially(() => underLease(ctx, job, () => payload.update({ collection: 'videos', id: job.videoId, data, overrideAccess: true, context: { ...fromWorker }, depth: 0 })))
    if (job.options.kind === 'posters') return await postersOnly(ctx, job, video, path.join(originalsDir, original.filename), abort.signal, update)

    await update({ ...(startStatus ? { status: startStatus } : {}), processing: { stage: 'probing', progress: 0, failureReason: null, failureReasonNl: null } })
    /**
     * Progress, once a second, goes past the document operation on purpose: a full update rewrites
     * every row of the video (its log, captions, other language) from what it read a moment before,
     * and without transactions on SQLite one that overlaps a withdrawal or a curator's save collides
     * with it (or undoes it). Only the progress columns are written here; status and renditions still
     * go through the lifecycle in `update`.
     */
    const reportProgress = (processing: { stage: string; progress: number; failureReason: null }) =>
      serially(() =>
        underLease(ctx, job, async () => {
          // Read inside the lease: a withdrawal that just finished keeps its own last word.
          const now = await payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true } })
          if (now && now.status !== 'withdrawn') await payload.db.updateOne({ collection: 'videos', id: job.videoId, data: { processing }, returning: false })
        }),
      )

    const videoDir = path.join(renditionsDir, job.videoId)
    // A worker killed mid-job leaves its temporary folders behind; the lease holder clears them.
    await removeTemporaryFolders(videoDir)

    let lastReport = 0
    let previewShown = false
    const showPreview = async (mp4: string, info: { width: number; height: number; durationSeconds: number }) => {
      if (previewShown || isRenditionManifest(video.renditions)) return
      previewShown = true
      const folder = `first-${job.id}`
      await fs.mkdir(path.join(videoDir, folder), { recursive: true })
      await fs.copyFile(mp4, path.join(videoDir, folder, 'video.mp4'))
      const { size } = await fs.stat(path.join(videoDir, folder, 'video.mp4'))
      const partial: FirstPlayableManifest = { version: 1, partial: true, folder, ...info, mp4: { path: 'video.mp4', width: info.width, height: info.height, bytes: size } }
      await update({ renditions: partial }).catch(() => undefined)
    }
    const manifest: RenditionManifest = await transcodeFile(path.join(originalsDir, original.filename), path.join(videoDir, `r-${job.id}`), {
      trimStart: job.options.trimStart ?? undefined,
      trimEnd: job.options.trimEnd ?? undefined,
      posterTime: job.options.posterTime ?? undefined,
      // Read now, not when the job was queued: a variant's time changed meanwhile is made too.
      variantPosterTimes: variantPosterTimes(video.hookTest),
      signal: abort.signal,
      limits: campaignLimits(video.campaign),
      // Curators can watch the video while the ladder encodes: a stream copy when the upload is
      // already browser-playable, otherwise the first encoded MP4. A video that already has a
      // complete set (a curator's re-trim) keeps serving it until the new set is ready.
      onQuickPreview: showPreview,
      onFirstPlayable: showPreview,
      onProgress: ({ stage, percent }) => {
        const now = Date.now()
        if (progressPending || (now - lastReport < 1000 && percent < 100)) return
        lastReport = now
        progressPending = true
        void reportProgress({ stage, progress: Math.round(percent), failureReason: null })
          .catch(() => undefined)
          .finally(() => (progressPending = false))
      },
    })

    if (!(await queue.heartbeat(job.id, workerId, leaseMs))) return await whenLost(ctx, job)
    // Consent may have been withdrawn (or the video deleted) while ffmpeg ran: nothing may reappear.
    const current = await payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!current || current.status === 'withdrawn') return await endWithdrawn(ctx, job)
    const doneStatus = workerStatusWhenDone(current.status, current.publishWhenReady)
    await update({
      ...(doneStatus ? { status: doneStatus } : {}),
      renditions: manifest,
      processing: { stage: 'done', progress: 100, failureReason: null, failureReasonNl: null },
    })
    await queue.complete(job.id, workerId)
    await removeOtherOutputSets(videoDir, manifest.folder)
    return 'done'
  } catch (error) {
    if (lost) return await whenLost(ctx, job)
    // Withdrawn (or deleted) while this job ran: the lifecycle then refuses the worker's writes and
    // the original is gone. That is the withdrawal winning, not a failure to report or retry.
    const now = await payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => undefined)
    if (now === null || now?.status === 'withdrawn') return await endWithdrawn(ctx, job)
    if (shutdown.aborted) {
      await queue.release(job.id, workerId)
      await underLease(ctx, job, () => payload.update({ collection: 'videos', id: job.videoId, data: { processing: { stage: 'waiting for a worker', progress: 0 } }, overrideAccess: true, context: fromWorker })).catch(() => undefined)
      return 'released'
    }
    if (isRejection(error)) {
      await markFailed(ctx, job, { en: error.message, nl: error.nl })
      return 'failed'
    }
    const reason = failureSentence(error, 'en')
    if (job.attempts < job.maxAttempts) {
      const retryAt = new Date(Date.now() + retryDelayMs(job.attempts))
      ctx.log(`job ${job.id} (video ${job.videoId}) failed transiently, retrying at ${retryAt.toISOString()}: ${reason}`)
      await queue.fail(job.id, workerId, reason, retryAt)
      await underLease(ctx, job, () =>
        payload.update({
          collection: 'videos',
          id: job.videoId,
          data: { processing: { stage: 'retrying', progress: 0, failureReason: `Temporary problem, trying again: ${reason}` } },
          overrideAccess: true,
          context: fromWorker,
        }),
      ).catch(() => undefined)
      return 'retry'
    }
    await markFailed(ctx, job, {
      en: `Processing failed after ${job.attempts} attempts: ${reason}`,
      nl: `Verwerken is na ${job.attempts} pogingen mislukt: ${failureSentence(error, 'nl')}`,
    })
    return 'failed'
  } finally {
    clearInterval(heartbeat)
    shutdown.removeEventListener('abort', onShutdown)
  }
}

/**
 * A posters-only job: a curator changed a hook-test variant's poster time and nothing else. The
 * variants' frames are taken again (one seek-and-grab each) into the folder the video serves now,
 * its manifest gets them, and the ladder stays as it is. The status does not change.
 */
async function postersOnly(
  ctx: JobContext,
  job: ClaimedJob,
  video: { hookTest?: unknown; renditions?: unknown },
  original: string,
  signal: AbortSignal,
  update: (data: Record<string, unknown>) => Promise<unknown>,
): Promise<'done' | 'lost'> {
  const { payload, queue, workerId, leaseMs } = ctx
  const manifest = video.renditions
  // No complete set (any more): the whole-set job that makes one takes the variants' frames itself.
  if (!isRenditionManifest(manifest)) {
    await queue.complete(job.id, workerId)
    return 'done'
  }
  const folderDir = path.join(renditionsDir, job.videoId, manifest.folder)
  const trim = manifest.trim ?? { start: job.options.trimStart ?? 0, end: job.options.trimEnd ?? null }
  const variantPosters = await makeVariantPosters(original, folderDir, { trimStart: trim.start, trimEnd: trim.end ?? undefined, variantPosterTimes: variantPosterTimes(video.hookTest), existing: manifest.variantPosters, signal })
  if (!(await queue.heartbeat(job.id, workerId, leaseMs))) return await whenLost(ctx, job)
  const current = await payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!current || current.status === 'withdrawn') return await endWithdrawn(ctx, job)
  const now: unknown = current.renditions
  if (!isRenditionManifest(now) || now.folder !== manifest.folder) {
    // A newer set replaced this folder meanwhile; its own job took the frames.
    await queue.complete(job.id, workerId)
    return 'done'
  }
  const { variantPosters: _old, ...rest } = now
  const next: RenditionManifest = { ...rest, ...(Object.keys(variantPosters).length ? { variantPosters } : {}) }
  const file = path.join(folderDir, 'manifest.json')
  await fs.writeFile(`${file}.tmp`, JSON.stringify(next, null, 2) + '\n')
  await fs.rename(`${file}.tmp`, file)
  await update({ renditions: next })
  await queue.complete(job.id, workerId)
  // Frames no variant (nor a winner's poster that became the video's) uses any more.
  const used = [...next.posters.map((p) => p.path), next.shareImage?.path ?? '', ...Object.values(next.variantPosters ?? {}).flatMap((v) => [...v.posters.map((p) => p.path), v.shareImage?.path ?? ''])]
  const entries = await fs.readdir(path.join(folderDir, 'variants')).catch(() => [] as string[])
  await Promise.all(unusedVariantFolders(entries, used).map((e) => fs.rm(path.join(folderDir, 'variants', e), { recursive: true, force: true })))
  return 'done'
}

/**
 * The lease is gone: another worker took the job over, or a withdrawal deleted the job while ffmpeg
 * was writing. In the second case what this worker wrote after the CMS cleared the folder is its
 * own to remove; in the first, the folder belongs to the new lease holder and stays.
 */
async function whenLost(ctx: JobContext, job: ClaimedJob): Promise<'lost'> {
  const video = await ctx.payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true }).catch(() => undefined)
  if (video === null || video?.status === 'withdrawn') await fs.rm(path.join(renditionsDir, job.videoId), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  return 'lost'
}

/** Ends the job of a withdrawn or deleted video: nothing it made stays on disk, nothing is written to it. */
async function endWithdrawn(ctx: JobContext, job: ClaimedJob): Promise<'done'> {
  await fs.rm(path.join(renditionsDir, job.videoId), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  await ctx.queue.complete(job.id, ctx.workerId)
  ctx.log(`job ${job.id} (video ${job.videoId}) ended: the video was withdrawn or deleted`)
  return 'done'
}

/** `reason` in English (curators, logs, English status page) and Dutch (the Dutch status page). */
async function markFailed(ctx: JobContext, job: ClaimedJob, reason: { en: string; nl: string }): Promise<void> {
  ctx.log(`job ${job.id} (video ${job.videoId}) failed: ${reason.en}`)
  await ctx.queue.fail(job.id, ctx.workerId, reason.en, null)
  await underLease(ctx, job, async () => {
    const video = await ctx.payload.findByID({ collection: 'videos', id: job.videoId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!video || video.status === 'withdrawn') return
    await ctx.payload.update({
      collection: 'videos',
      id: job.videoId,
      // A video that is approved, live or rejected keeps its previous renditions; only a new one is marked failed.
      data: { ...(workerStatusOnFailure(video.status) ? { status: 'failed' } : {}), processing: { stage: 'failed', progress: 0, failureReason: reason.en, failureReasonNl: reason.nl } },
      overrideAccess: true,
      context: fromWorker,
    })
  })
}

/**
 * The length the employee was asked for ("maximaal 2 minuten") is the limit, not the worker's
 * general default. `depth: 1` above brings the campaign along; a video without one keeps the default.
 */
function campaignLimits(campaign: unknown): { maxDurationSeconds?: number } {
  const seconds = campaign && typeof campaign === 'object' ? (campaign as { maxDurationSeconds?: unknown }).maxDurationSeconds : undefined
  return typeof seconds === 'number' && seconds > 0 ? { maxDurationSeconds: seconds } : {}
}

async function removeTemporaryFolders(videoDir: string): Promise<void> {
  const entries = await fs.readdir(videoDir).catch(() => [] as string[])
  await Promise.all(entries.filter((e) => e.includes('.tmp-')).map((e) => fs.rm(path.join(videoDir, e), { recursive: true, force: true })))
}

async function removeOtherOutputSets(videoDir: string, keep: string): Promise<void> {
  const entries = await fs.readdir(videoDir).catch(() => [] as string[])
  await Promise.all(entries.filter((e) => e !== keep).map((e) => fs.rm(path.join(videoDir, e), { recursive: true, force: true })))
}
