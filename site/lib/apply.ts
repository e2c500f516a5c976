/**
 * The built-in application form's server side.
 *
 * NOT STORED YET: a valid application is validated and acknowledged ("thank you"), but it is not
 * saved or sent anywhere. Storing applications in the CMS (with the 4-week retention and the
 * talent-pool consent from the design brief) is a later issue. Until then the built-in apply mode
 * must not be used for real vacancies.
 */
import type { Lang } from './i18n'
import { parseApplication, type ApplicationField } from './validation'

export type ApplyFormState =
  | { kind: 'form'; errors: Partial<Record<ApplicationField, string>>; values: Partial<Record<ApplicationField, string>> }
  | { kind: 'thanks'; name: string }

export const emptyApplyForm: ApplyFormState = { kind: 'form', errors: {}, values: {} }

export async function handleApplicationPost(request: Request, lang: Lang): Promise<ApplyFormState> {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    form = new FormData()
  }
  const result = parseApplication(form, lang)
  if (!result.ok) return { kind: 'form', errors: result.errors, values: result.values }
  // TODO(applications issue): store the application in the CMS instead of dropping it here.
  return { kind: 'thanks', name: result.data.name }
}
