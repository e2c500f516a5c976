import config from '@payload-config'
import path from 'node:path'
import { getPayload } from 'payload'

import { serveFile } from '../../../../../lib/http/serveFile'
import { renditionsDir } from '../../../../../lib/paths'

type Params = { params: Promise<{ videoId: string; folder: string; file: string[] }> }

const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/**
 * Serves the worker's renditions. Access is Payload's own read access on the video: anonymous
 * visitors get files of published videos only; staff (admin cookie) get any, for the preview.
 * Guessing a URL of an unpublished or withdrawn video gets the same 404 as a URL that never existed.
 */
async function handle(request: Request, { params }: Params): Promise<Response> {
  const { videoId, folder, file } = await params
  if (![videoId, folder, ...file].every((s) => SAFE_SEGMENT.test(s) && s !== '..')) return notFound()

  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const found = await payload.find({
    collection: 'videos',
    where: { id: { equals: videoId } },
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { status: true, renditions: true },
  })
  const video = found.docs[0]
  const manifest = video?.renditions as { folder?: string } | null | undefined
  if (!video || manifest?.folder !== folder) return notFound()

  const isPublic = video.status === 'published'
  const headers: Record<string, string> = isPublic
    ? // A withdrawal must take effect within seconds everywhere, also in a browser that already
      // played the video. So every reuse is revalidated: browsers (max-age=0, must-revalidate)
      // ask each time and get 304 (no bytes) while the video is published, 404 once it is not;
      // shared caches/CDNs may answer for 5 s (s-maxage) so a popular video does not send every
      // viewer's segment requests to the CMS. The price is one small request per segment reuse
      // instead of none for a minute. Unguessable per-publication paths alone would not do: a warm
      // cache keeps serving a deleted URL for as long as its max-age says.
      { 'Cache-Control': 'public, max-age=0, s-maxage=5, must-revalidate', 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' }
    : { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' }
  return serveFile(path.join(renditionsDir, videoId, folder, ...file), request, headers)
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
}

export const GET = handle
export const HEAD = handle
