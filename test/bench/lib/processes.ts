/**
 * The processes a benchmark starts (the product, a static server, a load generator): each in its
 * own process group with its output in a log file, stopped together at the end, so a bench never
 * leaves a server running. Shared by test/bench/site.ts and test/bench/insightsIngest.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const benchRoot = path.resolve(import.meta.dirname, '..', '..', '..')

export interface BenchProcesses {
  /** Starts `node <argv>` in the repository; its output goes to $TMPDIR/<logPrefix>-<name>.log. */
  start(name: string, argv: string[], env: Record<string, string>): ChildProcess
  /** Stops everything started, newest first: SIGTERM to the group, SIGKILL after 15 s. */
  stopAll(): Promise<void>
  /** Polls `check` every second until it holds; fails when `alive` says the process exited. */
  waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, alive?: () => boolean): Promise<void>
}

export function benchProcesses(logPrefix: string): BenchProcesses {
  const started: ChildProcess[] = []
  return {
    start(name, argv, env) {
      const child = spawn(process.execPath, argv, { cwd: benchRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      const logFile = fs.createWriteStream(path.join(os.tmpdir(), `${logPrefix}-${name}.log`))
      child.stdout?.pipe(logFile)
      child.stderr?.pipe(logFile)
      started.push(child)
      return child
    },
    async stopAll() {
      for (const child of started.reverse()) {
        if (child.exitCode !== null || child.pid === undefined) continue
        const exited = new Promise((resolve) => child.once('exit', resolve))
        try {
          process.kill(-child.pid, 'SIGTERM') // its own process group: start.ts and the services it started
        } catch {
          child.kill('SIGTERM')
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL')
          } catch {
            // gone
          }
        }, 15_000)
        await exited
        clearTimeout(timer)
      }
      started.length = 0
    },
    async waitFor(what, check, timeoutMs, alive = () => true) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (!alive()) throw new Error(`${what}: the process exited (see ${os.tmpdir()}/${logPrefix}-*.log)`)
        if (await check().catch(() => false)) return
        await new Promise((r) => setTimeout(r, 1000))
      }
      throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`)
    },
  }
}

/** Runs a bench's main, always stops what it started, and exits 1 (with the stack) when it failed. */
export async function runBench(main: () => Promise<void>, processes: BenchProcesses): Promise<never> {
  let exitCode = 0
  try {
    await main()
  } catch (error) {
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    exitCode = 1
  } finally {
    await processes.stopAll()
  }
  process.exit(exitCode)
}
