/**
 * Share buttons on vacancy and video pages, both languages: copy the link, WhatsApp, LinkedIn, and
 * the phone's share sheet where the browser has one. No third-party script: the page loads nothing
 * from another origin than the site's and the CMS's.
 */
import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, publishedVideos, siteUrl, vacancyPath, vacancyWithVideo, videoPath, type Lang } from './site-helpers'

const words = {
  nl: { copy: 'Kopieer link', copied: 'Link gekopieerd.', whatsapp: 'Deel via WhatsApp', linkedin: 'Deel op LinkedIn', native: 'Delen…' },
  en: { copy: 'Copy link', copied: 'Link copied.', whatsapp: 'Share on WhatsApp', linkedin: 'Share on LinkedIn', native: 'Share…' },
} as const

async function pagesToShare(request: Parameters<typeof vacancyWithVideo>[0], lang: Lang) {
  const { vacancy } = await vacancyWithVideo(request, lang)
  const [video] = await publishedVideos(request, lang)
  return [
    { path: vacancyPath(lang, vacancy.slug), title: vacancy.title },
    { path: videoPath(lang, video!.id), title: video!.title },
  ]
}

async function open(page: Page, path: string) {
  const foreign: string[] = []
  const allowed = new Set([new URL(siteUrl('/')).origin, new URL(cmsUrl('/')).origin])
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin
    if (r.url().startsWith('http') && !allowed.has(origin)) foreign.push(r.url())
  })
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
  return foreign
}

for (const lang of ['nl', 'en'] as Lang[]) {
  test(`vacancy and video pages offer copy, WhatsApp and LinkedIn, without third-party requests (${lang})`, async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin })
    const w = words[lang]
    for (const { path, title } of await pagesToShare(request, lang)) {
      const foreign = await open(page, path)
      const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!
      expect(canonical).toBe(siteUrl(path))
      const share = page.getByTestId('share-buttons')

      const whatsapp = share.getByRole('link', { name: new RegExp(`^${w.whatsapp}`) })
      await expect(whatsapp).toHaveAttribute('href', `https://wa.me/?text=${encodeURIComponent(`${title} ${canonical}`)}`)
      await expect(whatsapp).toHaveAttribute('target', '_blank')
      const linkedin = share.getByRole('link', { name: new RegExp(`^${w.linkedin}`) })
      await expect(linkedin).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(canonical)}`)

      await share.getByRole('button', { name: w.copy }).click()
      await expect(share.getByRole('status')).toHaveText(w.copied)
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical)

      expect(foreign, `${path} loaded something from another origin`).toEqual([])
    }
  })
}

test('the share sheet button appears only where the browser has the Web Share API', async ({ browser, request }) => {
  const { path, title } = (await pagesToShare(request, 'nl'))[0]!
  // This desktop Chromium has no navigator.share: the button stays hidden.
  const plain = await browser.newPage()
  await plain.goto(siteUrl(path))
  expect(await plain.evaluate(() => typeof navigator.share)).toBe('undefined')
  await expect(plain.getByTestId('share-buttons').getByRole('button', { name: 'Delen…' })).toBeHidden()
  await plain.close()

  // A phone browser has it. Headless Chromium cannot open a real share sheet, so the page gets a
  // navigator.share that records what it is asked to share (the one stand-in in this spec).
  const phone = await browser.newPage()
  await phone.addInitScript(() => {
    const calls: unknown[] = []
    Object.defineProperty(window, '__shared', { value: calls })
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => (calls.push(data), Promise.resolve()) })
  })
  await phone.goto(siteUrl(path))
  await phone.getByTestId('share-buttons').getByRole('button', { name: 'Delen…' }).click()
  expect(await phone.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)).toEqual([{ title, url: siteUrl(path) }])
  await phone.close()
})
