/**
 * Hook tests on the site (the CMS decides, cms/insights/hookTests.ts). The page — cached for all
 * visitors alike — carries every variant and shows the first; ./components/hook-variants.ts asks
 * /api/hook-variants which one this visitor sees and swaps the wording in place.
 */
import type { Video } from './cms'

export interface HookVariant {
  id: string
  title: string
  hook: string | null
}

/** The variants of a running test, first one first; null when the video runs no test. */
export function runningHookTest(video: Video): HookVariant[] | null {
  const test = video.hookTest
  const result = video.hookTestResult
  if (!test?.enabled || !result?.startedAt || result.endedAt) return null
  const variants = (test.variants ?? []).filter((v) => v.key && v.title).map((v) => ({ id: v.key, title: v.title, hook: v.hook ?? null }))
  return variants.length >= 2 ? variants : null
}
