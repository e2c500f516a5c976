import path from 'node:path'

import { repoRoot } from '../../cms/lib/paths'
import { hashInputs, isBuildCurrent, writeStamp } from './buildStamp'
import { runStep } from './processes'

const node = process.execPath

/**
 * Builds the CMS (Next) and the site (Astro) when their sources changed since the last build.
 * Side by side: neither build needs the other (or a running CMS), and Astro's mostly
 * single-threaded build fills the core that Next leaves idle for much of its own. The output does
 * not depend on ports, data directory or secret, so `npm start`, the tests and the benchmarks
 * share one build.
 */
export async function buildProduct(env: NodeJS.ProcessEnv): Promise<void> {
  await Promise.all([
    buildIfChanged('cms', ['cms', 'common', 'media-worker/ffmpegPath.ts', 'package-lock.json'], path.join(repoRoot, 'cms', '.next', 'werkvloer-build-hash'), [
      path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'),
      'build',
      'cms',
    ], env),
    buildIfChanged('site', ['site', 'common', 'astro.config.mjs', 'package-lock.json'], path.join(repoRoot, 'dist', 'werkvloer-build-hash'), [
      path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'build',
    ], env),
  ])
}

async function buildIfChanged(name: string, inputs: string[], stampFile: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const hash = hashInputs(repoRoot, inputs)
  if (isBuildCurrent(stampFile, hash)) {
    console.log(`[build] ${name}: up to date`)
    return
  }
  console.log(`[build] ${name}: building (first start or changed sources)…`)
  try {
    await runStep(`build-${name}`, node, args, { ...env, NODE_ENV: 'production' })
  } catch (error) {
    throw new Error(`Building the ${name} failed: ${(error as Error).message}`)
  }
  writeStamp(stampFile, hash)
}
