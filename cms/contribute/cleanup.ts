import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { dataDir } from '../lib/paths'

const DAY = 24 * 3600_000

/**
 * Abandoned contributions are cleaned up: a consent given a day ago whose upload never finished
 * has no content to prove consent for, and half-finished upload files are removed after a day
 * (the tus protocol cannot resume them after their session expired anyway).
 */
export async function cleanUpAbandonedContributions(payload: Payload, now = Date.now()): Promise<{ contributions: number; files: number }> {
  const { docs } = await payload.find({
    collection: 'contributions',
    where: {
      and: [
        { video: { exists: false } },
        { story: { exists: false } },
        { withdrawnAt: { exists: false } },
        { uploadTokenExpiresAt: { less_than: new Date(now).toISOString() } },
      ],
    },
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  for (const c of docs) await payload.delete({ collection: 'contributions', id: c.id, overrideAccess: true })

  const dir = path.join(dataDir, 'uploads-in-progress')
  let files = 0
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name)
    const stat = await fs.stat(file).catch(() => null)
    if (stat && now - stat.mtimeMs > DAY) {
      await fs.rm(file, { force: true })
      files++
    }
  }
  return { contributions: docs.length, files }
}
