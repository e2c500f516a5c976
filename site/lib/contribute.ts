/**
 * The employee contribution flow, server side: invite lookup, consent, written stories, the
 * personal status page and withdrawal. Every call goes to the CMS's contribute endpoints
 * (cms/contribute/endpoints.ts); every form post is validated here again with zod first.
 *
 * Tokens are secrets: they never appear in a log line written here, and the upload token never
 * appears in a URL (it lives in the rendered page and in the browser's sessionStorage).
 */
import { z } from 'zod'

import { apiPath, endpoints, type Brief, type ConsentCreated, type EmployeeStatus, type EmployeeView, type InviteProblem } from '../../common/api'
import { contributionLimits as L } from '../../common/contribute/limits'
import { CONTRIBUTE_PREFIXES, routes } from '../../common/routes'
import { looksLikeToken } from '../../common/tokens'
import { cmsCall, CmsUnavailableError, cmsPublicUrl, errorText, unlessCmsDown, type CmsAnswer } from './cms'
import { copy } from './contribute-copy'
import type { Lang } from './i18n'

export { copy }
export type { Brief, EmployeeStatus, EmployeeView, InviteProblem }
// The upload script in the browser words durations the same way, so this lives in its own module.
export { formatDuration } from './duration-words'

// ---------------------------------------------------------------------------------------------
// Addresses

/** The contribution pages' part of the route table (common/routes.ts). */
export const contributePaths = {
  invite: routes.contribute,
  upload: routes.contributeUpload,
  status: routes.contributeStatus,
}

/** Pages under these paths may use the camera and microphone (the in-browser recorder). */
export function isContributePath(pathname: string): boolean {
  return CONTRIBUTE_PREFIXES.some((prefix) => pathname.startsWith(prefix))
}

/** Permissions-Policy for the contribution pages: camera and microphone for this origin only. */
export const contributePermissionsPolicy = 'camera=(self), microphone=(self), geolocation=(), payment=(), usb=()'

// ---------------------------------------------------------------------------------------------
// Tokens

/** 32 random bytes in base64url, as the CMS makes them (see common/tokens.ts). */
export function parseToken(value: unknown): string | null {
  return looksLikeToken(value) ? value : null
}

// ---------------------------------------------------------------------------------------------
// What the CMS answers

/** A page-level outcome that is not the flow itself. */
export type Trouble =
  | { kind: 'problem'; problem: InviteProblem; message: string; status: number }
  | { kind: 'rate-limited'; message: string }
  | { kind: 'unavailable' }

export type InviteResult = { kind: 'ok'; brief: Brief } | Trouble

/** What the upload step needs; rendered into the page and kept in sessionStorage. */
export interface UploadSession {
  contributionId: string
  kind: 'video' | 'story'
  uploadToken: string
  statusToken: string
  statusPath: string
  maxUploadBytes: number
  maxDurationSeconds: number
  locale: Lang
}

export type StatusResult = { kind: 'ok'; view: EmployeeView } | { kind: 'not-found' } | Exclude<Trouble, { kind: 'problem' }>

// ---------------------------------------------------------------------------------------------
// Talking to the CMS (through the site's one CMS client, ./cms.ts)

function troubleFrom(answer: CmsAnswer, lang: Lang): Trouble | null {
  const c = copy(lang)
  if (answer.status === 429) return { kind: 'rate-limited', message: errorText(answer.body, c.rateLimitedText) }
  if (answer.status === 404 || answer.status === 410) {
    const problem = (['unknown', 'expired', 'revoked', 'closed'] as const).find((p) => p === answer.body.problem) ?? 'unknown'
    return { kind: 'problem', problem, message: errorText(answer.body, c.problems[problem].text), status: answer.status }
  }
  return null
}

/** Runs a CMS call; an outage becomes `unavailable` (logged without any token). */
const guarded = <T>(what: string, run: () => Promise<T>) => unlessCmsDown(`contribute ${what}`, run)

