/**
 * The demo's hook test (Sanne's video, two variants) in a real browser behind the page cache:
 * across visitors the site serves both variants, each with its own poster (b has a frame of its
 * own, a shows the video's), one visitor keeps theirs on every page view, a
 * visitor who sends Sec-GPC keeps the first variant and is not counted, and no cookie
 * is set for any of it.
 */
import { expect, test, type Browser } from '@playwright/test'

import { cmsFind, siteUrl, vacancyPath, type VideoDoc } from './site-helpers'

// A real phone browser's user agent: the CMS leaves headless browsers out as bots.
const phone = (n: number) => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${n} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${n} Mobile/15E148 Safari/604.1`

interface Seen {
  variant: string | null
  title: string
  /** The poster image the visitor is shown (the <img> inside the player's <picture>). */
  poster: string
  posterLoaded: boolean
  cookies: number
}

async function visit(browser: Browser, path: string, videoId: string, ua: string, headers: Record<string, string> = {}): Promise<Seen> {
  const context = await browser.newContext({ userAgent: ua, extraHTTPHeaders: headers })
  try {
    const page = await context.newPage()
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/hook-variants'))
    await page.goto(siteUrl(path))
    expect((await answered).status()).toBe(200)
    const player = page.locator(`[data-video-player][data-video-id="${videoId}"]`).first()
    // The swap happens right after the answer; give it a moment without assuming a variant.
    await page.waitForTimeout(200)
    return {
      variant: await player.getAttribute('data-variant'),
      title: ((await player.locator('[data-hook-part="title"]').textContent()) ?? '').trim(),
      poster: (await player.locator('img.player__poster').getAttribute('src')) ?? '',
      posterLoaded: await player.locator('img.player__poster').evaluate(async (img: HTMLImageElement) => {
        if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }))
        return img.naturalWidth > 0
      }),
      cookies: (await context.cookies()).length,
    }
  } finally {
    await context.close()
  }
}

test('the demo hook test serves both variants across visitors, the same one to the same visitor, and none to an opted-out visitor', async ({ browser, request }) => {
  test.setTimeout(240_000)
  type Doc = VideoDoc & { hookTest?: { variants?: { key: string; title: string }[] }; playback?: { poster: string; variantPosters?: Record<string, { poster: string }> } }
  const sanne = async () => (await cmsFind<Doc>(request, 'videos', { 'where[contributorName][equals]': 'Sanne Visser', depth: 1, locale: 'nl' }))[0]
  // The variant's poster may come from a posters-only job right after the video's own run.
  await expect.poll(async () => Object.keys((await sanne())?.playback?.variantPosters ?? {}), { timeout: 90_000 }).toEqual(['b'])
  const video = await sanne()
  expect(video, 'the demo has Sanne’s video').toBeTruthy()
  const variants = new Map((video!.hookTest?.variants ?? []).map((v) => [v.key, v.title]))
  expect([...variants.keys()]).toEqual(['a', 'b'])
  const vacancy = video!.vacancies?.find((v) => typeof v === 'object')
  const path = vacancyPath('nl', typeof vacancy === 'object' ? vacancy.slug : '')

  // The worker made b's own poster frame (seed: 5 s in); a shows the video's poster.
  const posters = { a: video!.playback!.poster, b: video!.playback!.variantPosters?.b?.poster ?? '' }
  expect(posters.b, 'variant b has a poster of its own').toContain('/variants/')
  // The page cache and the site's CMS cache may still hold the page from before (5 s each).
  await expect.poll(async () => (await request.get(siteUrl(path))).text(), { timeout: 30_000 }).toContain(posters.b)

  const seen = new Set<string>()
  for (let n = 0; n < 12 && seen.size < 2; n++) {
    const first = await visit(browser, path, video!.id, phone(n))
    expect(first.variant, `visitor ${n} got a variant`).not.toBeNull()
    // What the visitor reads is the variant the CMS chose for them.
    expect(first.title).toBe(variants.get(first.variant!))
    // …with that variant's poster, and the image is really there.
    expect(new URL(first.poster).pathname).toBe(posters[first.variant as 'a' | 'b'])
    expect(first.posterLoaded).toBe(true)
    expect(first.cookies).toBe(0)
    const again = await visit(browser, path, video!.id, phone(n))
    expect(again.variant).toBe(first.variant)
    seen.add(first.variant!)
  }
  expect([...seen].sort()).toEqual(['a', 'b'])

  const optedOut = await visit(browser, path, video!.id, phone(1), { 'Sec-GPC': '1' })
  expect(optedOut.variant).toBeNull()
  expect(optedOut.title).toBe(variants.get('a'))
})
