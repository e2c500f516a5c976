import { FileStore } from '@tus/file-store'
import { Server, type Upload } from '@tus/server'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { asSystem } from '../collections/Videos/lifecycle'
import { publicName } from '../../common/contribute/names'
import { receivedMail } from '../email/templates'
import { employeeMailContext } from './mailContext'
import { allowedOrigins } from '../lib/origins'
import { dataDir } from '../lib/paths'
import { currentSiteKey } from '../lib/currentSiteKey'
import { clientAddress, createRateLimiter } from '../lib/rateLimit'
import { hashToken, looksLikeToken } from '../lib/tokens'
import { issueMailedStatusLink } from './status'
import { sniffVideoContainer } from './sniffVideo'
import { idOf } from '../../common/ids'

/**
 * Resumable uploads (tus 1.0) for employees on a phone in a train: the file is streamed to disk
 * chunk by chunk (never held in memory), a dropped connection resumes where it stopped, and the
 * token, size and declared type are checked before a single byte is accepted.
 *
 * The upload token travels in a request header (UPLOAD_TOKEN_HEADER) on every tus request, never
 * in Upload-Metadata: metadata is answered to anyone's HEAD and written in plain text next to the
 * bytes. The upload remembers only which contribution it belongs to; HEAD, PATCH and DELETE need
 * the token that contribution was given (checked against its hash in the database), so knowing
 * an upload's URL is not enough to read its details, finish it with other bytes or delete it.
 */
export const UPLOAD_TOKEN_HEADER = 'x-upload-token'
/** The only metadata an upload keeps (what the client may send besides its header). */
const KEPT_METADATA = ['filename', 'filetype', 'locale', 'title'] as const
export const uploadsDir = path.join(dataDir, 'uploads-in-progress')
const MAX_BYTES = Number(process.env.MAX_UPLOAD_BYTES ?? 2 * 1024 ** 3)
const createLimiter = createRateLimiter({ limit: Number(process.env.UPLOAD_RATE_LIMIT ?? 20), windowMs: 60_000 })

type Refusal = { status_code: number; body: string }
const refuse = (status_code: number, nl: string, en: string, locale: string | null | undefined): Refusal => ({ status_code, body: JSON.stringify({ error: locale === 'en' ? en : nl }) })