export function loadInvite(lang: Lang, rawToken: unknown): Promise<InviteResult> {
  const token = parseToken(rawToken)
  const c = copy(lang)
  // A malformed token is never sent anywhere: it cannot be valid.
  if (!token) return Promise.resolve({ kind: 'problem', problem: 'unknown', message: c.problems.unknown.text, status: 404 })
  return guarded('invite', async () => {
    const answer = await cmsCall(apiPath(endpoints.invite, { token }, lang), { label: 'contribute invite' })
    const trouble = troubleFrom(answer, lang)
    if (trouble) return trouble
    if (answer.status !== 200 || !answer.body.campaign || !answer.body.release) throw new CmsUnavailableError(`CMS contribute invite answered ${answer.status}`)
    return { kind: 'ok', brief: answer.body as unknown as Brief }
  })
}

// ---------------------------------------------------------------------------------------------
// Forms

export type Kind = 'video' | 'story'
export type FieldErrors<K extends string> = Partial<Record<K, string>>

const formString = (form: FormData, key: string) => {
  const value = form.get(key)
  return typeof value === 'string' ? value : ''
}

/** Step 1: the employee confirms the "never film" rules and picks video or story. */
export type BriefField = 'confirmedDonts' | 'kind'
export interface BriefValues {
  kind: string
  confirmedDonts: boolean
}

export function parseBriefForm(form: FormData, lang: Lang, allowStories: boolean): { ok: true; kind: Kind } | { ok: false; errors: FieldErrors<BriefField>; values: BriefValues } {
  const c = copy(lang)
  const values = { kind: formString(form, 'kind') || 'video', confirmedDonts: formString(form, 'confirmedDonts') === 'yes' }
  const schema = z.object({
    kind: z.enum(allowStories ? ['video', 'story'] : ['video'], { error: c.errors.kind }),
    confirmedDonts: z.literal(true, { error: c.errors.confirmedDonts }),
  })
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, kind: result.data.kind }
  return { ok: false, errors: collect<BriefField>(result.error), values }
}

/** Step 2: who they are, and an explicit yes or no to the release text. */
export type ConsentField = 'name' | 'role' | 'department' | 'email' | 'consent'
export type ConsentValues = Record<Exclude<ConsentField, 'consent'>, string> & { consent: string; firstNameOnly?: boolean }

export function consentSchema(lang: Lang) {
  const e = copy(lang).errors
  return z.object({
    name: z.string().trim().min(1, e.nameRequired).max(L.name, e.tooLong(L.name)),
    role: z.string().trim().max(L.role, e.tooLong(L.role)),
    department: z.string().trim().max(L.department, e.tooLong(L.department)),
    email: z.string().trim().min(1, e.emailRequired).max(L.email, e.emailInvalid).pipe(z.email(e.emailInvalid)),
    // No default: the employee must choose.
    consent: z.enum(['yes', 'no'], { error: e.consentChoice }),
    // "Show only my first name": off unless ticked.
    firstNameOnly: z.boolean().optional().default(false),
  })
}

export type ConsentParse =
  | { ok: true; data: z.infer<ReturnType<typeof consentSchema>>; values: ConsentValues }
  | { ok: false; errors: FieldErrors<ConsentField>; values: ConsentValues }

export function parseConsentForm(form: FormData, lang: Lang): ConsentParse {
  const values: ConsentValues = {
    name: formString(form, 'name'),
    role: formString(form, 'role'),
    department: formString(form, 'department'),
    email: formString(form, 'email'),
    consent: formString(form, 'consent'),
    firstNameOnly: formString(form, 'firstNameOnly') === 'yes',
  }
  const result = consentSchema(lang).safeParse(values)
  if (result.success) return { ok: true, data: result.data, values }
  return { ok: false, errors: collect<ConsentField>(result.error), values }
}

/** Step 3 for stories: a title and the text. */
export type StoryField = 'title' | 'text'
export type StoryValues = Record<StoryField, string>

export function storySchema(lang: Lang) {
  const e = copy(lang).errors
  return z.object({
    title: z.string().trim().min(1, e.storyTitle).max(L.storyTitle, e.tooLong(L.storyTitle)),
    text: z.string().trim().min(L.storyTextMin, e.storyText).max(L.storyTextMax, e.tooLong(L.storyTextMax)),
  })
}

