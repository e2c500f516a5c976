import { expect, test, type APIRequestContext } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tus from 'tus-js-client'

import { cmsUrl, createInvite, demoComms, demoManager, e2eDataDir, loginHeaders, receivedMails } from '../helpers'

/**
 * The contribution API over real HTTP: what an employee's browser does (consent, tus upload,
 * status, withdrawal), what a curator does, and what a stranger with a guessed link gets.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wv-contrib-'))
const clip = path.join(tmp, 'phone.mp4')
execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=360x640:rate=25:duration=4', '-f', 'lavfi', '-i', 'sine=duration=4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip])

async function countContributions(request: APIRequestContext): Promise<number> {
  const headers = await loginHeaders(request, demoComms)
  return ((await (await request.get(`${cmsUrl()}/api/contributions?limit=0`, { headers })).json()) as { totalDocs: number }).totalDocs
}

async function consent(request: APIRequestContext, token: string, overrides: Record<string, unknown> = {}) {
  const brief = (await (await request.get(`${cmsUrl()}/api/contribute/invite/${token}?locale=nl`)).json()) as { release?: { version: string } }
  return request.post(`${cmsUrl()}/api/contribute/consent`, {
    data: { token, locale: 'nl', kind: 'video', name: 'Eva Jansen', role: 'Planner', department: 'Operations', email: 'eva@example.com', releaseVersion: brief.release?.version ?? '2026-11-v1', confirmedDonts: true, agree: true, ...overrides },
  })
}

/** Uploads with tus-js-client as a browser would; `dropAfterFirstChunk` simulates the train tunnel. */
function tusUpload(file: string, { uploadToken, ...metadata }: Record<string, string>, opts: { chunkSize?: number; dropAfterFirstChunk?: boolean } = {}) {
  return new Promise<{ url: string; completed: boolean }>((resolve, reject) => {
    const upload: tus.Upload = new tus.Upload(fs.createReadStream(file) as never, {
      endpoint: `${cmsUrl()}/uploads`,
      uploadSize: fs.statSync(file).size,
      chunkSize: opts.chunkSize ?? 256 * 1024,
      // As the site's upload step does: the token in a header of every request, never in metadata.
      headers: { 'X-Upload-Token': uploadToken ?? '' },
      metadata,
      retryDelays: [],
      onChunkComplete: () => {
        if (!opts.dropAfterFirstChunk) return
        void upload.abort().then(() => resolve({ url: upload.url!, completed: false }))
      },
      onError: (err) => reject(err),
      onSuccess: () => resolve({ url: upload.url!, completed: true }),
    })
    upload.start()
  })
}

function tusErrorMessage(err: unknown): string {
  const body = (err as { originalResponse?: { getBody(): string } }).originalResponse?.getBody() ?? ''
  try {
    return (JSON.parse(body) as { error: string }).error
  } catch {
    return body || String(err)
  }
}

test.describe('invite links', () => {
  test('a guessed or malformed token gets a clear answer and stores nothing', async ({ request }) => {
    const before = await countContributions(request)
    for (const token of ['x'.repeat(43), 'not-a-token', '../../etc/passwd']) {
      const res = await request.get(`${cmsUrl()}/api/contribute/invite/${encodeURIComponent(token)}?locale=nl`)
      expect(res.status()).toBe(404)
      expect((await res.json()).error).toMatch(/uitnodigingslink klopt niet/)
    }
    expect((await consent(request, 'y'.repeat(43))).status()).toBe(404)
    expect(await countContributions(request)).toBe(before)
  })

  test('a revoked or expired invite says so, in the asked language', async ({ request }) => {
    const headers = await loginHeaders(request, demoComms)
    const revoked = await createInvite(request)
    await request.patch(`${cmsUrl()}/api/invites/${revoked.id}`, { headers, data: { revoked: true } })
    const r = await request.get(`${cmsUrl()}/api/contribute/invite/${revoked.token}?locale=en`)
    expect(r.status()).toBe(410)
    expect((await r.json()).error).toMatch(/has been withdrawn/)
    const expired = await createInvite(request, { expiresAt: new Date(Date.now() - 60_000).toISOString() })
    const e = await request.get(`${cmsUrl()}/api/contribute/invite/${expired.token}?locale=nl`)
    expect(e.status()).toBe(410)
    expect((await e.json()).error).toMatch(/verlopen/)
  })

  test('consent needs an explicit yes and valid details, or nothing is stored', async ({ request }) => {
    const { token } = await createInvite(request)
    const before = await countContributions(request)
    const res = await consent(request, token, { agree: false, email: 'not-an-email' })
    expect(res.status()).toBe(400)
    const body = (await res.json()) as { fields: Record<string, string> }
    expect(body.fields.agree).toMatch(/expliciet/)
    expect(body.fields.email).toMatch(/e-mailadres/)
    expect(await countContributions(request)).toBe(before)
  })
})

