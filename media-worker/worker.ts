/**
 * The media worker process: `npm run worker`. Run as many as the machine(s) allow; they share the
 * queue through the database and never transcode the same video twice.
 */
import os from 'node:os'

import { createJobQueue, newWorkerId } from '../cms/database/jobQueue'
import { runPeriodicJobs } from '../cms/periodic'
import { ffmpegPath, ffprobePath } from './ffmpegPath'
import { processJob } from './queue/processJob'

// Only the CMS applies migrations; a worker expects the schema to be there.
process.env.WERKVLOER_SKIP_MIGRATIONS = '1'

const pollMs = Number(process.env.WORKER_POLL_MS ?? 1500)
const leaseMs = Number(process.env.WORKER_LEASE_MS ?? 30_000)
const workerId = process.env.WORKER_ID ?? newWorkerId(os.hostname(), process.pid)
const log = (message: string) => console.log(`[worker ${workerId}] ${message}`)

async function main(): Promise<void> {
  // Fail at start with install instructions rather than on the first video.
  ffmpegPath()
  ffprobePath()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/payload.config')
  const payload = await getPayload({ config })
  const queue = createJobQueue(payload)
  const shutdown = new AbortController()
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1)
      stopping = true
      log(`${signal}: finishing up`)
      shutdown.abort()
    })
  }
  log(`ready (poll ${pollMs} ms, lease ${leaseMs} ms)`)
  while (!stopping) {
    let job
    try {
      job = await queue.claimNext(workerId, leaseMs)
    } catch (error) {
      log(`could not read the queue: ${error instanceof Error ? error.message : String(error)}`)
      await sleep(pollMs * 2, shutdown.signal)
      continue
    }
    if (!job) {
      // The CMS's periodic jobs (scheduled publishing, clean-up, retention): the worker only triggers them.
      await runPeriodicJobs(payload, log)
      await sleep(pollMs, shutdown.signal)
      continue
    }
    log(`claimed job ${job.id} for video ${job.videoId} (attempt ${job.attempts})`)
    const outcome = await processJob(job, { payload, queue, workerId, leaseMs, log }, shutdown.signal).catch((error: unknown) => {
      // processJob handles its own failures; reaching here means the database itself failed.
      log(`job ${job.id} crashed: ${error instanceof Error ? error.stack : String(error)}`)
      return 'crashed' as const
    })
    log(`job ${job.id}: ${outcome}`)
  }
  await payload.destroy?.()
  process.exit(0)
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    }, { once: true })
  })
}

main().catch((error: unknown) => {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
