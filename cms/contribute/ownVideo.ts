import path from 'node:path'
import type { Payload } from 'payload'

import { isRenditionManifest } from '../../common/manifest'
import type { Contribution, Video } from '../payload-types'
import { serveFile } from '../lib/http/serveFile'
import { renditionsDir } from '../lib/paths'

/**
 * The employee's own video, shown on their status page once the worker has made it, also before
 * it is published. The only way in is their status token (the contribute endpoint that calls
 * this has looked it up): anonymous visitors still get nothing of an unpublished video through
 * the renditions route or the REST API. A withdrawn contribution shows nothing (its files are gone).
 */
const VIEWABLE: Video['status'][] = ['ready', 'approved', 'published', 'rejected']

export async function ownVideoOf(payload: Payload, contribution: Contribution): Promise<{ video: Video; file: string } | null> {
  if (contribution.withdrawnAt || !contribution.video) return null
  const id = typeof contribution.video === 'object' ? contribution.video.id : contribution.video
  const video = await payload.findByID({ collection: 'videos', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!video || !VIEWABLE.includes(video.status)) return null
  const manifest = video.renditions as unknown
  if (!isRenditionManifest(manifest)) return null
  // Paths from the manifest stay inside the video's own renditions folder.
  const base = path.join(renditionsDir, String(video.id), manifest.folder)
  const file = path.resolve(base, manifest.mp4.path)
  if (!file.startsWith(base + path.sep)) return null
  return { video, file }
}

/** Streams the progressive MP4 (with Range support for seeking); never cached anywhere. */
export async function serveOwnVideo(payload: Payload, contribution: Contribution, request: Request): Promise<Response> {
  const own = await ownVideoOf(payload, contribution)
  if (!own) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return serveFile(own.file, request, { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' })
}
