/**
 * Hook tests on the site (the CMS decides, cms/insights/hookTests.ts). The page — cached for all
 * visitors alike — carries every variant (wording and poster) and shows the first; ./components/hook-variants.ts
 * asks /api/hook-variants which one this visitor sees and swaps the wording and the poster in place.
 */
import type { Video } from './cms'

export interface HookVariant {
  id: string
  title: string
  hook: string | null
  /** The picture shown with this variant: its own poster frame, or the video's. */
  poster: VariantPicture
}

export interface VariantPicture {
  src: string
  sources: { type: string; srcset: string }[]
}

/**
 * The variants of a running test, first one first; null when the video runs no test. `pictureOf`
 * gives a variant's own poster (absolute URLs) or null, and `videoPicture` is the video's own.
 */
export function runningHookTest(video: Video, videoPicture: VariantPicture, pictureOf: (key: string) => VariantPicture | null = () => null): HookVariant[] | null {
  const test = video.hookTest
  const result = video.hookTestResult
  if (!test?.enabled || !result?.startedAt || result.endedAt) return null
  const variants = (test.variants ?? []).filter((v) => v.key && v.title).map((v) => ({ id: v.key, title: v.title, hook: v.hook ?? null, poster: pictureOf(v.key) ?? videoPicture }))
  return variants.length >= 2 ? variants : null
}
