/**
 * The invite page's state machine. Steps 1 and 2 (and a written story) are plain HTML forms that
 * post back to the same address, so the flow works without JavaScript; each post is validated
 * here before anything reaches the CMS, and a failed check re-renders the step with the values
 * kept and the errors next to the fields.
 */
import {
  copy,
  giveConsent,
  loadInvite,
  parseBriefForm,
  parseConsentForm,
  parseStoryForm,
  parseToken,
  submitStory,
  contributePaths,
  type Brief,
  type BriefField,
  type BriefValues,
  type ConsentField,
  type ConsentValues,
  type FieldErrors,
  type Kind,
  type StoryField,
  type StoryValues,
  type Trouble,
  type UploadSession,
} from './contribute'
import type { Lang } from './i18n'

export type FlowState =
  | Trouble
  | { kind: 'brief'; token: string; brief: Brief; errors: FieldErrors<BriefField>; values: BriefValues; posted: boolean }
  | { kind: 'consent'; token: string; brief: Brief; contributionKind: Kind; errors: FieldErrors<ConsentField>; values: ConsentValues; notice: string | null }
  | { kind: 'declined'; token: string }
  | {
      kind: 'content'
      token: string
      brief: Brief | null
      /** null on the /upload address: the browser script takes the session from sessionStorage. */
      session: UploadSession | null
      story: { errors: FieldErrors<StoryField>; values: StoryValues; notice: string | null } | null
    }
  | { kind: 'story-done'; token: string; statusPath: string }

const emptyConsent: ConsentValues = { name: '', role: '', department: '', email: '', consent: '' }

/** The status code that goes with a state. */
export function statusFor(state: FlowState): number {
  switch (state.kind) {
    case 'problem':
      return state.status
    case 'rate-limited':
      return 429
    case 'unavailable':
      return 503
    case 'brief':
      return Object.keys(state.errors).length ? 422 : 200
    case 'consent':
      return Object.keys(state.errors).length || state.notice ? 422 : 200
    case 'content':
      return state.story && (Object.keys(state.story.errors).length || state.story.notice) ? 422 : 200
    default:
      return 200
  }
}

async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData()
  } catch {
    return new FormData()
  }
}

/** GET and POST of /bijdragen/<token> (and /en/contribute/<token>). */
export async function handleInvite(request: Request, lang: Lang, rawToken: unknown): Promise<FlowState> {
  const invite = await loadInvite(lang, rawToken)
  const token = parseToken(rawToken)
  if (request.method !== 'POST') {
    if (invite.kind !== 'ok' || !token) return invite.kind === 'ok' ? { kind: 'unavailable' } : invite
    return { kind: 'brief', token, brief: invite.brief, errors: {}, values: { kind: 'video', confirmedDonts: false }, posted: false }
  }
  const form = await readForm(request)
  const step = form.get('step')

  // A written story needs only its upload token, not a still-usable invite.
  if (step === 'story' && token) return handleStory(form, lang, token, invite.kind === 'ok' ? invite.brief : null)

  if (invite.kind !== 'ok' || !token) return invite.kind === 'ok' ? { kind: 'unavailable' } : invite
  const { brief } = invite
  const briefCheck = parseBriefForm(form, lang, brief.campaign.allowStories)
  if (!briefCheck.ok) return { kind: 'brief', token, brief, errors: briefCheck.errors, values: briefCheck.values, posted: true }
  if (step !== 'consent') {
    return { kind: 'consent', token, brief, contributionKind: briefCheck.kind, errors: {}, values: emptyConsent, notice: null }
  }

  const consent = parseConsentForm(form, lang)
  if (!consent.ok) return { kind: 'consent', token, brief, contributionKind: briefCheck.kind, errors: consent.errors, values: consent.values, notice: null }
  if (consent.data.consent === 'no') return { kind: 'declined', token }
  // The employee agreed to the text they saw; if it changed in the meantime, they must see the new one.
  if (form.get('releaseVersion') !== brief.release.version) {
    return { kind: 'consent', token, brief, contributionKind: briefCheck.kind, errors: {}, values: { ...consent.values, consent: '' }, notice: copy(lang).errors.releaseChanged }
  }
  const { name, role, department, email, firstNameOnly } = consent.data
  const result = await giveConsent(lang, token, { kind: briefCheck.kind, name, role, department, email, firstNameOnly, releaseVersion: brief.release.version })
  switch (result.kind) {
    case 'ok':
      return { kind: 'content', token, brief, session: result.session, story: null }
    case 'invalid':
      return { kind: 'consent', token, brief, contributionKind: briefCheck.kind, errors: result.errors, values: consent.values, notice: Object.keys(result.errors).length ? null : result.message }
    case 'release-changed': {
      const fresh = await loadInvite(lang, token)
      if (fresh.kind !== 'ok') return fresh
      return { kind: 'consent', token, brief: fresh.brief, contributionKind: briefCheck.kind, errors: {}, values: { ...consent.values, consent: '' }, notice: result.message }
    }
    default:
      return result
  }
}

async function handleStory(form: FormData, lang: Lang, token: string, brief: Brief | null): Promise<FlowState> {
  const uploadToken = parseToken(form.get('uploadToken'))
  const statusToken = parseToken(form.get('statusToken'))
  const parsed = parseStoryForm(form, lang)
  const session: UploadSession | null =
    uploadToken && statusToken
      ? {
          contributionId: '',
          kind: 'story',
          uploadToken,
          statusToken,
          statusPath: contributePaths.status(lang, statusToken),
          maxUploadBytes: brief?.campaign.maxUploadBytes ?? 0,
          maxDurationSeconds: brief?.campaign.maxDurationSeconds ?? 0,
          locale: lang,
        }
      : null
  if (!session) return { kind: 'content', token, brief, session: null, story: { errors: {}, values: parsed.values, notice: copy(lang).sessionExpired } }
  if (!parsed.ok) return { kind: 'content', token, brief, session, story: { errors: parsed.errors, values: parsed.values, notice: null } }
  const result = await submitStory(lang, session.uploadToken, parsed.data)
  switch (result.kind) {
    case 'ok':
      return { kind: 'story-done', token, statusPath: session.statusPath }
    case 'invalid':
      return { kind: 'content', token, brief, session, story: { errors: result.errors, values: parsed.values, notice: null } }
    case 'expired':
    case 'failed':
      return { kind: 'content', token, brief, session, story: { errors: {}, values: parsed.values, notice: result.message } }
    default:
      return result
  }
}

/** GET of /bijdragen/<token>/upload: the upload step after a reload; the session is in the browser. */
export async function handleUploadPage(lang: Lang, rawToken: unknown): Promise<FlowState> {
  const invite = await loadInvite(lang, rawToken)
  const token = parseToken(rawToken)
  if (invite.kind !== 'ok' || !token) return invite.kind === 'ok' ? { kind: 'unavailable' } : invite
  return { kind: 'content', token, brief: invite.brief, session: null, story: null }
}
