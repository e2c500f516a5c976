/**
 * Hook-test variants' own poster frames. The full run takes their frames from its ladder decode
 * (commands.ts ladderGraph) and calls `writeVariantImages` on its temp folder; a curator who only
 * changes a variant's poster time gets `makeVariantPosters`: one seek-and-grab per distinct frame
 * into the video's current output folder, no ladder, no re-encode.
 */
import { randomBytes } from 'node:crypto'
import { access, mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

import type { VariantPoster } from '../common/manifest.js'
import { LAYOUT, variantDirectories, variantPostersCommand } from './commands.js'
import { imagesFromFrame } from './images.js'
import { planRenditions, type RenditionPlan } from './plan.js'
import { probeFile } from './probe.js'
import { runFfmpeg } from './runner.js'

/** Posters (every format and width of the main poster) and a share image per frame, by variant key. */
export async function writeVariantImages(dir: string, plan: Pick<RenditionPlan, 'variantPosters' | 'posterWidths'>): Promise<Record<string, VariantPoster>> {
  const out: Record<string, VariantPoster> = {}
  for (const frame of plan.variantPosters) {
    const { posters, shareImage } = await imagesFromFrame(join(dir, LAYOUT.variantFrame(frame.name)), dir, plan.posterWidths, {
      poster: (width, ext) => LAYOUT.variantPoster(frame.name, width, ext),
      share: LAYOUT.variantShare(frame.name),
    })
    for (const key of frame.keys) out[key] = { posterTime: frame.startSeconds, posters, shareImage }
  }
  return out
}

export interface VariantPosterJob {
  /** The cut the folder was made with (manifest.trim), so the frames come from the same clip. */
  trimStart?: number
  trimEnd?: number
  variantPosterTimes: Readonly<Record<string, number>>
  /** The folder's current variant posters (its manifest): frames already made there are kept, not made again. */
  existing?: Readonly<Record<string, VariantPoster>>
  signal?: AbortSignal
}

/**
 * Writes the variants' images into `folderDir` (an existing, complete output folder) and returns
 * them by key. Each frame's folder is made aside and renamed into place, so a reader sees the old
 * images or the new ones; a frame the folder already has (`existing`) is not made again, so
 * changing one variant's time costs one frame. Folders of frames no variant uses any more are left
 * for the caller to remove once the new manifest is stored (`unusedVariantFolders`).
 */
export async function makeVariantPosters(input: string, folderDir: string, job: VariantPosterJob): Promise<Record<string, VariantPoster>> {
  const info = await probeFile(input)
  const full = planRenditions(info, { trimStart: job.trimStart, trimEnd: job.trimEnd, variantPosterTimes: job.variantPosterTimes })
  const kept: Record<string, VariantPoster> = {}
  const toMake = []
  for (const frame of full.variantPosters) {
    const found = await madeAlready(folderDir, frame.name, frame.startSeconds, job.existing)
    if (found) for (const key of frame.keys) kept[key] = found
    else toMake.push(frame)
  }
  if (!toMake.length) return kept
  const plan = { ...full, variantPosters: toMake }
  const tmp = join(folderDir, `variants.tmp-${randomBytes(6).toString('hex')}`)
  try {
    for (const d of variantDirectories(plan)) await mkdir(join(tmp, d), { recursive: true })
    await runFfmpeg(variantPostersCommand(plan, input, tmp)!.args, { timeoutMs: plan.timeoutSeconds * 1000, ...(job.signal ? { signal: job.signal } : {}) })
    const made = { ...kept, ...(await writeVariantImages(tmp, plan)) }
    await mkdir(join(folderDir, LAYOUT.variantsDir), { recursive: true })
    for (const frame of plan.variantPosters) {
      const target = join(folderDir, LAYOUT.variantDir(frame.name))
      const old = `${target}.old-${randomBytes(6).toString('hex')}`
      const hadOne = await rename(target, old).then(() => true, () => false)
      await rename(join(tmp, LAYOUT.variantDir(frame.name)), target)
      if (hadOne) await rm(old, { recursive: true, force: true })
    }
    return made
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}

/** An entry of the folder's manifest for this very frame whose files are all there, or null. */
async function madeAlready(folderDir: string, name: string, startSeconds: number, existing: VariantPosterJob['existing']): Promise<VariantPoster | null> {
  const prefix = `${LAYOUT.variantDir(name)}/`
  const entry = Object.values(existing ?? {}).find((v) => v.posterTime === startSeconds && v.posters.length > 0 && v.posters.every((p) => p.path.startsWith(prefix)))
  if (!entry) return null
  const files = [...entry.posters.map((p) => p.path), ...(entry.shareImage ? [entry.shareImage.path] : [])]
  const present = await Promise.all(files.map((f) => access(join(folderDir, f)).then(() => true, () => false)))
  return present.every(Boolean) ? entry : null
}

/** Sub-folders of variants/ that no image of `manifest` points into (old variant times). */
export function unusedVariantFolders(entries: readonly string[], paths: readonly string[]): string[] {
  const used = new Set(paths.filter((p) => p.startsWith(`${LAYOUT.variantsDir}/`)).map((p) => p.split('/')[1]))
  return entries.filter((e) => !used.has(e))
}
