/** The ffmpeg runner against a real ffmpeg: progress, timeout (SIGKILL) and cancel, and stderr kept as detail. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FfmpegRunError, runFfmpeg } from '../../media-worker/runner'

const dir = mkdtempSync(join(tmpdir(), 'werkvloer-runner-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const base = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:2', '-nostats']
/** A source that never ends, encoded slowly enough to still be running when we stop it. */
const endless = [...base, '-re', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25', '-c:v', 'libx264', '-preset', 'ultrafast', '-f', 'null', '-']

describe('runFfmpeg', () => {
  it('reports progress as a fraction of the expected length and counts frames', async () => {
    const fractions: number[] = []
    const r = await runFfmpeg([...base, '-f', 'lavfi', '-i', 'testsrc2=s=160x120:r=25:d=2', '-c:v', 'libx264', '-preset', 'ultrafast', join(dir, 'a.mp4')], {
      expectedSeconds: 2,
      onProgress: (p) => fractions.push(p.fraction),
    })
    expect(r.frames).toBe(50)
    expect(fractions.length).toBeGreaterThan(0)
    expect(fractions.at(-1)).toBeCloseTo(1, 1)
  })

  it('kills ffmpeg when the timeout passes', async () => {
    const started = Date.now()
    const err = await runFfmpeg(endless, { timeoutMs: 700 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FfmpegRunError)
    expect((err as FfmpegRunError).kind).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('kills ffmpeg when the signal aborts', async () => {
    const abort = new AbortController()
    setTimeout(() => abort.abort(), 300)
    const err = await runFfmpeg(endless, { signal: abort.signal }).catch((e: unknown) => e)
    expect((err as FfmpegRunError).kind).toBe('aborted')
  })

  it('runs ffmpeg at the CPU priority it is given, and the kill still reaches ffmpeg', async () => {
    // An endless encode to a uniquely named file, so its process can be found in /proc.
    const target = join(dir, `niced-${process.pid}-${Date.now()}.mkv`)
    const args = [...endless.slice(0, -3), '-f', 'matroska', target]
    const abort = new AbortController()
    const run = runFfmpeg(args, { niceness: 19, signal: abort.signal }).catch((e: unknown) => e)
    let nice: number | undefined
    for (let i = 0; i < 50 && nice === undefined; i++) {
      await new Promise((r) => setTimeout(r, 100))
      nice = niceOfProcessMentioning(target)
    }
    abort.abort()
    expect((await run as FfmpegRunError).kind).toBe('aborted')
    expect(nice).toBe(19)
    await new Promise((r) => setTimeout(r, 200))
    expect(niceOfProcessMentioning(target)).toBeUndefined()
  })

  it('hands ffmpeg the argument list exactly as built: no splitting, joining, reordering or added flags', async () => {
    // Values that a split-and-join hand-over gets wrong: a lone option, a value that looks like a
    // flag, spaces, an output option after the target of another output.
    const target = join(dir, `verbatim ${process.pid}-${Date.now()}.mkv`)
    const args = [...endless.slice(0, -3), '-metadata', 'comment=-i x  y', '-f', 'matroska', target, '-map', '0:v', '-f', 'null', '-']
    const abort = new AbortController()
    const run = runFfmpeg(args, { signal: abort.signal }).catch((e: unknown) => e)
    let argv: string[] | undefined
    for (let i = 0; i < 50 && argv === undefined; i++) {
      await new Promise((r) => setTimeout(r, 100))
      argv = argvOfProcessMentioning(target)
    }
    abort.abort()
    await run
    expect(argv?.slice(1)).toEqual(args)
  })

  it('keeps the stderr tail when ffmpeg fails', async () => {
    const err = await runFfmpeg([...base, '-i', join(dir, 'missing.mov'), '-f', 'null', '-']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FfmpegRunError)
    expect((err as FfmpegRunError).kind).toBe('exit')
    expect((err as FfmpegRunError).stderrTail).toMatch(/No such file or directory/)
  })
})

/** The argv (program included) of the live ffmpeg whose command line contains `text`. */
function argvOfProcessMentioning(text: string): string[] | undefined {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(0, -1)
      if (cmd[0]?.endsWith('ffmpeg') && cmd.includes(text)) return cmd
    } catch {
      // exited while we looked
    }
  }
  return undefined
}

/** The nice value (field 19 of /proc/<pid>/stat) of the live ffmpeg whose command line contains `text`. */
function niceOfProcessMentioning(text: string): number | undefined {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (!cmd[0]?.endsWith('ffmpeg') || !cmd.includes(text)) continue
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])
    } catch {
      // exited while we looked
    }
  }
  return undefined
}
