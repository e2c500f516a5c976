import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { publicError } from '../../../lib/publicError'
import { isRenditionManifest } from '../../../../common/manifest'
import { actorOf } from '../actor'
import { hookTestRestart } from '../hookTestResult'
import { CURATOR_FIELDS, decideTransition, isCurator, logActor, SYSTEM_FIELDS, SYSTEM_MAY_SET, type Actor, type TransitionName } from '../lifecycle'
import type { VideoStatus } from '../statuses'
import { applyDecidedSuggestions, keepSuggestionsAsTheyWere, turnEditsIntoSuggestion } from '../suggestions'
import { changed, idOf } from '../values'
import { TOMBSTONE_CONTEXT, tombstoneData } from '../tombstone'
import { holdForWithdrawal } from '../withdrawalLease'

type Data = Record<string, unknown>

/** Refusals in the admin's language (Dutch unless the admin is set to English). */
export function lifecycleError(req: PayloadRequest, message: { nl: string; en: string }, status = 400): Error {
  return publicError(req.i18n?.language === 'en' ? message.en : message.nl, status)
}

/**
 * The gate every video write passes (admin, REST, GraphQL, worker, scheduler, employee
 * endpoints, seed): decides the step with lifecycle.ts, enforces who may touch which field,
 * applies the step's own changes and logs it. Deny by default: a write whose actor is unknown
 * may change no status and no field that leads to one.
 */
export const applyLifecycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context, operation }) => {
  const actor = actorOf(req, context)
  const refuse = (message: { nl: string; en: string }, status = 400): never => {
    throw lifecycleError(req, message, status)
  }
  const now = new Date().toISOString()

  if (operation === 'create') {
    const to = (data.status ?? 'uploaded') as VideoStatus
    // The seed (demo content and test fixtures) may create a video in any state; nobody else.
    const step: TransitionName | 'seed' = actor.kind === 'system' && actor.name === 'seed' ? 'seed' : checked(decideTransition(null, to, actor), refuse)
    if (actor.kind === 'user') {
      for (const field of SYSTEM_FIELDS) if (field !== 'original') delete data[field]
    }
    if (actor.kind === 'system' && actor.name === 'upload') for (const field of CURATOR_FIELDS) delete data[field]
    await refuseSharedOriginal(req, data.original, undefined, refuse)
    if (to === 'published') data.publishedAt ??= now
    data.moderationLog = [logEntry(step, null, to, actor, now)]
    return data
  }

  const doc = (originalDoc ?? {}) as Data
  const from = doc.status as VideoStatus

  if (from === 'withdrawn') {
    // The withdrawal's own follow-up writes (blanking the other locale) are the only ones allowed.
    if (context[TOMBSTONE_CONTEXT]) return data
    refuse({ nl: 'Deze video is ingetrokken door de medewerker en kan niet meer worden gewijzigd.', en: 'This video was withdrawn by its maker and can no longer be changed.' }, 403)
  }

  // The footage of a video is the file it was created with: a re-cut works on that file only.
  if (data.original !== undefined && idOf(data.original) !== idOf(doc.original)) {
    refuse({ nl: 'Het originele bestand van een video kan niet worden vervangen. Maak een nieuwe video.', en: 'The original file of a video cannot be replaced. Create a new video instead.' }, 403)
  }
  if (actor.kind === 'user') for (const field of SYSTEM_FIELDS) if (field !== 'original' && field in data) data[field] = doc[field]

  const to = (data.status ?? from) as VideoStatus
  const statusChanges = to !== from

  if (actor.kind !== 'system' && !isCurator(actor)) {
    // Hiring managers (and any unknown caller): no step, no field that leads to one.
    if (statusChanges) refuse(checkedReason(decideTransition(from, to, actor)), 403)
    const curatorOnly = CURATOR_FIELDS.filter((f) => f !== 'editing' && changed(data[f], doc[f]))
    if (curatorOnly.length) {
      refuse({ nl: `Alleen communicatie kan ${curatorOnly.join(', ')} wijzigen. Je kunt wel wijzigingen voorstellen.`, en: `Only comms can change ${curatorOnly.join(', ')}. You can suggest edits instead.` }, 403)
    }
    if (actor.kind === 'nobody') {
      // Server code that did not say who it is: deny by default.
      const any = Object.keys(data).some((f) => f !== 'updatedAt' && changed(data[f], doc[f]))
      if (any) refuse({ nl: 'Onbekende schrijver: wijziging geweigerd.', en: 'Unknown writer: change refused.' }, 403)
      return data
    }
    keepSuggestionsAsTheyWere(data, doc)
    turnEditsIntoSuggestion(data, doc, actor, req.locale, now)
    // Nothing else a hiring manager sends changes the video (campaign, department links, …).
    for (const field of Object.keys(data)) if (field !== 'suggestions' && field !== 'updatedAt' && field !== 'id') data[field] = doc[field]
    return data
  }

  if (actor.kind === 'system' && actor.name !== 'seed') {
    // The worker, scheduler and employee endpoints never set the fields that lead to a step.
    const touched = CURATOR_FIELDS.filter((f) => changed(data[f], doc[f]) && !mayAlsoSet(actor.name, f, data[f], doc[f]))
    if (touched.length && !context[TOMBSTONE_CONTEXT]) refuse({ nl: `Systeemschrijver mag ${touched.join(', ')} niet wijzigen.`, en: `A system writer may not change ${touched.join(', ')}.` }, 403)
  }
  if (isCurator(actor)) {
    keepSuggestionsAsTheyWere(data, doc, { decisionsMayChange: true })
    applyDecidedSuggestions(data, doc, actor, req.locale, now, refuse)
    const restart = hookTestRestart(data.hookTest, doc.hookTest, doc.hookTestResult, now)
    if (restart !== undefined) data.hookTestResult = restart
  }

  const log = [...((doc.moderationLog as unknown[]) ?? [])]
  if (isCurator(actor) && ['trimStart', 'trimEnd', 'posterTime'].some((k) => changed((data.editing as Data | undefined)?.[k], (doc.editing as Data | undefined)?.[k]))) {
    log.push(logEntry('reprocess', from, from, actor, now))
  }

  if (statusChanges) {
    const step = checked(decideTransition(from, to, actor), refuse)
    requirePreconditions(step, data, doc, actor, refuse)
    Object.assign(data, stepChanges(step, now))
    if (step === 'withdraw') {
      // Waits for a media-worker write in flight and keeps the next one out until the files are gone.
      await holdForWithdrawal(req, context, String(doc.id))
      Object.assign(data, tombstoneData(req.locale))
      // The log keeps who did what and when; its notes (rejection feedback) describe the content.
      for (const [i, entry] of log.entries()) log[i] = { ...(entry as Data), note: null }
    }
    log.push(logEntry(step, from, to, actor, now, step === 'reject' ? String(data.feedback ?? doc.feedback ?? '') : step === 'withdraw' ? String(data.withdrawalReference ?? '') || null : null))
  }
  data.moderationLog = log
  return data
}