export function createTusServer(getPayload: () => Promise<Payload>): Server {
  const store = new FileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: 24 * 3600_000 })
  return new Server({
    path: '/uploads',
    datastore: store,
    maxSize: MAX_BYTES,
    respectForwardedHeaders: true,
    allowedOrigins: allowedOrigins(),
    allowedHeaders: [UPLOAD_TOKEN_HEADER],
    // Absolute URLs on the CMS's public address, so the site's pages can resume them.
    generateUrl: (req, { proto, host, path: p, id }) => `${process.env.CMS_PUBLIC_URL?.replace(/\/$/, '') ?? `${proto}://${host}`}${p}/${id}`,
    // tus's own refusals (the global size cap, a wrong offset) are plain English text; give the
    // employee the same kind of sentence, in their language, as our own checks do.
    onResponseError(req, err) {
      const status = 'status_code' in err ? err.status_code : 500
      const body = 'body' in err ? err.body : ''
      if (body.startsWith('{')) return undefined
      const locale = metadataLocale(req.headers.get('upload-metadata'))
      if (status === 413) return refuse(413, `Dit bestand is te groot. Het maximum is ${mb(MAX_BYTES)}.`, `This file is too large. The maximum is ${mb(MAX_BYTES)}.`, locale)
      if (status === 404 || status === 410) return refuse(status, 'Deze upload bestaat niet meer. Begin opnieuw vanaf je uitnodigingslink.', 'This upload no longer exists. Start again from your invitation link.', locale)
      if (status === 409) return refuse(409, 'De upload liep uit de pas; hij wordt opnieuw gesynchroniseerd.', 'The upload got out of step; it will resynchronise.', locale)
      return undefined
    },
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST') {
        if (!createLimiter.allow(clientAddress(req, { siteKey: currentSiteKey }))) throw refuse(429, 'Te veel uploads tegelijk. Probeer het over een minuut opnieuw.', 'Too many uploads. Try again in a minute.', null)
        return
      }
      // HEAD, PATCH, DELETE (and GET): only with the credential the upload was created with.
      const upload = await store.getUpload(uploadId).catch(() => null)
      if (!upload) return // tus answers 404 itself
      const contribution = await contributionFor(await getPayload(), req.headers.get(UPLOAD_TOKEN_HEADER))
      if (!contribution || String(contribution.id) !== upload.metadata?.contributionId) {
        throw refuse(403, 'Deze upload-sessie is verlopen of ongeldig. Open je uitnodigingslink opnieuw.', 'This upload session has expired or is not valid. Open your invitation link again.', upload.metadata?.locale)
      }
    },
    async onUploadCreate(req, upload) {
      const meta = upload.metadata ?? {}
      const payload = await getPayload()
      const contribution = await contributionFor(payload, req.headers.get(UPLOAD_TOKEN_HEADER))
      const locale = contribution?.locale
      if (!contribution) throw refuse(403, 'Deze upload-sessie is verlopen of ongeldig. Open je uitnodigingslink opnieuw.', 'This upload session has expired or is not valid. Open your invitation link again.', meta.locale)
      if (upload.sizeIsDeferred || !upload.size) throw refuse(400, 'De grootte van het bestand ontbreekt.', 'The file size is missing.', locale)
      const campaignId = idOf(contribution.campaign)
      if (!campaignId) throw refuse(403, 'Deze upload-sessie is verlopen of ongeldig. Open je uitnodigingslink opnieuw.', 'This upload session has expired or is not valid. Open your invitation link again.', meta.locale)
      const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true })
      const limit = Math.min(MAX_BYTES, campaign.maxUploadMb * 1024 * 1024)
      if (upload.size > limit) {
        throw refuse(413, `Dit bestand is te groot (${mb(upload.size)}). Het maximum is ${mb(limit)}. Kort de video in of film in 1080p.`, `This file is too large (${mb(upload.size)}). The maximum is ${mb(limit)}. Trim the video or film in 1080p.`, locale)
      }
      if (!String(meta.filetype ?? '').startsWith('video/')) {
        throw refuse(415, 'Dit is geen videobestand. Kies een video uit je galerij of neem er een op.', 'This is not a video file. Pick a video from your gallery or record one.', locale)
      }
      // Whitelisted: a token an older client still puts in the metadata is dropped before it is stored.
      const kept = Object.fromEntries(KEPT_METADATA.flatMap((k) => (typeof meta[k] === 'string' ? [[k, meta[k]!]] : [])))
      return { metadata: { ...kept, contributionId: String(contribution.id) } }
    },
    async onUploadFinish(req, upload) {
      const payload = await getPayload()
      const file = path.join(uploadsDir, upload.id)
      const meta = upload.metadata ?? {}
      const contribution = await contributionFor(payload, req.headers.get(UPLOAD_TOKEN_HEADER))
      try {
        if (!contribution || String(contribution.id) !== meta.contributionId) throw refuse(403, 'Deze upload-sessie is verlopen.', 'This upload session has expired.', meta.locale)
        if (!(await sniffVideoContainer(file))) throw refuse(415, 'Dit bestand is geen video (de inhoud klopt niet met de naam).', 'This file is not a video (its content does not match its name).', contribution.locale)
        await acceptUpload(payload, contribution, upload, file).catch((error: unknown) => {
          // Payload checks the container's structure on the way in; a cut-off upload fails there.
          // (By status, not class name: the production build minifies class names.)
          if ((error as { status?: number }).status === 400) {
            throw refuse(422, 'Dit bestand is beschadigd of onvolledig. Kies de video opnieuw uit je galerij.', 'This file is damaged or incomplete. Pick the video from your gallery again.', contribution.locale)
          }
          throw error
        })
      } finally {
        await Promise.all([fs.rm(file, { force: true }), fs.rm(`${file}.json`, { force: true })])
      }
      return {}
    },
  })
}

