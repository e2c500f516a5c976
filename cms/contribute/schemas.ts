import { z } from 'zod'

import { contributionLimits as L } from '../../common/contribute/limits'
import { TOKEN_PATTERN } from '../../common/tokens'

const text = (max: number) => z.string().trim().min(1).max(max)

/** What the consent step posts. Every flag must be an explicit yes: nothing is implied. */
export const consentInput = z.object({
  token: z.string().regex(TOKEN_PATTERN),
  locale: z.enum(['nl', 'en']),
  kind: z.enum(['video', 'story']),
  name: text(L.name),
  role: z.string().trim().max(L.role).optional().default(''),
  department: z.string().trim().max(L.department).optional().default(''),
  email: z.string().trim().max(L.email).pipe(z.email()),
  releaseVersion: text(L.releaseVersion),
  // "Show only my first name": part of the consent's scope, off unless chosen.
  firstNameOnly: z.boolean().optional().default(false),
  confirmedDonts: z.literal(true),
  agree: z.literal(true),
})

export const storyInput = z.object({
  uploadToken: z.string().regex(TOKEN_PATTERN),
  title: text(L.storyTitle),
  text: z.string().trim().min(L.storyTextMin).max(L.storyTextMax),
})

/** Human messages per field, in both languages, for the site to show next to the field. */
export const fieldMessages: Record<string, { nl: string; en: string }> = {
  name: { nl: 'Vul je naam in.', en: 'Enter your name.' },
  email: { nl: 'Vul een geldig e-mailadres in.', en: 'Enter a valid email address.' },
  confirmedDonts: { nl: 'Bevestig dat je de ‘nooit filmen’-regels hebt gelezen.', en: 'Confirm that you read the “never film” rules.' },
  agree: { nl: 'Kies expliciet of je toestemming geeft.', en: 'Choose explicitly whether you give consent.' },
  releaseVersion: { nl: 'De toestemmingstekst is gewijzigd; laad de pagina opnieuw.', en: 'The release text has changed; reload the page.' },
  title: { nl: 'Geef je verhaal een titel.', en: 'Give your story a title.' },
  text: { nl: `Schrijf minstens een paar zinnen (${L.storyTextMin} tekens).`, en: `Write at least a few sentences (${L.storyTextMin} characters).` },
}

export function fieldErrors(error: z.ZodError, locale: 'nl' | 'en'): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    out[field] ??= fieldMessages[field]?.[locale] ?? (locale === 'nl' ? 'Controleer dit veld.' : 'Check this field.')
  }
  return out
}
