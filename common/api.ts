/**
 * The contract between the career site and the CMS's own endpoints (the ones that are not
 * Payload's REST collections): their paths, the headers the site sends, and the shapes of what
 * they answer. The CMS registers its endpoints with these paths (Payload adds `/api`); the site
 * calls them through its one CMS client (site/lib/cms.ts).
 */
import type { Locale } from './locale'
import type { ImageFormat } from './manifest'

/** The shared secret the site proves itself with (SITE_API_KEY); candidate data is only taken with it. */
export const SITE_KEY_HEADER = 'x-werkvloer-site-key'
/** The visitor's address, passed on by the site so the CMS's rate limits count visitors, not the site. */
export const VISITOR_IP_HEADER = 'x-visitor-ip'

/** Where Payload mounts its REST API and every custom endpoint. */
export const API_PREFIX = '/api'

/** Endpoint paths as registered in Payload (without API_PREFIX); `:token` is filled in by apiPath. */
export const endpoints = {
  lead: '/entry/leads',
  application: '/entry/applications',
  candidateWithdraw: '/entry/withdraw/:token',
  /** A lead's job alerts on or off, from their personal link: JSON `{ on, consentVersion? }`. */
  personalJobAlerts: '/entry/personal/:token/job-alerts',
  /** A lead adds (or replaces) their CV from their personal link: multipart `cv`, `consentVersion`. */
  personalCv: '/entry/personal/:token/cv',
  invite: '/contribute/invite/:token',
  consent: '/contribute/consent',
  story: '/contribute/story',
  status: '/contribute/status/:token',
  withdrawConsent: '/contribute/withdraw/:token',
  /** The employee's own processed video (MP4), only through their status token. */
  ownVideo: '/contribute/status/:token/video',
  /** A new try for the same campaign after a rejection or withdrawal: answers `{ link }`. */
  startAgain: '/contribute/again/:token',
  /** An employee's share link: which published video it opens (404 unknown, 410 withdrawn). */
  shareLink: '/share/:code',
  insightsEvents: '/insights/events',
  /** The site server's relay: many visitors' beacon batches in one call (site/lib/insights/beacon-relay.ts). */
  insightsEventBatches: '/insights/events/visitors',
  hookVariants: '/insights/hook-variants',
  hookTestStats: '/insights/hook-tests/:id',
} as const

export type EndpointPath = (typeof endpoints)[keyof typeof endpoints]

/** The full path of an endpoint, with its `:params` filled in (encoded) and `?locale=` when given. */
export function apiPath(endpoint: EndpointPath, params: Record<string, string> = {}, locale?: Locale): string {
  const path = endpoint.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`apiPath: missing :${name} for ${endpoint}`)
    return encodeURIComponent(value)
  })
  return `${API_PREFIX}${path}${locale ? `?locale=${locale}` : ''}`
}

/** Every refusal carries `error` (a message in the asked language) and, where fields were wrong, `fields`. */

// ---------------------------------------------------------------------------------------------
// Candidates (entry endpoints)

/** 201 from the lead and application endpoints: the stored id and the candidate's own delete token. */
export interface EntryCreated {
  ok: true
  id: string | number
  withdrawToken?: string
}

/**
 * What a candidate's delete link is about, so they know what they delete: the kind, when it was
 * left, through which entry point, the vacancy's title (in the asked language) and the contact
 * address masked ("s•••@example.nl", "06•••••78"). Nothing else they typed leaves the CMS: the
 * token is the only key, and whoever holds it learns no more than this.
 */
export interface CandidateWithdrawSummary {
  /** ISO time the lead or application was stored. */
  createdAt: string
  entryPoint: 'apply' | 'lead-form' | 'quiz' | 'business-case'
  vacancyTitle: string | null
  /** The email address (or, for a lead without one, the phone number) masked; null when neither. */
  maskedContact: string | null
}

/** GET/POST of a candidate's delete link: what the link is about (404 when nothing is left). */
export interface CandidateWithdrawAnswer {
  ok: true
  kind: 'lead' | 'application'
  summary: CandidateWithdrawSummary
  /** A lead's own choices (GET only): job alerts and a CV for future matches. */
  personal?: LeadPersonalView
}