test.describe('a contribution from upload to withdrawal', () => {
  test('uploads resumably, reaches the review queue, and withdrawal removes every file', async ({ request }) => {
    test.setTimeout(180_000)
    const { token } = await createInvite(request)
    const res = await consent(request, token)
    expect(res.status()).toBe(201)
    const { uploadToken, statusToken } = (await res.json()) as { uploadToken: string; statusToken: string }

    // The connection drops after the first chunk; the upload resumes from the server's offset.
    const interrupted = await tusUpload(clip, { uploadToken, filename: 'phone.mp4', filetype: 'video/mp4', locale: 'nl' }, { dropAfterFirstChunk: true })
    expect(interrupted.completed).toBe(false)
    const head = await request.head(interrupted.url, { headers: { 'Tus-Resumable': '1.0.0', 'X-Upload-Token': uploadToken } })
    const offset = Number(head.headers()['upload-offset'])
    expect(offset).toBeGreaterThan(0)
    expect(offset).toBeLessThan(fs.statSync(clip).size)
    const rest = fs.readFileSync(clip).subarray(offset)
    const patch = await request.patch(interrupted.url, {
      headers: { 'Tus-Resumable': '1.0.0', 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream', 'X-Upload-Token': uploadToken },
      data: rest,
    })
    expect(patch.status(), await patch.text()).toBe(204)

    const status = async () => (await (await request.get(`${cmsUrl()}/api/contribute/status/${statusToken}?locale=nl`)).json()) as { status: string; canUpload: boolean }
    await expect.poll(async () => (await status()).status, { timeout: 90_000 }).toBe('in-review')
    expect((await status()).canUpload).toBe(false)
    await expect.poll(() => receivedMails().some((m) => m.to.includes('eva@example.com') && /ontvangen/.test(m.subject))).toBe(true)

    // The curator sees it in the review queue, with its consent record.
    const comms = await loginHeaders(request, demoComms)
    const queue = (await (await request.get(`${cmsUrl()}/api/videos?where[status][equals]=ready&depth=0&limit=100`, { headers: comms })).json()) as { docs: { id: string; contributorName: string; contribution: string }[] }
    const video = queue.docs.find((d) => d.contributorName === 'Eva Jansen')!
    expect(video).toBeTruthy()

    // A hiring manager may not publish it.
    const manager = await loginHeaders(request, demoManager)
    expect((await request.patch(`${cmsUrl()}/api/videos/${video.id}`, { headers: manager, data: { status: 'published' } })).status()).toBe(403)
    // Comms can.
    expect((await request.patch(`${cmsUrl()}/api/videos/${video.id}`, { headers: comms, data: { status: 'published' } })).status()).toBe(200)
    const published = (await (await request.get(`${cmsUrl()}/api/videos/${video.id}`)).json()) as { status: string; playback: { hls: string; mp4: string } }
    expect(published.status).toBe('published')
    expect((await request.get(`${cmsUrl()}${published.playback.mp4}`)).status()).toBe(200)
    const renditions = path.join(e2eDataDir(), 'media', 'renditions', video.id)
    expect(fs.existsSync(renditions)).toBe(true)
    const originalsBefore = fs.readdirSync(path.join(e2eDataDir(), 'media', 'originals'))

    // The employee withdraws: offline at once, files gone, consent record kept as proof.
    const withdrawn = await request.post(`${cmsUrl()}/api/contribute/withdraw/${statusToken}?locale=nl`)
    expect(withdrawn.status()).toBe(200)
    expect(((await withdrawn.json()) as { status: string }).status).toBe('withdrawn')
    const tombstone = (await (await request.get(`${cmsUrl()}/api/videos/${video.id}`)).json()) as { status: string; title: string; playback: unknown }
    expect(tombstone).toMatchObject({ status: 'withdrawn', title: 'Ingetrokken video', playback: null })
    expect((await request.get(`${cmsUrl()}${published.playback.mp4}`)).status()).toBe(404)
    expect(fs.existsSync(renditions)).toBe(false)
    expect(fs.readdirSync(path.join(e2eDataDir(), 'media', 'originals')).length).toBe(originalsBefore.length - 1)
    const record = (await (await request.get(`${cmsUrl()}/api/contributions/${video.contribution}`, { headers: comms })).json()) as { withdrawnAt: string; releaseTextShown: string; email: string }
    expect(record.withdrawnAt).toBeTruthy()
    expect(record.releaseTextShown).toMatch(/toestemming/i)
    await expect.poll(() => receivedMails().some((m) => m.to.includes('eva@example.com') && /ingetrokken/.test(m.subject))).toBe(true)
  })
})

test.describe('an upload URL on its own', () => {
  test('gives nothing away and cannot be finished or deleted without the upload token', async ({ request }) => {
    const { token } = await createInvite(request)
    const { uploadToken, statusToken } = (await (await consent(request, token)).json()) as { uploadToken: string; statusToken: string }
    // An older client that still put the tokens in the metadata: they must not be kept either.
    const interrupted = await tusUpload(clip, { uploadToken, statusToken, filename: 'phone.mp4', filetype: 'video/mp4', locale: 'nl' }, { dropAfterFirstChunk: true })
    const tus1 = { 'Tus-Resumable': '1.0.0' }
    const decoded = (header: string | undefined) => (header ?? '').split(',').map((pair) => Buffer.from(pair.trim().split(' ')[1] ?? '', 'base64').toString('utf8')).join(' ')

    // Whoever has the URL (a log, a shared screen, browser history) but not the token:
    const head = await request.head(interrupted.url, { headers: tus1 })
    expect(head.status()).toBe(403)
    expect(head.headers()['upload-metadata']).toBeUndefined()
    const patch = await request.patch(interrupted.url, { headers: { ...tus1, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, data: Buffer.from('not the video') })
    expect(patch.status()).toBe(403)
    expect((await request.delete(interrupted.url, { headers: tus1 })).status()).toBe(403)
    // Someone else's valid upload token is not this upload's credential either.
    const other = (await (await consent(request, token)).json()) as { uploadToken: string }
    expect((await request.head(interrupted.url, { headers: { ...tus1, 'X-Upload-Token': other.uploadToken } })).status()).toBe(403)
    expect((await request.get(interrupted.url)).status()).toBe(405)

    // The employee, with the token, still resumes; neither token is in the metadata or on disk.
    const own = await request.head(interrupted.url, { headers: { ...tus1, 'X-Upload-Token': uploadToken } })
    expect(own.status()).toBe(200)
    expect(Number(own.headers()['upload-offset'])).toBeGreaterThan(0)
    const metadata = decoded(own.headers()['upload-metadata'])
    expect(metadata).toContain('phone.mp4')
    for (const secret of [uploadToken, statusToken]) expect(metadata).not.toContain(secret)
    const dir = path.join(e2eDataDir(), 'uploads-in-progress')
    const id = interrupted.url.split('/').pop()!
    expect(fs.existsSync(path.join(dir, `${id}.json`))).toBe(true)
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name)).toString('latin1')
      for (const secret of [uploadToken, statusToken]) expect(text.includes(secret), `${name} holds a token`).toBe(false)
    }
    // And the employee may delete their own upload.
    expect((await request.delete(interrupted.url, { headers: { ...tus1, 'X-Upload-Token': uploadToken } })).status()).toBe(204)
  })
})

