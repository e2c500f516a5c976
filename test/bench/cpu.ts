/**
 * CPU time for benchmarks. On a shared machine wall clock mostly measures the neighbours; CPU
 * seconds of ffmpeg (reaped children) plus this process (sharp) do not, and CPU ÷ 2 cores is a
 * lower bound for the wall time on an idle machine. Linux only (/proc); null elsewhere.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

export function cpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after "(comm) ": state is field 3, so utime, stime, cutime, cstime (14–17) are 11–14.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return f.slice(11, 15).reduce((sum, v) => sum + Number(v), 0) / CLK_TCK
  } catch {
    return null
  }
}

/** Wall seconds and CPU seconds of `fn`. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpu: number | null }> {
  const cpu0 = cpuSeconds()
  const t0 = performance.now()
  const value = await fn()
  const seconds = (performance.now() - t0) / 1000
  const cpu1 = cpuSeconds()
  return { value, seconds, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 }
}
