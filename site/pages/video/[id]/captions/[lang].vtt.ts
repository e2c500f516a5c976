/**
 * A video's caption track as text/vtt, for the player's <track> elements:
 * /video/<id>/captions/<nl|en>.vtt. The CMS keeps captions inline on the video document; this
 * serves them from the site's own origin (the CSP allows media from 'self') and only while the
 * video is published: a withdrawn video's captions answer 410 Gone, unknown ones 404.
 */
import type { APIRoute } from 'astro'

import { findVideo, isCmsUnavailable, serviceUnavailable } from '../../../../lib/cms'
import { LANGS, type Lang } from '../../../../lib/i18n'
import { parseVideoId } from '../../../../lib/validation'
import { captionTrack } from '../../../../lib/videos'

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } })

export const GET: APIRoute = async ({ params }) => {
  const id = parseVideoId(params.id)
  const lang = LANGS.find((l) => l === params.lang) as Lang | undefined
  if (!id || !lang) return text(404, 'Not found')
  try {
    // Captions are not translated per locale: any locale returns the same array.
    const video = await findVideo('nl', id)
    if (video?.status === 'withdrawn') return text(410, 'Gone')
    const vtt = video?.status === 'published' ? captionTrack(video, lang) : null
    if (!vtt) return text(404, 'Not found')
    return new Response(vtt.endsWith('\n') ? vtt : `${vtt}\n`, {
      status: 200,
      headers: {
        'Content-Type': 'text/vtt; charset=utf-8',
        // Briefly: a withdrawal must reach browsers and proxies within seconds, like the pages.
        'Cache-Control': 'public, max-age=5',
      },
    })
  } catch (error) {
    if (isCmsUnavailable(error)) return serviceUnavailable()
    throw error
  }
}
