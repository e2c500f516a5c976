/**
 * The one owner of the video lifecycle: which status may follow which, who may make each step,
 * and what each step requires. Every write of a video goes through the `applyLifecycle` hook,
 * which asks this module — the admin, REST, the media worker, the scheduler, the contribution
 * endpoints and the seed alike. Nothing else decides about `status`.
 *
 * Why a table and not a guard on `status`: other fields (publishWhenReady, publishAt, editing,
 * original) make the worker or the scheduler change the status later. So the table also names
 * who may set those fields, and system actors may only make the steps listed for them.
 */
import type { Role } from '../../access/roles'
import type { VideoStatus } from './statuses'

/** Server code acting without a person: named, so the moderation log can say which. */
export const SYSTEM_ACTORS = ['upload', 'worker', 'scheduler', 'employee', 'seed'] as const
export type SystemActor = (typeof SYSTEM_ACTORS)[number]

export type Actor = { kind: 'user'; id: string | number; roles: Role[] } | { kind: 'system'; name: SystemActor } | { kind: 'nobody' }

type Who = Role | SystemActor

export interface Transition {
  from: (VideoStatus | null)[]
  to: VideoStatus
  by: Who[]
  /** Why the step exists, for the log and for people reading the table. */
  means: string
}

/**
 * The table. `null` in `from` is "no video yet" (create). Hiring managers and recruiters make no
 * step at all: a hiring manager's edits become suggestions (see suggestions.ts).
 */
export const TRANSITIONS = {
  submit: { from: [null], to: 'uploaded', by: ['upload', 'seed', 'admin', 'comms'], means: 'a new video arrives' },
  startProcessing: { from: ['uploaded', 'ready', 'failed'], to: 'processing', by: ['worker'], means: 'the media worker starts on it' },
  processed: { from: ['processing'], to: 'ready', by: ['worker'], means: 'web version made; waits for review' },
  publishWhenReady: { from: ['processing'], to: 'published', by: ['worker'], means: 'web version made; a curator had asked to publish it then' },
  fail: { from: ['uploaded', 'processing'], to: 'failed', by: ['worker'], means: 'no web version could be made' },
  approve: { from: ['ready'], to: 'approved', by: ['admin', 'comms'], means: 'approved, to be published (at publishAt when set)' },
  unapprove: { from: ['approved'], to: 'ready', by: ['admin', 'comms'], means: 'back to review' },
  publish: { from: ['ready', 'approved'], to: 'published', by: ['admin', 'comms'], means: 'live on the site' },
  publishScheduled: { from: ['approved'], to: 'published', by: ['scheduler'], means: 'live at the time a curator set' },
  unpublish: { from: ['published'], to: 'ready', by: ['admin', 'comms'], means: 'taken off the site, back to review' },
  reject: { from: ['ready', 'approved', 'published', 'failed'], to: 'rejected', by: ['admin', 'comms'], means: 'not published, with feedback to the colleague' },
  reopen: { from: ['rejected'], to: 'ready', by: ['admin', 'comms'], means: 'reconsidered' },
  // The employee from their own status link, or an admin on their written request. Never comms:
  // withdrawal deletes the footage for good, which is the employee's right, not an editorial step.
  withdraw: { from: ['uploaded', 'processing', 'ready', 'failed', 'approved', 'published', 'rejected'], to: 'withdrawn', by: ['employee', 'admin'], means: 'consent withdrawn: content and files deleted' },
} as const satisfies Record<string, Transition>

export type TransitionName = keyof typeof TRANSITIONS

/**
 * Fields that lead to a transition or change what the public sees, by who may set them.
 * `curator`: admin and comms. `system`: only server code (the worker's results, the log).
 */
export const CURATOR_FIELDS = ['publishWhenReady', 'publishAt', 'feedback', 'editing', 'withdrawalReference', 'hookTest'] as const
export const SYSTEM_FIELDS = ['renditions', 'processing', 'publishedAt', 'moderationLog', 'contribution', 'original', 'hookTestResult'] as const
/**
 * The only part of a curator field a system writer may set, and why. When a hook test ends itself,
 * the scheduler makes the winning variant's poster frame the video's (cms/insights/hookTests.ts),
 * so a later re-cut keeps that frame; no re-run follows (only curators' edits queue one).
 */
export const SYSTEM_MAY_SET: Partial<Record<SystemActor, { field: (typeof CURATOR_FIELDS)[number]; keys: readonly string[] }[]>> = {
  scheduler: [{ field: 'editing', keys: ['posterTime'] }],
}

