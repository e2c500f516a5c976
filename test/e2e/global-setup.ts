/**
 * Waits until the demo's three seeded videos have gone through the real worker and are published,
 * so every spec starts from what a visitor would see a minute after `npm start`.
 */
export default async function globalSetup(): Promise<void> {
  const cms = process.env.CMS_URL
  const deadline = Date.now() + 5 * 60_000
  let last = ''
  while (Date.now() < deadline) {
    const res = await fetch(`${cms}/api/videos?where[status][equals]=published&limit=0`).catch(() => null)
    if (res?.ok) {
      const { totalDocs } = (await res.json()) as { totalDocs: number }
      if (totalDocs >= 3) return
      last = `${totalDocs} of 3 videos published`
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`The seeded videos were not processed in time (${last || 'CMS not answering'}).`)
}
