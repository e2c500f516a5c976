import { spawn, type ChildProcess } from 'node:child_process'

export interface Service {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
}

const colours: Record<string, string> = { cms: '36', worker: '35', site: '32', build: '33', seed: '34' }

/** Starts a child process whose output is prefixed with its name, so three logs stay readable in one terminal. */
export function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, opts: { quiet?: boolean } = {}): Service {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = `\x1b[${colours[name.split('-')[0] ?? ''] ?? '37'}m[${name}]\x1b[0m `
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffered = ''
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      if (!opts.quiet) for (const line of lines) out.write(prefix + line + '\n')
    })
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code))
    child.on('error', () => resolve(1))
  })
  return { name, child, exited }
}

/** Runs a command to completion; rejects with its name when it fails. */
export async function runStep(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const service = startService(name, command, args, env)
  const code = await service.exited
  if (code !== 0) throw new Error(`${name} failed (exit code ${code})`)
}

export async function stopAll(services: Service[], graceMs = 8000): Promise<void> {
  for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGTERM')
  const timer = setTimeout(() => {
    for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGKILL')
  }, graceMs)
  await Promise.all(services.map((s) => s.exited))
  clearTimeout(timer)
}

export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process behind ${url} exited before it was ready`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`)
}
