import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Next bundles this file, so import.meta.url is not reliable at run time there; the process
// working directory is. Every entry point (npm scripts, next start, tests) runs from the repo root
// or passes WERKVLOER_ROOT.
const fromSource = (() => {
  try {
    return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  } catch {
    return process.cwd()
  }
})()

export const repoRoot = process.env.WERKVLOER_ROOT ?? (fromSource.includes('.next') ? process.cwd() : fromSource)

/** Where the embedded database, the generated demo secret and demo mail live. */
export const dataDir = path.resolve(repoRoot, process.env.DATA_DIR ?? 'data')

/** Where uploaded originals and the worker's renditions live (local storage). */
export const mediaDir = path.resolve(dataDir, process.env.MEDIA_DIR ?? 'media')

export const originalsDir = path.join(mediaDir, 'originals')
export const imagesDir = path.join(mediaDir, 'images')
export const renditionsDir = path.join(mediaDir, 'renditions')

/** Candidates' CVs: never public, served only to recruiters and admins through Payload's access check. */
export const cvsDir = path.join(dataDir, 'cvs')
