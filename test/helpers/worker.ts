import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'

const root = path.resolve(import.meta.dirname, '..', '..')

export interface WorkerProcess {
  child: ChildProcess
  /** Everything the worker printed, line by line, for failure messages. */
  log: string[]
}

/** A real media worker process (media-worker/worker.ts) on the test's database, as `npm start` runs it. */
export function spawnWorker(id: string, env: Record<string, string> = {}): WorkerProcess {
  const log: string[] = []
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'media-worker', 'worker.ts')], {
    cwd: root,
    env: { ...process.env, WORKER_ID: id, WORKER_POLL_MS: '200', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const collect = (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean))
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  return { child, log }
}

/** Waits until every video has finished processing (ready or failed); fails with the worker's log. */
export async function waitUntilProcessed(payload: Payload, ids: string[], worker: WorkerProcess, opts: { timeoutMs: number; pollMs?: number }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs
  for (;;) {
    const { docs } = await payload.find({ collection: 'videos', where: { id: { in: ids } }, overrideAccess: true, limit: ids.length, depth: 0 })
    if (docs.length === ids.length && docs.every((d) => d.status === 'ready' || d.status === 'failed')) return
    if (worker.child.exitCode !== null) throw new Error(`the worker exited with ${worker.child.exitCode}\n${worker.log.join('\n')}`)
    if (Date.now() > deadline) throw new Error(`timed out: ${docs.map((d) => `${d.title}=${d.status}`).join(', ')}\n${worker.log.join('\n')}`)
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 300))
  }
}
