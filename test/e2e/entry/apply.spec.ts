/**
 * Applying on a phone, with and without JavaScript: name, email and phone; a CV (PDF or DOCX,
 * checked by its bytes) and motivation optional. Bad input gets messages and stores nothing; the CV
 * is never public; HTML in a field stays text in the site and the admin; ATS vacancies redirect.
 */
import { expect, test } from '@playwright/test'

import { cmsUrl } from '../helpers'
import { applyPath, docxBytes, EXTERNAL, findApplications, KEY_ACCOUNT, mailsAbout, pdfBytes, phone, recruiterHeaders, uniqueEmail, words, type ApplicationDoc } from './entry-helpers'

test.use({ ...phone })

for (const javaScriptEnabled of [true, false]) {
  test.describe(`apply (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled })

    test('an application with a PDF CV is stored for the recruiter, and the CV is not public', async ({ page, request, playwright }) => {
      const t = words.nl
      const email = uniqueEmail('apply')
      await page.goto(applyPath('nl', KEY_ACCOUNT))
      await page.getByLabel(t.name).fill('Anna de Boer')
      await page.getByLabel(t.email, { exact: true }).fill(email)
      await page.getByLabel(t.phone).fill('06-1234 5678')
      await page.getByLabel(t.cv).setInputFiles({ name: 'Mijn CV.pdf', mimeType: 'application/pdf', buffer: pdfBytes() })
      await expect(page.getByLabel(t.talentPool)).not.toBeChecked()
      await page.getByRole('button', { name: t.applySubmit }).click()
      await expect(page.getByText(t.applyThanks)).toBeVisible()
      await expect(page.getByText('Anna de Boer', { exact: false }).first()).toBeVisible()

      const [application] = await findApplications(request, email)
      expect(application).toMatchObject({ name: 'Anna de Boer', phone: '+31612345678', entryPoint: 'apply', consent: { version: 'apply-2026-11' }, talentPool: { consented: false } })
      const cv = application!.cv as Exclude<ApplicationDoc['cv'], string | null | undefined>
      expect(cv).toMatchObject({ kind: 'pdf' })
      expect(cv.url).toBeTruthy()
      const fileUrl = new URL(cv.url!, cmsUrl()).href
      // The recruiter can download it (as an attachment) …
      const asRecruiter = await request.get(fileUrl, { headers: await recruiterHeaders(request) })
      expect(asRecruiter.status()).toBe(200)
      expect(asRecruiter.headers()['content-disposition']).toContain('attachment')
      expect((await asRecruiter.body()).subarray(0, 5).toString()).toBe('%PDF-')
      // … nobody else can.
      const anonymous = await playwright.request.newContext()
      expect([403, 404]).toContain((await anonymous.get(fileUrl)).status())
      await anonymous.dispose()
      await expect.poll(() => mailsAbout('applications', application!.id).length).toBe(1)
    })

    test('bad input gets a message per field, keeps what was typed and stores nothing', async ({ page, request }) => {
      const t = words.en
      const email = uniqueEmail('apply-bad')
      await page.goto(applyPath('en', KEY_ACCOUNT))
      await page.getByRole('button', { name: t.applySubmit }).click()
      const errors = page.getByTestId('apply-errors')
      await expect(errors).toContainText('Enter your name.')
      await expect(errors).toContainText('Enter a valid email address')
      await expect(errors).toContainText('Enter your phone number')
      await expect(errors).not.toContainText('motivation')

      await page.getByLabel(t.name).fill('Anna')
      await page.getByLabel(t.email, { exact: true }).fill(email)
      await page.getByLabel(t.phone).fill('call me')
      // A picture renamed to .pdf: refused by its bytes, not its name.
      await page.getByLabel(t.cv).setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) })
      await page.getByRole('button', { name: t.applySubmit }).click()
      await expect(page.getByTestId('apply-errors')).toContainText('Enter a valid phone number')
      await expect(page.getByTestId('apply-errors')).toContainText('Your CV must be a PDF or Word file')
      await expect(page.getByLabel(t.phone)).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByLabel(t.name)).toHaveValue('Anna')
      expect(await findApplications(request, email)).toEqual([])
    })
  })
}

test('a Word CV and talent-pool consent are stored; HTML in a field stays text on the site and in the admin', async ({ page, request, browser }) => {
  const email = uniqueEmail('apply-docx')
  const name = '<img src=x onerror="window.__xss=1">Anna'
  await page.goto(applyPath('nl', KEY_ACCOUNT))
  await page.getByLabel(words.nl.name).fill(name)
  await page.getByLabel(words.nl.email, { exact: true }).fill(email)
  await page.getByLabel(words.nl.phone).fill('+31 6 1234 5678')
  await page.getByLabel(words.nl.motivation).fill('<script>window.__xss=1</script> Ik plan graag.')
  await page.getByLabel(words.nl.cv).setInputFiles({ name: 'cv.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docxBytes() })
  await page.getByLabel(words.nl.talentPool).check()
  await page.getByRole('button', { name: words.nl.applySubmit }).click()
  await expect(page.getByTestId('apply-thanks')).toContainText(name)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()

  const [application] = await findApplications(request, email)
  expect(application).toMatchObject({ name, motivation: '<script>window.__xss=1</script> Ik plan graag.', talentPool: { consented: true } })
  expect((application!.cv as { kind: string }).kind).toBe('docx')
  expect(new Date(application!.deleteAfter).getTime()).toBeGreaterThan(Date.now() + 360 * 24 * 3600e3)

  // The recruiter opens it in the admin: the text is shown as text, nothing runs.
  const token = (await recruiterHeaders(request)).Authorization!.replace(/^JWT /, '')
  const admin = await browser.newContext()
  await admin.addCookies([{ name: 'payload-token', value: token, url: cmsUrl() }])
  const adminPage = await admin.newPage()
  const dialogs: string[] = []
  adminPage.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await adminPage.goto(`${cmsUrl()}/admin/collections/applications/${application!.id}`)
  await expect(adminPage.locator('#field-motivation')).toHaveValue('<script>window.__xss=1</script> Ik plan graag.', { timeout: 30_000 })
  await expect(adminPage.locator('#field-name')).toHaveValue(name)
  expect(await adminPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  expect(await adminPage.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
  await admin.close()
})

test('a vacancy with an external ATS sends the apply address to the ATS', async ({ request }) => {
  // (A browser would follow it off this closed network; the redirect itself is what matters.)
  const response = await request.get(applyPath('nl', EXTERNAL), { maxRedirects: 0 })
  expect(response.status()).toBe(303)
  expect(response.headers()['location']).toBe('https://ats.example.com/noordhaven/customer-success-manager')
})