test.describe('uploads that must be refused', () => {
  test('without a valid upload token, of the wrong type, too large, or not really a video', async ({ request }) => {
    const { token } = await createInvite(request)
    const { uploadToken } = (await (await consent(request, token)).json()) as { uploadToken: string }
    const noToken = await tusUpload(clip, { uploadToken: 'z'.repeat(43), filename: 'a.mp4', filetype: 'video/mp4' }).catch(tusErrorMessage)
    expect(noToken).toMatch(/verlopen of ongeldig/)

    const create = (length: number, filetype: string) =>
      request.post(`${cmsUrl()}/uploads`, {
        headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': String(length), 'X-Upload-Token': uploadToken, 'Upload-Metadata': `filetype ${b64(filetype)},filename ${b64('x')}` },
      })
    const tooBig = await create(5 * 1024 ** 3, 'video/mp4')
    expect(tooBig.status()).toBe(413)
    expect((await tooBig.json()).error).toMatch(/te groot/)
    const text = await create(100, 'text/plain')
    expect(text.status()).toBe(415)

    const renamed = path.join(tmp, 'notes.mp4')
    fs.writeFileSync(renamed, 'Dit is gewoon tekst, geen video. '.repeat(50))
    const refused = await tusUpload(renamed, { uploadToken, filename: 'notes.mp4', filetype: 'video/mp4', locale: 'nl' }).catch(tusErrorMessage)
    expect(refused).toMatch(/geen video/)
    const cut = path.join(tmp, 'cut.mp4')
    const whole = fs.readFileSync(clip)
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)))
    const damaged = await tusUpload(cut, { uploadToken, filename: 'cut.mp4', filetype: 'video/mp4', locale: 'nl' }).catch(tusErrorMessage)
    expect(damaged).toMatch(/beschadigd of onvolledig/)
    // Nothing half-written: the token still allows a real upload afterwards.
    await tusUpload(clip, { uploadToken, filename: 'phone.mp4', filetype: 'video/mp4', locale: 'nl' })
  })
})