export function parseStoryForm(form: FormData, lang: Lang): { ok: true; data: StoryValues; values: StoryValues } | { ok: false; errors: FieldErrors<StoryField>; values: StoryValues } {
  const values = { title: formString(form, 'title'), text: formString(form, 'text') }
  const result = storySchema(lang).safeParse(values)
  if (result.success) return { ok: true, data: result.data, values }
  return { ok: false, errors: collect<StoryField>(result.error), values }
}

function collect<K extends string>(error: z.ZodError): FieldErrors<K> {
  const errors: FieldErrors<K> = {}
  for (const issue of error.issues) {
    const field = issue.path[0] as K | undefined
    if (field && !errors[field]) errors[field] = issue.message
  }
  return errors
}

// ---------------------------------------------------------------------------------------------
// Actions

export type ConsentResult =
  | { kind: 'ok'; session: UploadSession }
  | { kind: 'invalid'; message: string; errors: FieldErrors<ConsentField> }
  | { kind: 'release-changed'; message: string }
  | Trouble

export function giveConsent(
  lang: Lang,
  token: string,
  input: { kind: Kind; name: string; role: string; department: string; email: string; firstNameOnly: boolean; releaseVersion: string },
): Promise<ConsentResult> {
  return guarded('consent', async () => {
    const answer = await cmsCall(apiPath(endpoints.consent), {
      label: 'contribute consent',
      method: 'POST',
      json: { token, locale: lang, ...input, confirmedDonts: true, agree: true },
    })
    if (answer.status === 201) {
      const b = answer.body as Partial<ConsentCreated>
      const statusToken = String(b.statusToken)
      return {
        kind: 'ok',
        session: {
          contributionId: String(b.contributionId),
          kind: input.kind,
          uploadToken: String(b.uploadToken),
          statusToken,
          statusPath: contributePaths.status(lang, statusToken),
          maxUploadBytes: Number(b.maxUploadBytes),
          maxDurationSeconds: Number(b.maxDurationSeconds),
          locale: lang,
        },
      }
    }
    if (answer.status === 409) return { kind: 'release-changed', message: errorText(answer.body, copy(lang).errors.releaseChanged) }
    const trouble = troubleFrom(answer, lang)
    if (trouble) return trouble
    const fields = (answer.body.fields ?? {}) as Record<string, string>
    const errors: FieldErrors<ConsentField> = {}
    for (const [field, message] of Object.entries(fields)) {
      const mapped = field === 'agree' || field === 'confirmedDonts' ? 'consent' : field
      if (['name', 'role', 'department', 'email', 'consent'].includes(mapped)) errors[mapped as ConsentField] ??= message
    }
    return { kind: 'invalid', message: errorText(answer.body, copy(lang).errorsTitle), errors }
  })
}

export type StoryResult = { kind: 'ok' } | { kind: 'invalid'; errors: FieldErrors<StoryField> } | { kind: 'expired' | 'failed'; message: string } | { kind: 'rate-limited'; message: string } | { kind: 'unavailable' }

export function submitStory(lang: Lang, uploadToken: string, story: StoryValues): Promise<StoryResult> {
  return guarded('story', async () => {
    const answer = await cmsCall(apiPath(endpoints.story), { label: 'contribute story', method: 'POST', json: { uploadToken, locale: lang, ...story } })
    if (answer.status === 201) return { kind: 'ok' }
    if (answer.status === 429) return { kind: 'rate-limited', message: errorText(answer.body, copy(lang).rateLimitedText) }
    if (answer.status === 400 && answer.body.fields) {
      const fields = answer.body.fields as Record<string, string>
      const errors: FieldErrors<StoryField> = {}
      if (fields.title) errors.title = fields.title
      if (fields.text) errors.text = fields.text
      if (errors.title || errors.text) return { kind: 'invalid', errors }
    }
    if (answer.status === 410 || answer.status === 404) return { kind: 'expired', message: errorText(answer.body, copy(lang).sessionExpired) }
    // Anything else (a refusal we do not know) keeps the text so the employee can try again.
    console.error(`[site] contribute story: CMS answered ${answer.status}`)
    return { kind: 'failed', message: copy(lang).client.serverError }
  })
}

