import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tus from 'tus-js-client'

import { cmsUrl, createInvite } from '../helpers'

/**
 * A 1 GB upload through the real tus endpoint while the CMS process's memory is sampled from
 * /proc: the file must stream to disk, never be held in memory. The peak is printed for the notes.
 */
const GB = 1024 ** 3

function cmsPid(): number {
  const port = new URL(cmsUrl()).port
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = Number(/pid=(\d+)/.exec(line)?.[1])
  if (!pid) throw new Error(`no process listens on port ${port}`)
  return pid
}

/** Resident memory from /proc: the project's machines and CI are Linux (the port lookup uses `ss` too). */
function rssMb(pid: number): number {
  const status = `/proc/${pid}/status`
  if (!fs.existsSync(status)) throw new Error(`this test reads the CMS's memory from ${status}, which exists on Linux only`)
  return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(status, 'utf8'))?.[1] ?? 0) / 1024
}

test('a 1 GB upload streams to disk and the CMS memory stays bounded', async ({ request }) => {
  test.setTimeout(300_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wv-1gb-'))
  const file = path.join(dir, 'big.mp4')
  // A real MP4 header followed by zeros: passes the content sniff, costs no time to generate.
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=180x320:rate=25:duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', file])
  fs.truncateSync(file, GB)

  const { token } = await createInvite(request)
  const brief = (await (await request.get(`${cmsUrl()}/api/contribute/invite/${token}`)).json()) as { release: { version: string } }
  const consent = await request.post(`${cmsUrl()}/api/contribute/consent`, {
    data: { token, locale: 'en', kind: 'video', name: 'Big File', email: 'big@example.com', releaseVersion: brief.release.version, confirmedDonts: true, agree: true },
  })
  const { uploadToken, statusToken } = (await consent.json()) as { uploadToken: string; statusToken: string }

  const pid = cmsPid()
  const before = rssMb(pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100)
  try {
    await new Promise<void>((resolve, reject) => {
      const upload = new tus.Upload(fs.createReadStream(file) as never, {
        endpoint: `${cmsUrl()}/uploads`,
        uploadSize: GB,
        chunkSize: 64 * 1024 * 1024,
        headers: { 'X-Upload-Token': uploadToken },
        metadata: { filename: 'big.mp4', filetype: 'video/mp4', locale: 'en' },
        retryDelays: [],
        onError: reject,
        onSuccess: () => resolve(),
      })
      upload.start()
    })
  } finally {
    clearInterval(sampler)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  console.log(`CMS RSS during a 1 GB upload: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak (+${(peak - before).toFixed(0)} MB)`)
  // Holding the file (or a chunk list of it) in memory would add at least 1024 MB.
  expect(peak - before).toBeLessThan(256)

  const status = (await (await request.get(`${cmsUrl()}/api/contribute/status/${statusToken}`)).json()) as { status: string }
  expect(['received', 'processing', 'in-review', 'failed']).toContain(status.status)
  // Leave nothing big behind for the rest of the run.
  await request.post(`${cmsUrl()}/api/contribute/withdraw/${statusToken}`)
})
