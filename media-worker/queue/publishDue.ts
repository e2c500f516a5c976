import type { Payload } from 'payload'

/**
 * Scheduled publishing: approved videos whose publish time has come go live. Workers already poll,
 * so they do this too; the conditional status in the query keeps two workers from doing it twice.
 */
export async function publishDueVideos(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'videos',
    where: { and: [{ status: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 20,
    overrideAccess: true,
  })
  let published = 0
  for (const video of docs) {
    const result = await payload.update({
      collection: 'videos',
      where: { and: [{ id: { equals: video.id } }, { status: { equals: 'approved' } }] },
      data: { status: 'published' },
      overrideAccess: true,
    })
    published += result.docs.length
  }
  return published
}