/** What a hiring manager may propose; comms accepts or discards (never live at once). */
export const SUGGESTIBLE_FIELDS = ['title', 'hook', 'contributorName', 'contributorRole', 'department', 'vacancies', 'location', 'skills', 'captions', 'editing'] as const

/** Re-running the pipeline on the video's own original (a new trim or poster frame). */
export const REPROCESS_BY: Who[] = ['admin', 'comms']

export const isCurator = (actor: Actor) => actor.kind === 'user' && actor.roles.some((r) => r === 'admin' || r === 'comms')

function matches(actor: Actor, by: readonly Who[]): boolean {
  if (actor.kind === 'system') return by.includes(actor.name)
  if (actor.kind === 'user') return actor.roles.some((r) => by.includes(r))
  return false
}

export type Decision = { ok: true; name: TransitionName } | { ok: false; reason: { nl: string; en: string }; status: 400 | 403 }

/**
 * Which named step takes a video from `from` to `to` for this actor, or why none does.
 * A step only for others answers 403; a step that does not exist answers 400.
 */
export function decideTransition(from: VideoStatus | null, to: VideoStatus, actor: Actor): Decision {
  const steps = (Object.entries(TRANSITIONS) as [TransitionName, Transition][]).filter(([, t]) => t.to === to && t.from.includes(from))
  const mine = steps.find(([, t]) => matches(actor, t.by))
  if (mine) return { ok: true, name: mine[0] }
  const fromLabel = from ?? 'new'
  if (steps.length === 0) {
    return {
      ok: false,
      status: 400,
      reason: { nl: `Een video kan niet van ‘${fromLabel}’ naar ‘${to}’ gaan.`, en: `A video cannot go from ‘${fromLabel}’ to ‘${to}’.` },
    }
  }
  const who = [...new Set(steps.flatMap(([, t]) => t.by))]
  return {
    ok: false,
    status: 403,
    reason: {
      nl: `Alleen ${who.map((w) => WHO_LABELS[w].nl).join(' of ')} mag een video van ‘${fromLabel}’ naar ‘${to}’ zetten.`,
      en: `Only ${who.map((w) => WHO_LABELS[w].en).join(' or ')} may move a video from ‘${fromLabel}’ to ‘${to}’.`,
    },
  }
}

export const WHO_LABELS: Record<Who, { nl: string; en: string }> = {
  admin: { nl: 'een beheerder', en: 'an admin' },
  comms: { nl: 'communicatie', en: 'comms' },
  recruiter: { nl: 'een recruiter', en: 'a recruiter' },
  'hiring-manager': { nl: 'een hiring manager', en: 'a hiring manager' },
  upload: { nl: 'de upload van de medewerker', en: "the employee's upload" },
  worker: { nl: 'de mediaverwerker', en: 'the media worker' },
  scheduler: { nl: 'de planner', en: 'the scheduler' },
  employee: { nl: 'de medewerker zelf (via de statuslink)', en: 'the employee (from their status link)' },
  seed: { nl: 'de demo-inhoud', en: 'the demo content' },
}

/** `by` for the moderation log: the user's id, or the system actor's name. */
export function logActor(actor: Actor): { by: string | number | null; actor: string } {
  if (actor.kind === 'user') return { by: actor.id, actor: 'user' }
  if (actor.kind === 'system') return { by: null, actor: actor.name }
  return { by: null, actor: 'unknown' }
}

/** The context a system actor passes with its Local API writes; REST and GraphQL cannot set it. */
export const asSystem = (name: SystemActor, extra: Record<string, unknown> = {}) => ({ lifecycleActor: name, ...extra })

/**
 * The media worker's status at the start and end of a job, from the table: a re-cut of a video
 * that is approved, live or rejected keeps its status (and its current renditions until the new
 * set is ready); `undefined` means "leave the status alone".
 */
export function workerStatusOnStart(current: VideoStatus): VideoStatus | undefined {
  return (TRANSITIONS.startProcessing.from as readonly (VideoStatus | null)[]).includes(current) ? 'processing' : undefined
}
export function workerStatusWhenDone(current: VideoStatus, publishWhenReady: boolean | null | undefined): VideoStatus | undefined {
  if (current !== 'processing') return undefined
  return publishWhenReady ? 'published' : 'ready'
}
export function workerStatusOnFailure(current: VideoStatus): VideoStatus | undefined {
  return (TRANSITIONS.fail.from as readonly (VideoStatus | null)[]).includes(current) ? 'failed' : undefined
}
