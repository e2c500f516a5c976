/**
 * A ZIP bomb dressed as a Word CV, against the production build that `npm start` runs: the CMS's
 * upload check refuses it, and the candidate must read what is wrong with the file — in Dutch and
 * in English — not "something went wrong on our side" (which is what a check on the minified
 * error class name produced). Nothing is stored.
 */
import { expect, test } from '@playwright/test'

import { applyPath, findApplications, KEY_ACCOUNT, phone, uniqueEmail, words, zipBombDocxBytes } from './entry-helpers'

test.use({ ...phone })

const expected = {
  nl: 'We kunnen dit bestand niet openen: het lijkt op een pdf- of Word-bestand, maar is beschadigd of ongewoon opgebouwd.',
  en: 'We cannot open this file: it looks like a PDF or Word file, but it is damaged or unusually built.',
} as const
const onOurSide = { nl: 'aan onze kant', en: 'on our side' } as const

for (const lang of ['nl', 'en'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`a zip-bomb .docx gets a message about the file (${lang}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser, request }) => {
      const context = await browser.newContext({ ...phone, javaScriptEnabled })
      const page = await context.newPage()
      const t = words[lang]
      const email = uniqueEmail(`zipbomb-${lang}`)
      await page.goto(applyPath(lang, KEY_ACCOUNT))
      await page.getByLabel(t.name).fill('Anna de Boer')
      await page.getByLabel(t.email, { exact: true }).fill(email)
      await page.getByLabel(t.phone).fill('06 1234 5678')
      await page.getByLabel(t.cv).setInputFiles({ name: 'cv.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: zipBombDocxBytes() })
      await page.getByRole('button', { name: t.applySubmit }).click()
      const errors = page.getByTestId('apply-errors')
      await expect(errors).toContainText(expected[lang])
      await expect(errors).not.toContainText(onOurSide[lang])
      await expect(page.getByLabel(t.cv)).toHaveAttribute('aria-invalid', 'true')
      expect(await findApplications(request, email)).toEqual([])
      await context.close()
    })
  }
}
