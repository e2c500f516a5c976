/**
 * Every environment variable the code reads is in the README, so nobody has to read the source to
 * learn a setting exists. Names the frameworks own are left out, each with its reason.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sourceFiles } from '../../helpers/sourceFiles'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

const notSettings: Record<string, string> = {
  NODE_ENV: 'set by npm start and the build tools',
  NEXT_PHASE: 'set by Next.js while it builds',
  DEV: "Vite's import.meta.env.DEV (astro dev)",
  PATH: 'the shell search path, where ffmpeg is found',
  ASTRO_NODE_AUTOSTART: "written by scripts/site-server.ts for Astro's Node adapter, never read by this code",
}

function sources(folder: string): string[] {
  return sourceFiles(path.join(repoRoot, folder), /\.(ts|tsx|mjs|astro)$/)
}

export function envNames(source: string): string[] {
  const names = new Set<string>()
  for (const m of source.matchAll(/\b(?:process\.env|import\.meta\.env|env)\??\.([A-Z][A-Z0-9_]+)\b/g)) names.add(m[1]!)
  for (const m of source.matchAll(/\b(?:process\.env|env)\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add(m[1]!)
  return [...names]
}

describe('settings in the README', () => {
  it('names every environment variable that cms/, site/, media-worker/, scripts/ and common/ read', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    const read = new Set(['cms', 'site', 'media-worker', 'scripts', 'common'].flatMap(sources).flatMap((f) => envNames(readFileSync(f, 'utf8'))))
    const missing = [...read].filter((name) => !(name in notSettings) && !readme.includes(`\`${name}\``)).sort()
    expect(missing).toEqual([])
  })

  it('finds names however they are read', () => {
    expect(envNames("process.env.RECRUITER_EMAIL ?? ''; opts.env.PAYLOAD_SECRET; env?.X_Y; process.env['CMS_URL']; import.meta.env.DEV; process.env.lower")).toEqual(['RECRUITER_EMAIL', 'PAYLOAD_SECRET', 'X_Y', 'DEV', 'CMS_URL'])
  })
})