const b64 = (s: string) => Buffer.from(s).toString('base64')

test.describe('mails to employees', () => {
  test('a personal invite is mailed with a working link, and a rejection carries the feedback', async ({ request }) => {
    test.setTimeout(120_000)
    const email = `invitee-${Date.now()}@example.com`
    const personal = await createInvite(request, { kind: 'personal', email, locale: 'en' })
    await expect.poll(() => receivedMails().find((m) => m.to.includes(email))?.subject ?? '').toMatch(/Would you like to take part/)
    const mail = receivedMails().find((m) => m.to.includes(email))!
    // Quoted-printable may wrap the link; undo soft line breaks before looking for it.
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(personal.token)
    expect((await request.get(`${cmsUrl()}/api/contribute/invite/${personal.token}?locale=en`)).status()).toBe(200)

    const name = `Mail Test ${Date.now()}`
    const res = await consent(request, personal.token, { email, locale: 'en', name })
    expect(res.status()).toBe(201)
    const { uploadToken } = (await res.json()) as { uploadToken: string }
    await tusUpload(clip, { uploadToken, filename: 'a.mp4', filetype: 'video/mp4', locale: 'en' })
    const comms = await loginHeaders(request, demoComms)
    let videoId = ''
    await expect
      .poll(async () => {
        const res = await request.get(`${cmsUrl()}/api/videos`, { headers: comms, params: { 'where[contributorName][equals]': name, depth: 0 } })
        const doc = ((await res.json()) as { docs: { id: string; status: string }[] }).docs[0]
        videoId = doc?.id ?? ''
        return doc?.status
      }, { timeout: 120_000, intervals: [1000] })
      .toBe('ready')
    const withoutFeedback = await request.patch(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms, data: { status: 'rejected' } })
    expect(withoutFeedback.status()).toBe(400)
    expect(await withoutFeedback.text()).toMatch(/Write feedback|Schrijf eerst feedback/)
    const rejected = await request.patch(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms, data: { status: 'rejected', feedback: 'Er staat een klantnaam op het whiteboard.' } })
    expect(rejected.status()).toBe(200)
    const log = ((await rejected.json()) as { doc: { moderationLog: { action: string; by: string; at: string }[] } }).doc.moderationLog
    expect(log.at(-1)).toMatchObject({ action: 'reject', from: 'ready', to: 'rejected', actor: 'user' })
    await expect.poll(() => receivedMails().filter((m) => m.to.includes(email)).map((m) => m.subject).join('|')).toMatch(/About your contribution/)
    const rejection = receivedMails().find((m) => m.to.includes(email) && /About your contribution/.test(m.subject))!
    expect(rejection.raw.replace(/=\r?\n/g, '')).toContain('klantnaam op het whiteboard')
  })
})
