import type { Endpoint, PayloadRequest } from 'payload'

import { endpoints, type Brief, type ConsentCreated } from '../../common/api'

import { statusLink } from '../lib/publicUrls'
import { currentSiteKey } from '../lib/currentSiteKey'
import { clientAddress, createRateLimiter } from '../lib/rateLimit'
import { hashToken, newToken } from '../lib/tokens'
import { findUsableInvite, problemMessages } from './invites'
import { releaseTextAsShown } from './releaseText'
import { consentInput, fieldErrors, storyInput } from './schemas'
import { receivedMail } from '../email/templates'
import { employeeMailContext } from './mailContext'
import { inviteToStartAgain } from './again'
import { serveOwnVideo } from './ownVideo'
import { findByStatusToken, fullEmployeeView, issueMailedStatusLink } from './status'
import { withdrawContribution } from './withdraw'

// A few dozen tries a minute per client address is plenty for a person. The address is the real
// client's (clientAddress: the visitor the site vouches for with its key, a trusted proxy's
// forwarded hop, or the TCP peer), never a header anyone can write.
const limiter = createRateLimiter({ limit: Number(process.env.CONTRIBUTE_RATE_LIMIT ?? 30), windowMs: 60_000 })
const UPLOAD_TOKEN_HOURS = 24

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const localeOf = (req: PayloadRequest): 'nl' | 'en' => (req.searchParams?.get('locale') === 'en' || req.locale === 'en' ? 'en' : 'nl')
const limited = (req: PayloadRequest, name: string) => !limiter.allow(`${name}:${clientAddress(req, { siteKey: currentSiteKey })}`)

/**
 * The status link's own endpoints count only look-ups that found nothing: an employee with a
 * valid status token is never refused, whatever else came from their address (a shared office
 * NAT, or someone hammering it on purpose to block their withdrawal). Guessing stays hopeless
 * because a token is 256 random bits; the limit only stops an address from hammering the lookup.
 */
async function statusTokenLookup(req: PayloadRequest, name: string) {
  const key = `${name}:${clientAddress(req, { siteKey: currentSiteKey })}`
  const contribution = await findByStatusToken(req.payload, req.routeParams?.token)
  if (contribution) return { contribution }
  const open = limiter.open(key)
  limiter.fail(key)
  return { contribution: null, limited: !open }
}
const statusNotFound = (locale: 'nl' | 'en') => json({ error: locale === 'nl' ? 'Deze statuslink klopt niet.' : 'This status link is not valid.' }, 404)
const tooMany = (locale: 'nl' | 'en') => json({ error: locale === 'nl' ? 'Te veel pogingen. Probeer het over een minuut opnieuw.' : 'Too many attempts. Try again in a minute.' }, 429)

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

/** GET /api/contribute/invite/:token — the brief and the release text, or why the link does not work. */
const invite: Endpoint = {
  path: endpoints.invite,
  method: 'get',
  handler: async (req) => {
    const locale = localeOf(req)
    if (limited(req, 'invite')) return tooMany(locale)
    const found = await findUsableInvite(req.payload, req.routeParams?.token, locale)
    if ('problem' in found) {
      const p = problemMessages[found.problem]
      return json({ error: p[locale], problem: found.problem }, p.status)
    }
    const { campaign } = found
    const release = typeof campaign.release === 'object' ? campaign.release : null
    if (!release) return json({ error: 'This campaign has no release text yet.' }, 503)
    const list = (rows?: { text: string }[] | null) => (rows ?? []).map((r) => r.text)
    return json({
      campaign: {
        title: campaign.title,
        intro: campaign.intro ?? null,
        prompts: (campaign.prompts ?? []).map((p) => p.question),
        shotList: list(campaign.shotList),
        dos: list(campaign.dos),
        donts: list(campaign.donts),
        deadline: campaign.deadline ?? null,
        maxDurationSeconds: campaign.maxDurationSeconds,
        maxUploadBytes: campaign.maxUploadMb * 1024 * 1024,
        allowStories: campaign.allowStories ?? true,
      },
      release: { version: release.version, title: release.title, body: release.body, publishedWhere: release.publishedWhere, retention: release.retention },
    } satisfies Brief)
  },
}

