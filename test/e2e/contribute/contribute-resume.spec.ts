/**
 * The upload survives a train tunnel: a PATCH cut off halfway, and a page reload in the middle,
 * both resume from the server's offset instead of starting again.
 */
import { expect, test, type Request, type Route } from '@playwright/test'
import fs from 'node:fs'

import { createInvite, largeClip, openAndConsent, phone, uploadStepReady } from './contribute-helpers'

test.use({ ...phone })
test.setTimeout(120_000)

interface Patch {
  offset: number
  bytes: number
  aborted: boolean
}

/** Records every tus PATCH (its Upload-Offset and body size); `cut` decides which to abort. */
async function watchPatches(page: import('@playwright/test').Page, cut: (n: number, patch: Patch) => boolean): Promise<Patch[]> {
  const patches: Patch[] = []
  await page.route('**/uploads/**', async (route: Route, request: Request) => {
    if (request.method() !== 'PATCH') return route.continue()
    const headers = await request.allHeaders()
    const patch: Patch = { offset: Number(headers['upload-offset']), bytes: request.postDataBuffer()?.length ?? 0, aborted: false }
    patches.push(patch)
    if (cut(patches.length, patch)) {
      patch.aborted = true
      return route.abort('connectionreset')
    }
    return route.continue()
  })
  return patches
}

test('a connection cut halfway resumes from the server offset, it does not restart', async ({ page, request }) => {
  const clip = largeClip()
  const size = fs.statSync(clip).size
  expect(size).toBeGreaterThan(10 * 1024 * 1024)
  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)

  // The second PATCH (after 5 MB have arrived) is cut off once.
  let cutDone = false
  const patches = await watchPatches(page, (n) => {
    if (n === 2 && !cutDone) {
      cutDone = true
      return true
    }
    return false
  })
  await page.getByTestId('gallery-input').setInputFiles(clip)
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 90_000 })

  const cutIndex = patches.findIndex((p) => p.aborted)
  expect(cutIndex).toBeGreaterThan(0)
  const afterCut = patches[cutIndex + 1]
  expect(afterCut, 'a PATCH after the cut').toBeTruthy()
  expect(afterCut!.offset).toBeGreaterThan(0)
  const delivered = patches.filter((p) => !p.aborted).reduce((sum, p) => sum + p.bytes, 0)
  expect(delivered).toBeLessThan(2 * size)
  expect(delivered).toBe(size)
})

test('a page reload in the middle resumes the same upload', async ({ page, request }) => {
  const clip = largeClip()
  const size = fs.statSync(clip).size
  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)
  await expect(page).toHaveURL(/\/upload$/)

  // Before the reload: the first 5 MB arrive, then every PATCH fails (the train enters a tunnel).
  let reloaded = false
  const patches = await watchPatches(page, (n) => !reloaded && n > 1)
  await page.getByTestId('gallery-input').setInputFiles(clip)
  await expect.poll(() => patches.filter((p) => p.aborted).length, { timeout: 30_000 }).toBeGreaterThan(0)
  const before = patches.length
  // MB of MB under the bar.
  await expect(page.getByTestId('upload-amount')).toHaveText(/^\d+ van \d+ MB/)

  // Leaving mid-upload asks first (the browser's own "leave this page?"); the employee leaves anyway.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type())
    void dialog.accept()
  })
  // A tap on the page first: browsers only ask before leaving a page the user has touched.
  await page.getByRole('heading', { name: 'Je video wordt verstuurd' }).click()
  await page.reload()
  expect(dialogs).toContain('beforeunload')
  reloaded = true
  // The session survived the reload (sessionStorage), so the video step is there again.
  await expect(page.getByRole('heading', { name: 'Neem je video op' })).toBeVisible()
  await uploadStepReady(page)
  // The page says which upload was interrupted, and offers to pick that file again.
  const mb = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(size / 1024 ** 2)
  const notice = page.getByTestId('upload-interrupted')
  await expect(notice).toHaveText(new RegExp(`Je upload van large\\.mp4, ${mb} MB, is onderbroken — kies hetzelfde bestand om verder te gaan\\.`))
  await expect(notice.getByText('Kies hetzelfde bestand', { exact: true })).toBeVisible()
  await page.getByTestId('gallery-input').setInputFiles(clip)
  await expect(notice).toBeHidden()
  await expect(page.getByTestId('upload-state')).toContainText(/verder waar je was gebleven|Bijna klaar/)
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 90_000 })

  const firstAfterReload = patches[before]
  expect(firstAfterReload, 'a PATCH after the reload').toBeTruthy()
  expect(firstAfterReload!.offset).toBeGreaterThan(0)
  const delivered = patches.filter((p) => !p.aborted).reduce((sum, p) => sum + p.bytes, 0)
  expect(delivered).toBe(size)
})

test('offline shows "paused, waiting for connection" and carries on when back online', async ({ page, context, request }) => {
  const clip = largeClip()
  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)

  // Once the first 5 MB have arrived the phone loses its connection; while offline nothing gets through.
  let offline = false
  let patches = 0
  let wentOffline: () => void = () => undefined
  const offlineNow = new Promise<void>((resolve) => (wentOffline = resolve))
  await page.route('**/uploads/**', async (route, req) => {
    if (offline) return route.abort('internetdisconnected')
    if (req.method() === 'PATCH' && ++patches === 1) {
      const response = await route.fetch()
      await route.fulfill({ response })
      offline = true
      await context.setOffline(true)
      wentOffline()
      return
    }
    return route.continue()
  })
  await page.getByTestId('gallery-input').setInputFiles(clip)
  await offlineNow
  await expect(page.getByTestId('upload-state')).toHaveText(/Gepauzeerd: we wachten op verbinding/)
  await expect(page.getByTestId('contribute-done')).toBeHidden()

  offline = false
  await context.setOffline(false)
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 90_000 })
})
