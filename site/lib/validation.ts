/**
 * What comes from outside in URLs (slugs, ids, query strings) is checked here with zod before it
 * reaches the CMS or a page. Form posts are checked with the rules the CMS uses too
 * (common/entry/schemas.ts, lib/entry/forms.ts; the employee forms in lib/contribute.ts).
 */
import { z } from 'zod'

import type { Playback as ContractPlayback } from '../../common/api'

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
const videoIdSchema = z
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
const homeQuerySchema = z.object({
  department: slugSchema.optional(),
})

type HomeQuery = z.infer<typeof homeQuerySchema>

export function parseHomeQuery(params: URLSearchParams, lang: Lang): { query: HomeQuery; invalid: boolean } {
  const raw = params.get(lang === 'en' ? 'department' : 'afdeling')
  if (raw === null || raw === '') return { query: {}, invalid: false }
  const result = homeQuerySchema.safeParse({ department: raw })
  return result.success ? { query: result.data, invalid: false } : { query: {}, invalid: true }
}

/**
 * The `playback` object the CMS derives from the worker's manifest (its shape: Playback in
 * common/api.ts). Checked again here: a video without a complete set is not shown.
 */
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
  variantPosters: z
    .record(
      z.string(),
      z.object({
        poster: z.string(),
        posterSources: z.array(z.object({ format: z.enum(['avif', 'webp', 'jpeg']), srcset: z.string() })),
        shareImage: z.string().optional(),
      }),
    )
    .optional(),
})

export type Playback = z.infer<typeof playbackSchema>

// Fails to compile when the contract and this check drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Expect<T extends true> = T
export type PlaybackMatchesContract = Expect<Same<Playback, ContractPlayback>>

/** The part of the worker's rendition manifest the site reads: the shareable MP4's own frame size. */
export const mp4RenditionSchema = z.object({ mp4: z.object({ width: z.number().positive(), height: z.number().positive() }) })