export function loadStatus(lang: Lang, rawStatusToken: unknown): Promise<StatusResult> {
  const statusToken = parseToken(rawStatusToken)
  if (!statusToken) return Promise.resolve({ kind: 'not-found' })
  return guarded('status', async () => statusAnswer(lang, await cmsCall(apiPath(endpoints.status, { token: statusToken }, lang), { label: 'contribute status' })))
}

export function withdrawConsent(lang: Lang, rawStatusToken: unknown): Promise<StatusResult> {
  const statusToken = parseToken(rawStatusToken)
  if (!statusToken) return Promise.resolve({ kind: 'not-found' })
  return guarded('withdraw', async () => statusAnswer(lang, await cmsCall(apiPath(endpoints.withdrawConsent, { token: statusToken }, lang), { label: 'contribute withdraw', method: 'POST' })))
}

/** The employee's own processed video, streamed by the CMS only for their status token. */
export function ownVideoUrl(statusToken: string): string {
  return `${cmsPublicUrl()}${apiPath(endpoints.ownVideo, { token: statusToken })}`
}

export type StartAgainResult = { kind: 'ok'; location: string } | { kind: 'closed'; message: string } | { kind: 'not-found' } | { kind: 'rate-limited'; message: string } | { kind: 'unavailable' }

/** "Make a new one": a fresh invite for the same campaign; the browser goes to its first step. */
export function startAgain(lang: Lang, rawStatusToken: unknown): Promise<StartAgainResult> {
  const statusToken = parseToken(rawStatusToken)
  if (!statusToken) return Promise.resolve({ kind: 'not-found' })
  return guarded('again', async () => {
    const answer = await cmsCall(apiPath(endpoints.startAgain, { token: statusToken }, lang), { label: 'contribute again', method: 'POST' })
    if (answer.status === 429) return { kind: 'rate-limited', message: errorText(answer.body, copy(lang).rateLimitedText) }
    if (answer.status === 404) return { kind: 'not-found' }
    if (answer.status === 409) return { kind: 'closed', message: errorText(answer.body, copy(lang).campaignClosed) }
    const link = typeof answer.body.link === 'string' ? answer.body.link : ''
    const token = link.split('/').pop() ?? ''
    if (answer.status !== 201 || !parseToken(token)) throw new CmsUnavailableError(`CMS contribute again answered ${answer.status}`)
    // Same site, this page's language: only the token is taken from the CMS's link.
    return { kind: 'ok', location: contributePaths.invite(lang, token) }
  })
}

function statusAnswer(lang: Lang, answer: CmsAnswer): StatusResult {
  if (answer.status === 429) return { kind: 'rate-limited', message: errorText(answer.body, copy(lang).rateLimitedText) }
  if (answer.status === 404) return { kind: 'not-found' }
  if (answer.status !== 200 || typeof answer.body.status !== 'string') throw new CmsUnavailableError(`CMS contribute status answered ${answer.status}`)
  return { kind: 'ok', view: answer.body as unknown as EmployeeView }
}

// ---------------------------------------------------------------------------------------------
// Presentation helpers

/** "1 GB", "500 MB". */
export function formatBytes(bytes: number, lang: Lang): string {
  const gb = bytes / 1024 ** 3
  const nf = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n)
  if (gb >= 1) return `${nf(gb)} GB`
  return `${nf(Math.max(1, Math.round(bytes / 1024 ** 2)))} MB`
}

/** Everything the browser script needs, as one data attribute. The CMS address is the public one. */
export function clientConfig(lang: Lang, inviteToken: string, brief: Brief | null) {
  return {
    lang,
    inviteKey: inviteToken,
    tusEndpoint: `${cmsPublicUrl()}/uploads`,
    maxUploadBytes: brief?.campaign.maxUploadBytes ?? null,
    maxDurationSeconds: brief?.campaign.maxDurationSeconds ?? null,
    messages: copy(lang).client,
  }
}

export type ClientConfig = ReturnType<typeof clientConfig>

/** Responses of the flow are personal: never cached, never indexed. */
export function noStore(response: { headers: Headers }): void {
  response.headers.set('Cache-Control', 'no-store')
  response.headers.set('X-Robots-Tag', 'noindex')
}
