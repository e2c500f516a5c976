/**
 * First-party attribution for leads and applications: where a visitor came from (UTM parameters,
 * referrer, landing page) and which colleague's video they watched before converting.
 *
 * Cookieless: the browser keeps the visit's first touch and the watched video in the tab's
 * sessionStorage (components/insights/touch.ts, components/entry/watched-video.ts) and puts them
 * in the form's hidden `attribution` and `watchedVideo` fields on submit. Nothing is sent anywhere
 * until the visitor submits a form; then it travels with the submission. Without JavaScript a
 * form carries no attribution (there is nothing to remember it in without a cookie).
 */
import { z } from 'zod'

import { ROW_ID } from '../../../common/ids'
import { SHARE_CODE } from '../../../common/insights/source'

const stored = z.object({
  s: z.string().max(200).optional(),
  m: z.string().max(200).optional(),
  c: z.string().max(200).optional(),
  t: z.string().max(200).optional(),
  n: z.string().max(200).optional(),
  r: z.string().max(500).optional(),
  l: z.string().max(500).optional(),
  /** The employee share link the visit came through (components/insights/touch.ts). */
  k: z.string().regex(SHARE_CODE).optional().catch(undefined),
  at: z.string().max(40).optional(),
})
type Stored = z.infer<typeof stored>

export interface Attribution {
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmTerm?: string
  utmContent?: string
  referrer?: string
  landingPage?: string
  firstSeenAt?: string
  watchedVideo?: string
  shareLink?: string
}

/** What the site sends with a submission: the touch and the watched video from the form's hidden fields. */
export function readAttribution(form?: FormData): Attribution {
  let value: Stored = {}
  const raw = form?.get('attribution')
  if (typeof raw === 'string' && raw.length > 0 && raw.length <= 4000) {
    try {
      const parsed = stored.safeParse(JSON.parse(raw))
      if (parsed.success) value = parsed.data
    } catch {
      value = {}
    }
  }
  const fromForm = form?.get('watchedVideo')
  const watchedVideo = typeof fromForm === 'string' && ROW_ID.test(fromForm) ? fromForm : undefined
  return {
    utmSource: value.s,
    utmMedium: value.m,
    utmCampaign: value.c,
    utmTerm: value.t,
    utmContent: value.n,
    referrer: value.r,
    landingPage: value.l,
    firstSeenAt: value.at,
    watchedVideo,
    shareLink: value.k,
  }
}
