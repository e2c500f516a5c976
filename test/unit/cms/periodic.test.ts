import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { periodicJobs, runPeriodicJobs } from '../../../cms/periodic'

describe('the CMS periodic jobs', () => {
  it('are the scheduler, abandoned-upload clean-up, candidate retention, job alerts, hook tests, insights retention and the weekly Insights digest, all in one list', () => {
    expect(periodicJobs.map((j) => j.name)).toEqual(['scheduled publishing', 'abandoned contributions', 'candidate retention', 'job alerts', 'hook tests', 'insights retention', 'insights digest'])
  })

  it('run each job at most once per interval, and a failing job neither throws nor stops the next', async () => {
    const runs: string[] = []
    const logs: string[] = []
    const jobs = [
      { name: 'every poll', everyMs: 0, run: async () => void runs.push('every') },
      { name: 'broken', everyMs: 1000, run: async () => { runs.push('broken'); throw new Error('disk full') } },
      { name: 'hourly', everyMs: 3600_000, run: async () => void runs.push('hourly') },
    ]
    const payload = {} as Payload
    await runPeriodicJobs(payload, (m) => logs.push(m), 10_000, jobs)
    await runPeriodicJobs(payload, (m) => logs.push(m), 10_500, jobs)
    await runPeriodicJobs(payload, (m) => logs.push(m), 11_200, jobs)
    expect(runs).toEqual(['every', 'broken', 'hourly', 'every', 'every', 'broken'])
    expect(logs).toEqual(['broken failed: disk full', 'broken failed: disk full'])
  })
})