/** POST /api/contribute/consent — records consent; returns the upload and personal status tokens. */
const consent: Endpoint = {
  path: endpoints.consent,
  method: 'post',
  handler: async (req) => {
    const body = (await readJson(req)) as Record<string, unknown> | undefined
    const locale = body?.locale === 'en' ? 'en' : 'nl'
    if (limited(req, 'consent')) return tooMany(locale)
    const parsed = consentInput.safeParse(body)
    if (!parsed.success) return json({ error: locale === 'nl' ? 'Controleer de gemarkeerde velden.' : 'Check the marked fields.', fields: fieldErrors(parsed.error, locale) }, 400)
    const input = parsed.data
    const found = await findUsableInvite(req.payload, input.token, locale)
    if ('problem' in found) {
      const p = problemMessages[found.problem]
      return json({ error: p[locale], problem: found.problem }, p.status)
    }
    const release = typeof found.campaign.release === 'object' ? found.campaign.release : null
    if (!release || release.version !== input.releaseVersion) {
      return json({ error: locale === 'nl' ? 'De toestemmingstekst is net gewijzigd. Laad de pagina opnieuw en lees de nieuwe tekst.' : 'The release text has just changed. Reload the page and read the new text.', fields: { releaseVersion: 'changed' } }, 409)
    }
    if (input.kind === 'story' && found.campaign.allowStories === false) return json({ error: locale === 'nl' ? 'Deze campagne vraagt om video’s.' : 'This campaign asks for videos.' }, 400)
    const statusToken = newToken()
    const uploadToken = newToken()
    const contribution = await req.payload.create({
      collection: 'contributions',
      overrideAccess: true,
      data: {
        campaign: found.campaign.id,
        invite: found.invite.id,
        kind: input.kind,
        contributorName: input.name,
        firstNameOnly: input.firstNameOnly,
        contributorRole: input.role,
        contributorDepartment: input.department,
        email: input.email,
        locale,
        release: release.id,
        releaseVersion: release.version,
        releaseTextShown: releaseTextAsShown(release, locale),
        consentedAt: new Date().toISOString(),
        statusTokenHash: hashToken(statusToken),
        uploadTokenHash: hashToken(uploadToken),
        uploadTokenExpiresAt: new Date(Date.now() + UPLOAD_TOKEN_HOURS * 3600_000).toISOString(),
      } as never,
    })
    await req.payload.update({ collection: 'invites', id: found.invite.id, overrideAccess: true, data: { uses: (found.invite.uses ?? 0) + 1 } })
    return json({ contributionId: contribution.id, statusToken, uploadToken, statusUrl: statusLink(statusToken, locale), maxUploadBytes: found.campaign.maxUploadMb * 1024 * 1024, maxDurationSeconds: found.campaign.maxDurationSeconds } satisfies ConsentCreated, 201)
  },
}

