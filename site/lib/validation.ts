/**
 * Everything that comes from outside (URL parameters, query strings, form posts) is checked here
 * with zod before it reaches the CMS or a page.
 */
import { z } from 'zod'

import type { Lang } from './i18n'

/** Slugs as the CMS makes them (cms/fields/slug.ts): lowercase letters, digits and single dashes. */
export const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

export function parseSlug(value: unknown): string | null {
  const result = slugSchema.safeParse(value)
  return result.success ? result.data : null
}

/** Document ids as the CMS makes them (UUIDs); returned in lowercase. */
export const videoIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  .transform((v) => v.toLowerCase())

export function parseVideoId(value: unknown): string | null {
  const result = videoIdSchema.safeParse(value)
  return result.success ? result.data : null
}

/**
 * The home page's query string: `?afdeling=<slug>` (Dutch) or `?department=<slug>` (English)
 * filters the vacancy list. Anything else is ignored; a malformed value is reported, not used.
 */
export const homeQuerySchema = z.object({
  department: slugSchema.optional(),
})

export type HomeQuery = z.infer<typeof homeQuerySchema>

export function parseHomeQuery(params: URLSearchParams, lang: Lang): { query: HomeQuery; invalid: boolean } {
  const raw = params.get(lang === 'en' ? 'department' : 'afdeling')
  if (raw === null || raw === '') return { query: {}, invalid: false }
  const result = homeQuerySchema.safeParse({ department: raw })
  return result.success ? { query: result.data, invalid: false } : { query: {}, invalid: true }
}

const messages = {
  nl: {
    nameRequired: 'Vul je naam in.',
    nameTooLong: 'Je naam mag maximaal 120 tekens zijn.',
    emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    phoneInvalid: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.',
    motivationRequired: 'Vertel in een paar woorden waarom je hier wilt werken.',
    motivationTooLong: 'Je motivatie mag maximaal 4000 tekens zijn.',
  },
  en: {
    nameRequired: 'Please enter your name.',
    nameTooLong: 'Your name can be at most 120 characters.',
    emailInvalid: 'Please enter a valid email address, for example name@example.com.',
    phoneInvalid: 'Please enter a valid phone number, for example +31 6 12345678.',
    motivationRequired: 'Tell us in a few words why you would like to work here.',
    motivationTooLong: 'Your motivation can be at most 4000 characters.',
  },
} satisfies Record<Lang, Record<string, string>>

/** A Dutch or international phone number: digits with optional +, spaces, dashes, dots, brackets. */
const PHONE = /^\+?[0-9 ()./-]{8,20}$/

export function applicationSchema(lang: Lang) {
  const m = messages[lang]
  return z.object({
    name: z.string().trim().min(1, m.nameRequired).max(120, m.nameTooLong),
    email: z.string().trim().max(254, m.emailInvalid).pipe(z.email(m.emailInvalid)),
    phone: z
      .string()
      .trim()
      .refine((v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 8), m.phoneInvalid)
      .transform((v) => (v === '' ? undefined : v)),
    motivation: z.string().trim().min(10, m.motivationRequired).max(4000, m.motivationTooLong),
  })
}

export type Application = z.infer<ReturnType<typeof applicationSchema>>
export type ApplicationField = keyof Application

export type ApplicationResult =
  | { ok: true; data: Application }
  | { ok: false; errors: Partial<Record<ApplicationField, string>>; values: Record<ApplicationField, string> }

/** Validates a posted application form; missing fields count as empty strings. */
export function parseApplication(form: FormData | Record<string, unknown>, lang: Lang): ApplicationResult {
  const get = (key: ApplicationField) => {
    const value = form instanceof FormData ? form.get(key) : form[key]
    return typeof value === 'string' ? value : ''
  }
  const values = { name: get('name'), email: get('email'), phone: get('phone'), motivation: get('motivation') }
  const result = applicationSchema(lang).safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: Partial<Record<ApplicationField, string>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ApplicationField | undefined
    if (field && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors, values }
}

/** The `playback` object the CMS derives from the worker's manifest (cms/collections/Videos/playback.ts). */
export const playbackSchema = z.object({
  hls: z.string().min(1),
  mp4: z.string().min(1),
  preview: z.string().optional(),
  poster: z.string(),
  posterSources: z.array(z.object({ format: z.enum(['avif', 'webp', 'jpeg']), srcset: z.string() })).default([]),
  shareImage: z.string().optional(),
  storyboardVtt: z.string().optional(),
  width: z.number().positive(),
  height: z.number().positive(),
  durationSeconds: z.number().nonnegative(),
})

export type Playback = z.infer<typeof playbackSchema>

/** The part of the worker's rendition manifest the site reads: the shareable MP4's own frame size. */
export const mp4RenditionSchema = z.object({ mp4: z.object({ width: z.number().positive(), height: z.number().positive() }) })
