/**
 * An employee's share link (`/gedeeld/<code>`, `/en/shared/<code>`): the CMS says which published
 * video the code opens (404 unknown, 410 once consent is withdrawn), and the page is that video's
 * own page, marked with the code so the beacon credits the visit to the link (share_visit, and
 * the source `share:<code>` for what follows in the visit). Never cached, like the video page.
 */
import { apiPath, endpoints } from '../../common/api'
import { SHARE_CODE } from '../../common/insights/source'
import { cmsCall, isCmsUnavailable } from './cms'
import type { Lang } from './i18n'
import { loadVideo, type PageResult, type VideoData } from './pages'

export type SharedVideo = VideoData & { shareCode: string }

export async function loadSharedVideo(lang: Lang, rawCode: unknown): Promise<PageResult<SharedVideo>> {
  const code = typeof rawCode === 'string' && SHARE_CODE.test(rawCode) ? rawCode : null
  if (!code) return { kind: 'not-found' }
  let answer
  try {
    answer = await cmsCall(apiPath(endpoints.shareLink, { code }, lang), { label: 'share link' })
  } catch (error) {
    if (isCmsUnavailable(error)) return { kind: 'unavailable' }
    throw error
  }
  if (answer.status === 404) return { kind: 'not-found' }
  if (answer.status === 410) return { kind: 'gone' }
  if (answer.status !== 200 || typeof answer.body.video !== 'string') return { kind: 'unavailable' }
  const result = await loadVideo(lang, answer.body.video)
  return result.kind === 'ok' ? { kind: 'ok', data: { ...result.data, shareCode: code } } : result
}