/** POST /api/contribute/story — a written story instead of a video, stored as a draft for review. */
const story: Endpoint = {
  path: endpoints.story,
  method: 'post',
  handler: async (req) => {
    const body = (await readJson(req)) as Record<string, unknown> | undefined
    const locale = body?.locale === 'en' ? 'en' : 'nl'
    if (limited(req, 'story')) return tooMany(locale)
    const parsed = storyInput.safeParse(body)
    if (!parsed.success) return json({ error: locale === 'nl' ? 'Controleer de gemarkeerde velden.' : 'Check the marked fields.', fields: fieldErrors(parsed.error, locale) }, 400)
    const { docs } = await req.payload.find({ collection: 'contributions', where: { uploadTokenHash: { equals: hashToken(parsed.data.uploadToken) } }, limit: 1, depth: 0, overrideAccess: true })
    const contribution = docs[0]
    if (!contribution || contribution.withdrawnAt || contribution.story || contribution.video || new Date(contribution.uploadTokenExpiresAt ?? 0).getTime() < Date.now()) {
      return json({ error: locale === 'nl' ? 'Deze bijdrage-sessie is verlopen. Open je uitnodigingslink opnieuw.' : 'This contribution session has expired. Open your invitation link again.' }, 410)
    }
    const paragraphs = parsed.data.text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)
    // Default locale first (required fields must exist there), then the contributor's own language.
    const created = await req.payload.create({
      collection: 'stories',
      overrideAccess: true,
      data: {
        title: parsed.data.title,
        status: 'draft',
        authorName: contribution.contributorName,
        firstNameOnly: Boolean(contribution.firstNameOnly),
        authorRole: contribution.contributorRole ?? undefined,
        contribution: contribution.id,
        body: { root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children: paragraphs.map((p) => ({ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0, children: [{ type: 'text', text: p, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })) } } as never,
      },
    })
    if (locale === 'en') await req.payload.update({ collection: 'stories', id: created.id, locale: 'en', overrideAccess: true, data: { title: created.title, body: created.body } })
    await req.payload.update({ collection: 'contributions', id: contribution.id, overrideAccess: true, data: { story: created.id, uploadTokenHash: null } as never })
    // The page promises a confirmation mail, as for a video: with a status link of its own (the
    // employee's status token lives only in their browser).
    const link = await issueMailedStatusLink(req.payload, contribution)
    await req.payload
      .sendEmail({ to: contribution.email, ...receivedMail(locale, { ...(await employeeMailContext(req.payload, contribution)), statusLink: link, kind: 'story' }) })
      .catch((err: unknown) => req.payload.logger.error({ err, msg: 'story confirmation mail failed' }))
    return json({ ok: true }, 201)
  },
}

/** GET /api/contribute/status/:token — the employee's own view of their contribution. */
const status: Endpoint = {
  path: endpoints.status,
  method: 'get',
  handler: async (req) => {
    const locale = localeOf(req)
    const { contribution, limited: refused } = await statusTokenLookup(req, 'status')
    if (!contribution) return refused ? tooMany(locale) : statusNotFound(locale)
    return json(await fullEmployeeView(req.payload, contribution, locale))
  },
}

/**
 * GET /api/contribute/status/:token/video — the employee's own video once processed, also before
 * publication. Only the status token opens it; everything else about unpublished videos stays closed.
 */
const ownVideo: Endpoint = {
  path: endpoints.ownVideo,
  method: 'get',
  handler: async (req) => {
    const locale = localeOf(req)
    const { contribution, limited: refused } = await statusTokenLookup(req, 'status')
    if (!contribution) return refused ? tooMany(locale) : statusNotFound(locale)
    const headers = new Headers(req.headers)
    return serveOwnVideo(req.payload, contribution, new Request('http://cms.local/', { headers }))
  },
}

/** POST /api/contribute/again/:token — a fresh invite for the same campaign after a rejection or withdrawal. */
const startAgain: Endpoint = {
  path: endpoints.startAgain,
  method: 'post',
  handler: async (req) => {
    const locale = localeOf(req)
    const { contribution, limited: refused } = await statusTokenLookup(req, 'again')
    if (!contribution) return refused ? tooMany(locale) : statusNotFound(locale)
    const link = await inviteToStartAgain(req.payload, contribution)
    if (!link) return json({ error: locale === 'nl' ? 'Een nieuwe bijdrage voor deze campagne kan niet (meer).' : 'A new contribution to this campaign is not possible (any more).' }, 409)
    return json({ link }, 201)
  },
}

/** POST /api/contribute/withdraw/:token — withdraws consent: unpublished at once, files deleted. */
const withdraw: Endpoint = {
  path: endpoints.withdrawConsent,
  method: 'post',
  handler: async (req) => {
    const locale = localeOf(req)
    const { contribution, limited: refused } = await statusTokenLookup(req, 'withdraw')
    if (!contribution) return refused ? tooMany(locale) : statusNotFound(locale)
    await withdrawContribution(req.payload, contribution)
    const fresh = await findByStatusToken(req.payload, req.routeParams?.token)
    return json(await fullEmployeeView(req.payload, fresh ?? contribution, locale))
  },
}

export const contributeEndpoints: Endpoint[] = [invite, consent, story, status, ownVideo, startAgain, withdraw]