/** A system writer's change of a curator field that lifecycle.ts SYSTEM_MAY_SET allows: only the named keys differ. */
function mayAlsoSet(actor: keyof typeof SYSTEM_MAY_SET, field: string, incoming: unknown, stored: unknown): boolean {
  const rule = SYSTEM_MAY_SET[actor]?.find((r) => r.field === field)
  if (!rule || !incoming || typeof incoming !== 'object') return false
  const before = (stored ?? {}) as Data
  const after = incoming as Data
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => k !== 'id'))
  return [...keys].every((k) => rule.keys.includes(k) || !changed(after[k], before[k]))
}

function checked(decision: ReturnType<typeof decideTransition>, refuse: (m: { nl: string; en: string }, s?: number) => never): TransitionName {
  if (decision.ok) return decision.name
  return refuse(decision.reason, decision.status)
}

function checkedReason(decision: ReturnType<typeof decideTransition>): { nl: string; en: string } {
  return decision.ok ? { nl: 'Geweigerd.', en: 'Refused.' } : decision.reason
}

/** What must hold before a step may happen. */
function requirePreconditions(step: TransitionName, data: Data, doc: Data, actor: Actor, refuse: (m: { nl: string; en: string }, s?: number) => never): void {
  const renditions = data.renditions !== undefined ? data.renditions : doc.renditions
  if ((step === 'publish' || step === 'publishScheduled' || step === 'publishWhenReady' || step === 'reopen') && !isRenditionManifest(renditions)) {
    refuse({ nl: 'Deze video kan nog niet online: de mediaverwerker heeft de webversie nog niet af.', en: 'This video cannot be published yet: the media worker has not finished making the web version.' })
  }
  if (step === 'publishWhenReady' && doc.publishWhenReady !== true) {
    refuse({ nl: 'Niemand van communicatie heeft gevraagd deze video meteen te publiceren.', en: 'No curator asked for this video to be published when ready.' }, 403)
  }
  if (step === 'publishScheduled' && !(typeof doc.publishAt === 'string' && new Date(doc.publishAt).getTime() <= Date.now())) {
    refuse({ nl: 'Het publicatiemoment is nog niet aangebroken.', en: 'The publication time has not come yet.' })
  }
  if (step === 'withdraw' && actor.kind === 'user' && !String(data.withdrawalReference ?? doc.withdrawalReference ?? '').trim()) {
    refuse({ nl: 'Trek een video alleen in op schriftelijk verzoek van de medewerker, en vul eerst ‘Verzoek tot intrekking’ in (datum en kenmerk).', en: 'Withdraw a video only on the employee’s written request, and fill in “Withdrawal request” first (date and reference).' })
  }
  if (step === 'reject' && !String(data.feedback ?? doc.feedback ?? '').trim()) {
    refuse({ nl: 'Schrijf eerst feedback voor je collega: die wordt naar hem of haar gemaild.', en: 'Write feedback for your colleague before rejecting: it is mailed to them.' })
  }
}

/** Fields each step sets itself, so no stale flag can publish later. */
function stepChanges(step: TransitionName, now: string): Data {
  switch (step) {
    case 'publish':
    case 'publishScheduled':
    case 'publishWhenReady':
      return { publishedAt: now, publishWhenReady: false }
    case 'reject':
    case 'unpublish':
    case 'unapprove':
      return { publishWhenReady: false, publishAt: null }
    default:
      return {}
  }
}

function logEntry(step: TransitionName | 'seed' | 'reprocess', from: VideoStatus | null, to: VideoStatus, actor: Actor, at: string, note: string | null = null) {
  return { action: step, from: from ?? '', to, ...logActor(actor), at, note }
}

/** One original, one video: otherwise a withdrawal could leave renditions of its footage public elsewhere. */
async function refuseSharedOriginal(req: PayloadRequest, original: unknown, selfId: string | undefined, refuse: (m: { nl: string; en: string }, s?: number) => never): Promise<void> {
  const id = idOf(original)
  if (!id) return
  const { docs } = await req.payload.find({ collection: 'videos', where: { original: { equals: id } }, limit: 2, depth: 0, overrideAccess: true, req, select: { status: true } })
  if (docs.some((d) => String(d.id) !== selfId)) {
    refuse({ nl: 'Dit originele bestand hoort al bij een andere video.', en: 'This original file already belongs to another video.' }, 403)
  }
}