async function acceptUpload(payload: Payload, contribution: ContributionDoc, upload: Upload, file: string): Promise<void> {
  const meta = upload.metadata ?? {}
  const name = safeName(meta.filename ?? 'video.mp4')
  // Payload copies a temp file into place without reading it into memory.
  const original = await payload.create({
    collection: 'video-originals',
    data: {},
    overrideAccess: true,
    file: { name, data: Buffer.alloc(0), tempFilePath: file, mimetype: String(meta.filetype), size: upload.size ?? 0 },
  })
  // Without a title of their own, the video is named after them as the site will show them: a
  // colleague who chose "first name only" must not get their surname in a public title.
  const shownAs = publicName(contribution.contributorName, contribution.firstNameOnly)
  const title = meta.title?.slice(0, 140) || (contribution.locale === 'en' ? `Video by ${shownAs}` : `Video van ${shownAs}`)
  // Created in the default locale (required fields must be filled there, or every later save by
  // the worker or a curator fails); an English contributor's title is copied to English too.
  const video = await payload.create({
    collection: 'videos',
    overrideAccess: true,
    context: asSystem('upload'),
    data: {
      title,
      status: 'uploaded',
      original: original.id,
      contributorName: contribution.contributorName,
      firstNameOnly: Boolean(contribution.firstNameOnly),
      contributorRole: contribution.contributorRole ?? undefined,
      campaign: idOf(contribution.campaign),
      contribution: contribution.id,
    },
  })
  if (contribution.locale === 'en') await payload.update({ collection: 'videos', id: video.id, locale: 'en', overrideAccess: true, context: asSystem('upload'), data: { title } })
  await payload.update({ collection: 'contributions', id: contribution.id, overrideAccess: true, data: { video: video.id, uploadTokenHash: null } as never })
  // The employee's status token is not ours to read (it lives only in their browser); the mail
  // carries a fresh status link of its own.
  const link = await issueMailedStatusLink(payload, contribution as never)
  await payload
    .sendEmail({ to: contribution.email, ...receivedMail(contribution.locale === 'en' ? 'en' : 'nl', { ...(await employeeMailContext(payload, contribution)), statusLink: link, kind: 'video' }) })
    .catch((err: unknown) => payload.logger.error({ err, msg: 'confirmation mail failed' }))
}

type ContributionDoc = { id: string; campaign: unknown; locale: 'nl' | 'en'; contributorName: string; firstNameOnly?: boolean | null; contributorRole?: string | null; email: string; mailedStatusLinks?: { hash: string }[] | null }

async function contributionFor(payload: Payload, uploadToken: string | null | undefined): Promise<ContributionDoc | null> {
  if (!uploadToken || !looksLikeToken(uploadToken)) return null
  // showHiddenFields: the token hash is invisible to every API reader, but this server code needs it.
  const { docs } = await payload.find({ collection: 'contributions', where: { uploadTokenHash: { equals: hashToken(uploadToken) } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true })
  const c = docs[0]
  if (!c || c.withdrawnAt || c.video || c.story) return null
  if (!c.uploadTokenExpiresAt || new Date(c.uploadTokenExpiresAt).getTime() < Date.now()) return null
  return c as unknown as ContributionDoc
}

function metadataLocale(header: string | null): string | null {
  const pair = header?.split(',').map((p) => p.trim().split(' ')).find(([key]) => key === 'locale')
  return pair?.[1] ? Buffer.from(pair[1], 'base64').toString('utf8') : null
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100) || 'video.mp4'