/**
 * What a lead's personal page shows besides the delete button: whether job alerts are on (they
 * need an email address), whether they added a CV, and the consent texts to agree to (version
 * and words in the asked language). Nothing from the CV itself leaves the CMS.
 */
export interface LeadPersonalView {
  hasEmail: boolean
  jobAlerts: { on: boolean; since: string | null; consentVersion: string; consentText: string }
  cv: { added: boolean; at: string | null; consentVersion: string; consentText: string }
}

/** 200 from the personal endpoints: the page's new state and what to tell the lead. */
export interface LeadPersonalAnswer {
  ok: true
  personal: LeadPersonalView
  message: string
}

// ---------------------------------------------------------------------------------------------
// Employees (contribute endpoints)

export type InviteProblem = 'unknown' | 'expired' | 'revoked' | 'closed'

/** 200 from the invite endpoint: the campaign's brief and the release text to agree to. */
export interface Brief {
  campaign: {
    title: string
    intro: string | null
    prompts: string[]
    shotList: string[]
    dos: string[]
    donts: string[]
    deadline: string | null
    maxDurationSeconds: number
    maxUploadBytes: number
    allowStories: boolean
  }
  release: { version: string; title: string; body: string; publishedWhere: string; retention: string }
}

/** 201 from the consent endpoint. */
export interface ConsentCreated {
  contributionId: string
  statusToken: string
  uploadToken: string
  statusUrl: string
  maxUploadBytes: number
  maxDurationSeconds: number
}

export type EmployeeStatus = 'waiting-for-upload' | 'received' | 'processing' | 'in-review' | 'approved' | 'published' | 'not-published' | 'failed' | 'withdrawn'

/** 200 from the status and withdraw endpoints: what the employee sees, never internal fields. */
export interface EmployeeView {
  kind: 'video' | 'story'
  status: EmployeeStatus
  title: string | null
  feedback: string | null
  failureReason: string | null
  /** The published page on the career site, in the asked language (common/routes.ts). */
  publicUrl: string | null
  consentedAt: string
  withdrawnAt: string | null
  releaseVersion: string
  releaseTextShown: string
  canUpload: boolean
  /** The worker made the video and consent stands: the status page may show it (ownVideo). */
  ownVideo: { width: number; height: number } | null
  /** A rejection, failure or withdrawal, in a campaign that still takes contributions: offer a new try. */
  canStartAgain: boolean
  /** The campaign no longer takes contributions (then no new try is offered). */
  campaignClosed: boolean
  /** A published video's own share link and what came through it: totals only, never who. */
  share: EmployeeShare | null
}

/** The employee's share link (its page: routes.shareLink) and its totals since it was made. */
export interface EmployeeShare {
  code: string
  /** Since when the link counts (ISO time it was made). */
  since: string
  /** Visits through the link, plays of the video in those visits, and leads plus applications. */
  totals: { visits: number; plays: number; people: number }
}

/** 200 from the share-link endpoint: the published video the link opens. */
export interface ShareLinkTarget {
  video: string
}

// ---------------------------------------------------------------------------------------------
// Videos (the `playback` field of /api/videos, derived by the CMS from the worker's manifest)

/** URLs on the CMS origin (served by its renditions route) of a video's complete rendition set. */
export interface Playback {
  hls: string
  mp4: string
  preview?: string
  poster: string
  posterSources: { format: ImageFormat; srcset: string }[]
  shareImage?: string
  storyboardVtt?: string
  width: number
  height: number
  durationSeconds: number
  /** Hook-test variants with a poster frame of their own, by variant key (the rest show `poster`). */
  variantPosters?: Record<string, VariantPosterUrls>
}

export interface VariantPosterUrls {
  poster: string
  posterSources: { format: ImageFormat; srcset: string }[]
  shareImage?: string
}

/** Only the quick MP4 exists yet: enough for the admin preview, never for the public site. */
export interface FirstPlayable {
  partial: true
  mp4: string
  width: number
  height: number
  durationSeconds: number
}
