/**
 * CPU time of running processes, read from Linux's /proc (utime + stime of all their threads):
 * on a 2-core machine a load generator competes with what it measures, so the benches print who
 * used the cores. Off Linux every figure is null and the benches print none.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

let ticksPerSecond: number | undefined
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** CPU seconds the process has used so far, or null (gone, or not Linux). */
export function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name in parentheses may hold spaces: fields are counted after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / clockTicks() // utime and stime (fields 14 and 15)
  } catch {
    return null
  }
}

/**
 * Processes whose command line contains `fragment` (and, with `envEntry`, whose environment holds
 * that exact `NAME=value`, to tell this run's product from another on the same machine), by pid;
 * empty off Linux.
 */
export function pidsByCommand(fragment: string, envEntry?: string): number[] {
  if (!fs.existsSync('/proc/self/cmdline')) return []
  const pids: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').includes(fragment)) continue
      if (envEntry && !fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(envEntry)) continue
      pids.push(Number(entry))
    } catch {
      // exited while we looked
    }
  }
  return pids
}

/** A named set of processes whose CPU use over a stretch of time is measured as cores (CPU s ÷ s). */
export function cpuMeter(processes: Record<string, number[]>) {
  const total = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuSecondsOf(pid) ?? 0), 0)
  return {
    start() {
      const at = performance.now()
      const before = Object.fromEntries(Object.entries(processes).map(([name, pids]) => [name, total(pids)]))
      return () => {
        const seconds = (performance.now() - at) / 1000
        return Object.fromEntries(Object.entries(processes).map(([name, pids]) => [name, Math.round(((total(pids) - before[name]!) / seconds) * 100) / 100]))
      }
    },
  }
}
